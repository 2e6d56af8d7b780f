import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getCiphers } from 'node:tls';
import {
  CIPHER_SUITES,
  GROUPS,
  SIGNATURE_SCHEMES,
  groupByCode,
  groupByName,
  groupsForProtocol,
  protocolNameOf,
  protocolVersionCode,
  signatureSchemeByCode,
  signatureSchemeByName,
  sslv2CipherKinds,
  suiteByCode,
  suiteByName,
  suitesForProtocol
} from '../../src/registry/index.js';
import { PROTOCOL_NAMES } from '../../src/model/report.js';

describe('cipher suite registry', () => {
  test('knows the RFC 8446 TLS 1.3 suites by code point', () => {
    // RFC 8446 appendix B.4
    expect(suiteByCode(0x1301)?.iana).toBe('TLS_AES_128_GCM_SHA256');
    expect(suiteByCode(0x1302)?.iana).toBe('TLS_AES_256_GCM_SHA384');
    expect(suiteByCode(0x1303)?.iana).toBe('TLS_CHACHA20_POLY1305_SHA256');
    expect(suiteByCode(0x1304)?.iana).toBe('TLS_AES_128_CCM_SHA256');
    expect(suiteByCode(0x1305)?.iana).toBe('TLS_AES_128_CCM_8_SHA256');
  });

  test('spot-checks TLS 1.2 and legacy code points against their RFCs', () => {
    expect(suiteByCode(0xc02f)?.iana).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'); // RFC 5289
    expect(suiteByCode(0xcca8)?.iana).toBe('TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256'); // RFC 7905
    expect(suiteByCode(0x002f)?.iana).toBe('TLS_RSA_WITH_AES_128_CBC_SHA'); // RFC 5246
    expect(suiteByCode(0x000a)?.iana).toBe('TLS_RSA_WITH_3DES_EDE_CBC_SHA'); // RFC 5246
    expect(suiteByCode(0x0005)?.iana).toBe('TLS_RSA_WITH_RC4_128_SHA'); // RFC 5246
    expect(suiteByCode(0x0003)?.iana).toBe('TLS_RSA_EXPORT_WITH_RC4_40_MD5'); // RFC 4346
    expect(suiteByCode(0x0018)?.iana).toBe('TLS_DH_anon_WITH_RC4_128_MD5');
  });

  test('IANA names are unique and code points are unique per format', () => {
    const iana = CIPHER_SUITES.map((s) => s.iana).filter((n) => n !== null);
    expect(new Set(iana).size).toBe(iana.length);
    const tls = CIPHER_SUITES.filter((s) => !s.sslv2).map((s) => s.code);
    expect(new Set(tls).size).toBe(tls.length);
    const v2 = CIPHER_SUITES.filter((s) => s.sslv2).map((s) => s.code);
    expect(new Set(v2).size).toBe(v2.length);
    expect(tls.every((c) => c >= 0 && c <= 0xffff)).toBe(true);
    expect(v2.every((c) => c >= 0 && c <= 0xffffff)).toBe(true);
  });

  test('every TLS 1.3 suite is TLS 1.3 only, and TLS 1.3 is offered nothing else', () => {
    const tls13 = suitesForProtocol('TLSv1.3');
    expect(tls13.map((s) => s.code)).toEqual(
      expect.arrayContaining([0x1301, 0x1302, 0x1303, 0x1304, 0x1305])
    );
    for (const s of tls13) {
      expect(s.minVersion).toBe('TLSv1.3');
      expect(s.maxVersion).toBe('TLSv1.3');
    }
    for (const s of CIPHER_SUITES.filter((x) => /^TLS_AES_|^TLS_CHACHA20_POLY1305_SHA256$/.test(x.name))) {
      expect(s.minVersion).toBe('TLSv1.3');
    }
  });

  test.each(['SSLv3', 'TLSv1.0', 'TLSv1.1'] as const)('%s is never offered a TLS 1.2-only suite', (p) => {
    const suites = suitesForProtocol(p);
    expect(suites.length).toBeGreaterThan(30);
    for (const s of suites) {
      // AEAD modes and SHA-256/384 MACs/PRFs arrived with TLS 1.2 (RFC 5246, 5288, 5289).
      expect(s.aead).toBe(false);
      expect(s.name).not.toMatch(/_GCM_|_CCM|CHACHA20/);
      // SHA-256/384 MACs are TLS 1.2-only, except the PSK CBC/NULL suites of RFC 5487 and RFC 5489.
      if (/_SHA256$|_SHA384$/.test(s.name))
        expect(s.name).toMatch(/_PSK_WITH_(AES_\d+_CBC|CAMELLIA_\d+_CBC|NULL)_SHA/);
    }
  });

  test('TLS 1.1 and 1.2 are never offered export suites (RFC 4346 §A.5)', () => {
    for (const p of ['TLSv1.1', 'TLSv1.2'] as const) {
      expect(suitesForProtocol(p).filter((s) => s.export)).toEqual([]);
    }
    expect(suitesForProtocol('TLSv1.0').some((s) => s.export)).toBe(true);
  });

  test('SCSVs are never suites', () => {
    for (const p of PROTOCOL_NAMES) {
      const codes = suitesForProtocol(p).map((s) => s.code);
      expect(codes).not.toContain(0x00ff);
      expect(codes).not.toContain(0x5600);
    }
    expect(suiteByCode(0x5600)?.scsv).toBe(true);
  });

  test('TLS 1.2 enumerates IANA and legacy code points, 300 or more', () => {
    const codes = suitesForProtocol('TLSv1.2').map((s) => s.code);
    expect(codes.length).toBeGreaterThanOrEqual(300);
    expect(codes).toContain(0xcc13); // pre-RFC ChaCha20
    expect(codes).toContain(0xc02b);
  });

  test('SSLv2 cipher kinds are the 24-bit codes of the SSL 2.0 spec', () => {
    const kinds = sslv2CipherKinds().map((s) => s.code);
    expect(kinds).toEqual(
      expect.arrayContaining([0x010080, 0x020080, 0x030080, 0x040080, 0x050080, 0x060040, 0x0700c0])
    );
    expect(suiteByCode(0x010080, { sslv2: true })?.name).toBe('SSL_CK_RC4_128_WITH_MD5');
  });

  test('finds suites by IANA or OpenSSL name, preferring TLS over SSLv2', () => {
    expect(suiteByName('TLS_AES_256_GCM_SHA384')?.code).toBe(0x1302);
    expect(suiteByName('ECDHE-RSA-AES128-GCM-SHA256')?.code).toBe(0xc02f);
    expect(suiteByName('rc4-md5')?.code).toBe(0x0004);
  });
});

