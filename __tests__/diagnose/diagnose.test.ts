// Diagnosis from data: each case builds the scan data of a server, names a real client profile, and expects
// the cause and fix the configuration implies.
import { describe, expect, it } from '@jest/globals';
import { profileById } from '../../src/clients/profiles/index.js';
import { offerFromProfile } from '../../src/clients/offer.js';
import { diagnoseFailure, type ClientOffer } from '../../src/diagnose/index.js';
import { rules, server } from './fixtures.js';

function offer(id: string): ClientOffer {
  const profile = profileById(id);
  if (!profile) throw new Error(`no profile ${id}`);
  return offerFromProfile(profile);
}

const TLS13_ONLY = server({
  protocols: ['TLSv1.3'],
  suites: { 'TLSv1.3': ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256'] }
});

describe('diagnoseFailure', () => {
  it('names no common protocol version with both lists, and enables TLS 1.2 for Java 8 on a TLS 1.3-only server', () => {
    const d = diagnoseFailure({ offer: offer('java-8'), target: TLS13_ONLY, rules: rules() });
    expect(d.cause).toBe('no-common-version');
    expect(d.summary).toContain('TLSv1.2, TLSv1.1, TLSv1.0');
    expect(d.summary).toContain('speaks TLSv1.3');
    expect(d.compliantFix).toBe(true);
    expect(d.change.protocols).toEqual(['TLSv1.2', 'TLSv1.3']);
    expect(d.fix.nginx).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    // Java 8's first suite that an RSA certificate can serve over a shared curve.
    expect(d.fix.nginx).toContain('ssl_ciphers ECDHE-RSA-AES128-SHA256;');
  });

  it('says no policy-compliant fix exists when the policy allows only TLS 1.3 and the client stops at TLS 1.2', () => {
    const d = diagnoseFailure({
      offer: offer('java-8'),
      target: TLS13_ONLY,
      rules: rules((r) => (r.protocols.allowed = ['TLSv1.3']))
    });
    expect(d.cause).toBe('no-common-version');
    expect(d.compliantFix).toBe(false);
    expect(d.fix.nginx).toBeUndefined();
    expect(d.fix.text).toMatch(/Upgrade the client/);
  });

  it('names no common cipher suite, the nearest pair, and adds a GCM suite the policy allows for Windows 7 on an ECDHE-RSA-GCM-only server', () => {
    const target = server({
      protocols: ['TLSv1.2'],
      suites: {
        'TLSv1.2': ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384']
      }
    });
    const d = diagnoseFailure({
      offer: offer('windows-7'),
      target,
      rules: rules((r) => (r.cipherSuites.deniedClasses = ['cbc']))
    });
    expect(d.cause).toBe('no-common-cipher');
    expect(d.details.join('\n')).toContain(
      'nearest pair: TLS_DHE_RSA_WITH_AES_256_GCM_SHA384 (client) and TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (server), differing in key exchange DHE vs ECDHE'
    );
    // CBC is denied: the first non-CBC suite Windows 7 offers that an RSA certificate can serve is DHE-RSA-AES256-GCM.
    expect(d.fix.nginx).toContain(
      'ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:DHE-RSA-AES256-GCM-SHA384;'
    );
    expect(d.compliantFix).toBe(true);
  });

  it('says no policy-compliant fix exists when every suite the client offers is denied', () => {
    const target = server({
      protocols: ['TLSv1.2'],
      suites: { 'TLSv1.2': ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'] }
    });
    const d = diagnoseFailure({
      offer: offer('windows-7'),
      target,
      rules: rules((r) => (r.cipherSuites.deniedClasses = ['cbc', 'dhe', 'static-rsa']))
    });
    expect(d.cause).toBe('no-common-cipher');
    expect(d.compliantFix).toBe(false);
    expect(d.fix.text).toMatch(/No policy-compliant fix/);
  });

  it('names no common group when a TLS 1.3 server accepts only a group the client lacks', () => {
    const target = server({ protocols: ['TLSv1.3'], suites: TLS13_ONLY.cipherSuites, groups: ['secp521r1'] });
    const d = diagnoseFailure({ offer: offer('android-10'), target, rules: rules() });
    expect(d.cause).toBe('no-common-group');
    expect(d.summary).toContain('x25519, secp256r1, secp384r1');
    expect(d.fix.nginx).toEqual(['ssl_ecdh_curve secp521r1:X25519;']);
  });

  it('adds only a group the policy allows: P-256 when the policy sets a 384-bit minimum is skipped for P-384', () => {
    const target = server({ protocols: ['TLSv1.3'], suites: TLS13_ONLY.cipherSuites, groups: ['secp521r1'] });
    const d = diagnoseFailure({
      offer: offer('android-10'),
      target,
      rules: rules((r) => (r.keyExchange.minEcdhBits = 384))
    });
    expect(d.cause).toBe('no-common-group');
    expect(d.fix.nginx).toEqual(['ssl_ecdh_curve secp521r1:secp384r1;']);
  });

  it('names no common signature algorithm when a TLS 1.3 server has only an RSA key and the client offers only ECDSA', () => {
    const ecdsaOnly: ClientOffer = {
      ...offer('go-current'),
      name: 'ecdsa-only',
      signatureAlgorithms: [0x0403, 0x0503]
    };
    const d = diagnoseFailure({ offer: ecdsaOnly, target: TLS13_ONLY, rules: rules() });
    expect(d.cause).toBe('no-common-signature-algorithm');
    expect(d.summary).toContain('RSA');
    expect(d.fix.text).toContain('ECDSA (P-256)');
  });

  it('blames an expired certificate when the handshake itself would succeed', () => {
    const target = server({
      ...shapeOf(TLS13_ONLY),
      leaf: { daysRemaining: -3, notAfter: '2026-11-24T00:00:00Z' }
    });
    const d = diagnoseFailure({ offer: offer('chrome-current'), target });
    expect(d.cause).toBe('certificate-expired');
    expect(d.summary).toContain('expired on 2026-11-24');
  });

  it('blames an incomplete chain and names the missing intermediate', () => {
    const target = server({
      ...shapeOf(TLS13_ONLY),
      certificate: {
        chainComplete: false,
        trusted: false,
        missingIssuer: { subject: 'CN=Test Intermediate', caIssuerUrl: 'http://ca.test/int.der' }
      }
    });
    const d = diagnoseFailure({ offer: offer('java-17'), target });
    expect(d.cause).toBe('chain-incomplete');
    expect(d.summary).toContain('CN=Test Intermediate');
    expect(d.fix.nginx?.[0]).toContain('fullchain');
  });

  it('blames the untrusted root, not a missing intermediate, when the chain diagnosis found a root nobody trusts', () => {
    const target = server({
      ...shapeOf(TLS13_ONLY),
      certificate: {
        chainComplete: false,
        trusted: false,
        missingIssuer: { subject: 'CN=Corp Root', caIssuerUrl: 'http://pki.corp.test/root.der' },
        chainDiagnosis: {
          cause: 'untrusted-root',
          subject: 'CN=Corp Root',
          aia: { url: 'http://pki.corp.test/root.der', result: 'untrusted', detail: null }
        }
      }
    });
    const d = diagnoseFailure({ offer: offer('java-17'), target });
    expect(d.cause).toBe('certificate-untrusted');
  });

  it('reads alert 112 as an SNI problem', () => {
    const d = diagnoseFailure({
      offer: offer('openssl-3'),
      target: TLS13_ONLY,
      outcome: {
        kind: 'alert',
        alert: { level: 'fatal', description: 112, name: 'unrecognized_name' },
        durationMs: 1
      }
    });
    expect(d.cause).toBe('sni');
    expect(d.alert?.description).toBe(112);
  });

  it('says so when the server refuses a client the scan data says it accepts', () => {
    const d = diagnoseFailure({
      offer: offer('openssl-3'),
      target: TLS13_ONLY,
      outcome: {
        kind: 'alert',
        alert: { level: 'fatal', description: 40, name: 'handshake_failure' },
        durationMs: 1
      }
    });
    expect(d.cause).toBe('unexplained');
    expect(d.details[0]).toContain('alert 40 (handshake_failure)');
    expect(d.summary).toContain('predicts TLSv1.3');
  });

  it('gives openssl s_client and curl commands that make the client offer', () => {
    const d = diagnoseFailure({ offer: offer('java-8'), target: TLS13_ONLY });
    expect(d.reproduce.openssl).toMatch(
      /^openssl s_client -connect 127\.0\.0\.1:443 -servername shop\.test -min_protocol TLSv1 -max_protocol TLSv1\.2 -cipher /
    );
    expect(d.reproduce.openssl).toContain('@SECLEVEL=0');
    expect(d.reproduce.curl).toContain('--tlsv1.0 --tls-max 1.2');
    expect(d.reproduce.curl).toContain('--resolve shop.test:443:127.0.0.1 https://shop.test:443/');
  });
});

function shapeOf(target: ReturnType<typeof server>) {
  return {
    protocols: (Object.keys(target.protocols) as (keyof typeof target.protocols)[]).filter(
      (p) => target.protocols[p]
    ),
    suites: target.cipherSuites
  };
}
