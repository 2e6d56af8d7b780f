// One SECLEVEL rule: OpenSSL 3 speaks SSLv3, TLS 1.0 and TLS 1.1 only at security level 0, so every line or
// command that enables or offers them carries @SECLEVEL=0, and none that stays at TLS 1.2 and above does.
import { describe, expect, it } from '@jest/globals';
import {
  NO_CHANGE,
  cipherFix,
  cipherString,
  needsSeclevel0,
  opensslCommand,
  protocolFix,
  renderServerChange,
  reproduceProtocol
} from '../../src/remediation/index.js';
import type { ProtocolName } from '../../src/model/report.js';
import { presetRules, withProtocols } from './policy-rules.js';

const endpoint = { host: 'app.example.test', port: 443, address: '127.0.0.1', sni: 'app.example.test' };
const ECDHE_RSA_AES128_GCM = 0xc02f;

describe('needsSeclevel0', () => {
  it('is true as soon as SSLv3, TLS 1.0 or TLS 1.1 is among the versions', () => {
    expect(needsSeclevel0(['SSLv3'])).toBe(true);
    expect(needsSeclevel0(['TLSv1.0', 'TLSv1.2'])).toBe(true);
    expect(needsSeclevel0(['TLSv1.3', 'TLSv1.1'])).toBe(true);
  });

  it('is false for TLS 1.2 and 1.3, and SSLv2 does not count (OpenSSL 3 has no SSLv2 at any level)', () => {
    expect(needsSeclevel0(['TLSv1.2', 'TLSv1.3'])).toBe(false);
    expect(needsSeclevel0(['SSLv2', 'TLSv1.2'])).toBe(false);
    expect(needsSeclevel0([])).toBe(false);
  });

  it('cipherString appends it to the suites only when needed', () => {
    expect(cipherString(['AES128-SHA'], ['TLSv1.0', 'TLSv1.2'])).toBe('AES128-SHA:@SECLEVEL=0');
    expect(cipherString(['AES128-SHA'], ['TLSv1.2'])).toBe('AES128-SHA');
  });
});

describe('every writer of cipher strings applies the same rule', () => {
  async function outputs(versions: ProtocolName[]) {
    const rules = withProtocols(await presetRules(), versions);
    const offer = {
      versions: [...versions].reverse(),
      cipherSuites: [ECDHE_RSA_AES128_GCM],
      groups: [],
      sni: true
    };
    const change = { ...NO_CHANGE, protocols: versions, tls12Ciphers: ['AES128-SHA'] };
    return {
      policyNote: protocolFix(rules).text ?? '',
      policyCiphers: cipherFix(rules).nginx?.find((l) => l.startsWith('ssl_ciphers ')) ?? '',
      clientCiphers: renderServerChange(change).nginx?.find((l) => l.startsWith('ssl_ciphers ')) ?? '',
      findingCommand: reproduceProtocol(endpoint, versions[0]!),
      offerCommand: opensslCommand(offer, endpoint)
    };
  }

  it('with TLS 1.0 enabled: the policy fix, the client fix and both s_client commands carry @SECLEVEL=0', async () => {
    const out = await outputs(['TLSv1.0', 'TLSv1.2']);
    expect(out.policyNote).toContain('@SECLEVEL=0');
    expect(out.policyCiphers).toMatch(/^ssl_ciphers .*:@SECLEVEL=0;$/);
    expect(out.clientCiphers).toBe('ssl_ciphers AES128-SHA:@SECLEVEL=0;');
    expect(out.findingCommand).toContain('-tls1 -cipher DEFAULT:@SECLEVEL=0');
    expect(out.offerCommand).toContain('-cipher ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0 ');
  });

  it('with TLS 1.2 and 1.3 only: none of them does', async () => {
    const out = await outputs(['TLSv1.2', 'TLSv1.3']);
    expect(out.policyCiphers).toMatch(/^ssl_ciphers /);
    expect(out.clientCiphers).toBe('ssl_ciphers AES128-SHA;');
    for (const line of Object.values(out)) expect(line).not.toContain('SECLEVEL');
  });
});