describe('group registry', () => {
  test('knows the RFC 8446 / 7919 / RFC 10024 code points', () => {
    expect(groupByCode(0x001d)?.name).toBe('x25519');
    expect(groupByCode(0x0017)?.name).toBe('secp256r1');
    expect(groupByCode(0x0100)?.name).toBe('ffdhe2048');
    expect(groupByCode(0x11ec)?.name).toBe('X25519MLKEM768');
    expect(groupByName('prime256v1')?.code).toBe(0x0017);
    expect(groupByName('X25519')?.code).toBe(0x001d);
  });

  test('code points and names are unique', () => {
    expect(new Set(GROUPS.map((g) => g.code)).size).toBe(GROUPS.length);
    expect(new Set(GROUPS.map((g) => g.name.toLowerCase())).size).toBe(GROUPS.length);
  });

  test('TLS 1.3 groups exclude the curves RFC 8446 dropped; TLS 1.2 excludes ML-KEM', () => {
    const tls13 = groupsForProtocol('TLSv1.3').map((g) => g.name);
    expect(tls13).toEqual(expect.arrayContaining(['x25519', 'secp256r1', 'ffdhe2048', 'X25519MLKEM768']));
    expect(tls13).not.toContain('sect163k1');
    expect(tls13).not.toContain('secp256k1');
    const tls12 = groupsForProtocol('TLSv1.2').map((g) => g.name);
    expect(tls12).toContain('secp256k1');
    expect(tls12).not.toContain('X25519MLKEM768');
    expect(groupsForProtocol('SSLv3')).toEqual([]);
  });
});

