// One opensslGroupName: every writer of group names (policy fix lines, client fix lines, s_client for a
// finding, s_client for a client's offer) spells a group the way OpenSSL's group lists accept it.
import { describe, expect, it } from '@jest/globals';
import {
  currentGroups,
  groupFix,
  opensslCommand,
  opensslGroupName,
  renderServerChange,
  NO_CHANGE,
  reproduceGroup
} from '../../src/remediation/index.js';
import { targetReport } from '../helpers/report-builders.js';
import { presetRules, withGroups } from './policy-rules.js';

const SECP256R1 = 23;
const X25519 = 29;
const endpoint = { host: 'app.example.test', port: 443, address: '127.0.0.1', sni: 'app.example.test' };

describe('opensslGroupName', () => {
  it('names the NIST curves by their OpenSSL curve names, not "P-256"', () => {
    expect(opensslGroupName('secp256r1')).toBe('prime256v1');
    expect(opensslGroupName('secp384r1')).toBe('secp384r1');
  });

  it('keeps the spelling OpenSSL uses for X25519 and the RFC 7919 groups', () => {
    expect(opensslGroupName('x25519')).toBe('X25519');
    expect(opensslGroupName('ffdhe2048')).toBe('ffdhe2048');
  });

  it('is null for a group OpenSSL cannot configure, and for a name the registry does not know', () => {
    expect(opensslGroupName('sect163k1')).toBeNull();
    expect(opensslGroupName('no-such-group')).toBeNull();
  });
});

describe('every writer of group names uses it', () => {
  it('policy fix lines, client fix lines and both kinds of s_client command agree', async () => {
    const rules = withGroups(await presetRules(), ['secp256r1', 'x25519']);
    expect(groupFix(rules).nginx).toEqual(['ssl_ecdh_curve prime256v1:X25519;']);

    const target = targetReport({ groups: ['secp256r1', 'x25519', 'sect163k1'] });
    expect(currentGroups(target)).toEqual(['prime256v1', 'X25519']);
    expect(renderServerChange({ ...NO_CHANGE, groups: currentGroups(target) }).apache).toEqual([
      'SSLOpenSSLConfCmd Curves prime256v1:X25519'
    ]);

    expect(reproduceGroup(endpoint, 'secp256r1', false)).toContain('-groups prime256v1');
    const offer = {
      versions: ['TLSv1.3' as const],
      cipherSuites: [0x1301],
      groups: [SECP256R1, X25519],
      sni: true
    };
    expect(opensslCommand(offer, endpoint)).toContain('-groups prime256v1:X25519');
  });
});
