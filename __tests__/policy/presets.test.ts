// Each preset against a target that satisfies it, and against one that breaks exactly one of its rules.
import { describe, expect, it } from '@jest/globals';
import { evaluate, loadPolicy, PRESETS, PRESET_NAMES } from '../../src/policy/index.js';
import { canonicalGroup, canonicalSignature, canonicalSuite } from '../../src/policy/names.js';
import type { TargetReport } from '../../src/model/report.js';
import {
  NOW,
  certificate,
  daysFromNow,
  intermediateTarget,
  modernTarget,
  publiclyAnchored,
  withLeaf,
  withProtocols
} from './target-reports.js';

const rsaLeaf = {
  keyType: 'RSA' as const,
  keyBits: 2048,
  curve: null,
  signatureAlgorithm: 'sha256WithRSAEncryption'
};

function oldTarget(): TargetReport {
  const t = withProtocols(
    intermediateTarget({
      serverPreference: { 'TLSv1.0': true, 'TLSv1.1': true, 'TLSv1.2': true, 'TLSv1.3': true }
    }),
    {
      'TLSv1.0': ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'],
      'TLSv1.1': ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA', 'TLS_RSA_WITH_AES_128_CBC_SHA'],
      'TLSv1.2': [
        'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
        'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384',
        'TLS_RSA_WITH_AES_128_GCM_SHA256'
      ]
    }
  );
  return withLeaf(t, rsaLeaf);
}

function nistTarget(): TargetReport {
  return withProtocols(intermediateTarget({ groups: ['secp256r1', 'secp384r1'] }), {
    'TLSv1.2': ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'],
    'TLSv1.3': ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384']
  });
}

function bsiTarget(): TargetReport {
  return withProtocols(intermediateTarget({ groups: ['secp256r1', 'secp384r1', 'brainpoolP256r1'] }), {
    'TLSv1.2': ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
    'TLSv1.3': ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384']
  });
}

interface PresetCase {
  satisfies: () => TargetReport;
  breaks: () => TargetReport;
  rule: string;
}

const CASES: Record<string, PresetCase> = {
  'mozilla-modern': {
    satisfies: modernTarget,
    // 120-day certificate: modern allows 90.
    breaks: () =>
      withLeaf(publiclyAnchored(modernTarget()), { notBefore: daysFromNow(-30), notAfter: daysFromNow(90) }),
    rule: 'certificate.lifetime'
  },
  'mozilla-intermediate': {
    satisfies: intermediateTarget,
    breaks: () => intermediateTarget({ groups: ['x25519', 'secp256r1', 'secp521r1'] }),
    rule: 'kex.group-not-allowed'
  },
  'mozilla-old': {
    satisfies: oldTarget,
    breaks: () => ({
      ...oldTarget(),
      serverPreference: { 'TLSv1.0': true, 'TLSv1.1': true, 'TLSv1.2': false, 'TLSv1.3': true }
    }),
    rule: 'cipher.order'
  },
  'nist-800-52r2': {
    satisfies: nistTarget,
    breaks: () =>
      withProtocols(nistTarget(), { 'TLSv1.3': ['TLS_AES_128_GCM_SHA256', 'TLS_CHACHA20_POLY1305_SHA256'] }),
    rule: 'cipher.not-allowed'
  },
  'pci-dss-4': {
    satisfies: intermediateTarget,
    breaks: () =>
      withProtocols(intermediateTarget(), {
        'TLSv1.2': ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA']
      }),
    rule: 'cipher.not-allowed'
  },
  'bsi-tr-02102-2': {
    satisfies: bsiTarget,
    // RSA 2048 is below the 3000 bits BSI requires.
    breaks: () => withLeaf(bsiTarget(), rsaLeaf),
    rule: 'certificate.weak-key'
  },
  bcp195: {
    satisfies: intermediateTarget,
    // Static RSA key exchange: MUST NOT since RFC 10015.
    breaks: () =>
      withProtocols(intermediateTarget(), {
        'TLSv1.2': ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_128_GCM_SHA256']
      }),
    rule: 'cipher.not-allowed'
  },
  'cabf-validity': {
    satisfies: intermediateTarget,
    breaks: () =>
      withLeaf(publiclyAnchored(intermediateTarget()), {
        notBefore: '2026-06-01T00:00:00Z',
        notAfter: '2027-03-28T00:00:00Z'
      }),
    rule: 'certificate.lifetime'
  }
};

async function rulesUnder(preset: string, t: TargetReport): Promise<string[]> {
  const policy = await loadPolicy(preset, { baseDir: '.' });
  return evaluate([t], policy, { now: NOW, failOn: 'error' }).targets[0]!.findings.map((f) => f.rule);
}

describe('presets', () => {
  it('every preset has a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual([...PRESET_NAMES].sort());
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: a target that satisfies it has no findings`, async () => {
      expect(await rulesUnder(name, c.satisfies())).toEqual([]);
    });
    it(`${name}: breaking one rule gives exactly ${c.rule}`, async () => {
      expect(await rulesUnder(name, c.breaks())).toEqual([c.rule]);
    });
  }

  it('every preset records its source, version and what a scan cannot check', () => {
    for (const preset of Object.values(PRESETS)) {
      expect(preset.source).toMatch(/\S{8,}/);
      expect(preset.version).not.toBe('');
      expect(preset.notChecked.length).toBeGreaterThan(0);
    }
  });

  it('every suite, group and signature name in every preset is canonical in the registry', () => {
    for (const preset of Object.values(PRESETS)) {
      const r = preset.rules;
      for (const suite of [...(r.cipherSuites?.allowed ?? []), ...(r.cipherSuites?.denied ?? [])]) {
        expect([preset.name, canonicalSuite(suite)]).toEqual([preset.name, suite]);
      }
      for (const group of r.keyExchange?.allowedGroups ?? []) {
        expect([preset.name, canonicalGroup(group)]).toEqual([preset.name, group]);
      }
      for (const sig of r.certificates?.allowedSignatureAlgorithms ?? []) {
        expect([preset.name, canonicalSignature(sig)]).toEqual([preset.name, sig]);
      }
    }
  });

  it('mozilla-intermediate matches the Mozilla 6.0 guideline: 6 ECDHE AEAD suites, the 3 TLS 1.3 suites, 4 groups', async () => {
    const policy = await loadPolicy('mozilla-intermediate', { baseDir: '.' });
    expect(policy.rules.cipherSuites.allowed).toHaveLength(9);
    expect(policy.rules.keyExchange.allowedGroups).toEqual([
      'X25519MLKEM768',
      'x25519',
      'secp256r1',
      'secp384r1'
    ]);
    expect(policy.rules.certificates.maxLifetimeDays).toBe(366);
  });

  it('mozilla-old: an RC4 suite over TLS 1.0, which its list does not name, is caught', async () => {
    const t = withProtocols(oldTarget(), { 'TLSv1.0': ['TLS_RSA_WITH_RC4_128_SHA'] });
    expect(await rulesUnder('mozilla-old', t)).toEqual(['cipher.not-allowed']);
  });

  it('an ECDSA P-256 certificate is fine under modern; an RSA one is a key-type and a signature finding', async () => {
    const t = withLeaf(modernTarget(), { ...rsaLeaf, ...{ subject: certificate().subject } });
    expect(await rulesUnder('mozilla-modern', t)).toEqual([
      'certificate.key-type-not-allowed',
      'certificate.weak-signature'
    ]);
  });
});