describe('signature schemes and versions', () => {
  test('knows RFC 8446 §4.2.3 code points', () => {
    expect(signatureSchemeByCode(0x0804)?.name).toBe('rsa_pss_rsae_sha256');
    expect(signatureSchemeByCode(0x0403)?.name).toBe('ecdsa_secp256r1_sha256');
    expect(signatureSchemeByName('ed25519')?.code).toBe(0x0807);
    expect(new Set(SIGNATURE_SCHEMES.map((s) => s.code)).size).toBe(SIGNATURE_SCHEMES.length);
  });

  test('maps protocol names to wire versions and back', () => {
    expect(protocolVersionCode('SSLv3')).toBe(0x0300);
    expect(protocolVersionCode('TLSv1.3')).toBe(0x0304);
    expect(protocolNameOf(0x0302)).toBe('TLSv1.1');
    expect(protocolNameOf(0x7f1c)).toBeNull();
  });
});

describe('generated data', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const source = join(root, '..', 'shared', 'reference', 'data');
  const haveSource = existsSync(join(source, 'cipher-suites.json'));
  if (!haveSource) {
    console.warn(
      `registry regeneration check skipped: reference tables not found at ${source} (outside this repository)`
    );
  }

  test('every data file keeps its sources and names its generator', () => {
    for (const file of ['cipher-suites.json', 'supported-groups.json', 'signature-schemes.json']) {
      const data = JSON.parse(readFileSync(join(root, 'src', 'registry', 'data', file), 'utf8'));
      expect(data.meta.sources).toBeDefined();
      expect(data.meta.generator.script).toBe('scripts/gen-registry.mjs');
    }
  });

  (haveSource ? test : test.skip)(
    'the committed data is exactly what scripts/gen-registry.mjs makes from the reference tables',
    () => {
      const out = mkdtempSync(join(tmpdir(), 'tls-gate-registry-'));
      try {
        execFileSync(process.execPath, [join(root, 'scripts', 'gen-registry.mjs'), source, out], {
          stdio: 'ignore'
        });
        for (const file of ['cipher-suites.json', 'supported-groups.json', 'signature-schemes.json']) {
          expect(readFileSync(join(out, file), 'utf8')).toBe(
            readFileSync(join(root, 'src', 'registry', 'data', file), 'utf8')
          );
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
  );
});

describe('registry against the local OpenSSL and Node', () => {
  // `openssl ciphers -V -stdname` prints: code, IANA name, OpenSSL name, minimum protocol, Kx, Au, Enc(bits), Mac.
  const listing = execFileSync('openssl', ['ciphers', '-V', '-stdname', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], {
    encoding: 'utf8'
  });
  const rows = listing
    .split('\n')
    .map((line) =>
      /0x([0-9A-F]{2}),0x([0-9A-F]{2}) - (\S+)\s+- (\S+)\s+(\S+)\s.*Enc=[^(]+\((\d+)\)/.exec(line)
    )
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      code: Number.parseInt(m[1]! + m[2]!, 16),
      iana: m[3]!,
      openssl: m[4]!,
      min: m[5]!,
      bits: Number(m[6])
    }));

  test('OpenSSL lists over 100 suites to compare with', () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  test('every suite OpenSSL knows has the same code point, IANA name and OpenSSL name in the registry', () => {
    const mismatches = rows.filter((r) => {
      const suite = suiteByCode(r.code);
      return !suite || suite.iana !== r.iana || suite.openssl !== r.openssl;
    });
    expect(mismatches).toEqual([]);
  });

  test("OpenSSL's minimum protocol agrees with the registry's version range", () => {
    for (const r of rows) {
      const suite = suiteByCode(r.code)!;
      const expected =
        r.min === 'TLSv1.3' ? ['TLSv1.3'] : r.min === 'TLSv1.2' ? ['TLSv1.2'] : ['SSLv3', 'TLSv1.0'];
      expect([r.iana, suite.minVersion && expected.includes(suite.minVersion)]).toEqual([r.iana, true]);
    }
  });

  test('key sizes agree with OpenSSL', () => {
    const mismatches = rows.filter((r) => suiteByCode(r.code)!.keyBits !== r.bits).map((r) => r.iana);
    expect(mismatches).toEqual([]);
  });

  test('nodeName is set exactly for the suites Node can offer', () => {
    const nodeCiphers = new Set(getCiphers());
    for (const suite of CIPHER_SUITES) {
      if (suite.nodeName) expect(nodeCiphers.has(suite.nodeName)).toBe(true);
    }
  });
});
