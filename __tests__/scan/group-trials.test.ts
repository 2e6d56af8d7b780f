// TLS 1.2 curves found in passing by the suite scan (src/scan/group-trials.ts): the curve listed first changes
// after each ECDHE pick, never the curves offered; two different picks prove a server that follows the client's
// order. Expectations on real servers come from their -groups lines.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NamedGroup } from '../../src/codepoints/index.js';
import type { Target } from '../../src/model/report.js';
import { groupByName } from '../../src/registry/index.js';
import { curvesFollowingClient, trialGroups } from '../../src/scan/group-trials.js';
import { tls12Groups } from '../../src/scan/hellos.js';
import { scanTarget, type ScanOptions } from '../../src/scan/index.js';
import { cleanupTempDirs, selfSigned, startOpensslServer, type KeyPair } from '../helpers/servers.js';
import { testScanOptions } from './scan-options.js';

const { x25519, secp256r1, secp384r1 } = NamedGroup;

describe('trialGroups', () => {
  it('keeps the usual order until the first ECDHE pick, then lists another likely curve first', () => {
    expect(trialGroups(0)).toEqual(tls12Groups());
    expect(trialGroups(1)[0]).toBe(secp256r1);
    expect(trialGroups(2)[0]).toBe(secp384r1);
    expect(trialGroups(99)).toEqual(tls12Groups());
  });

  it('offers every curve in every list', () => {
    for (let picks = 0; picks < 6; picks++)
      expect([...trialGroups(picks)].sort()).toEqual(tls12Groups().sort());
  });
});

describe('curvesFollowingClient', () => {
  it('proves client order from two different picks, and lists them in the usual order', () => {
    expect(curvesFollowingClient([x25519, secp384r1, secp256r1])).toEqual([x25519, secp256r1, secp384r1]);
  });

  it('proves nothing from one pick, or from a server that picks its own favourite every time', () => {
    expect(curvesFollowingClient([x25519])).toBeNull();
    expect(curvesFollowingClient([secp384r1, secp384r1, secp384r1])).toBeNull();
  });
});

describe('TLS 1.2 curves on real servers', () => {
  let options: ScanOptions;
  let ecdsa: KeyPair;
  let rsa: KeyPair;
  beforeAll(async () => {
    options = { ...(await testScanOptions()), vulnerabilityChecks: new Set() };
    ecdsa = selfSigned({ key: 'ec' });
    rsa = selfSigned({ key: 'rsa' });
  });
  afterAll(() => cleanupTempDirs());

  const target = (port: number): Target => ({
    name: `127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    sni: null
  });
  const names = (groups: string) => groups.split(':').map((name) => groupByName(name)!.name);

  // A removal loop alone misses P-384 here: once P-256 (the certificate's curve) is left out of the hello, the
  // server can use none of its ECDSA suites (RFC 8422 §5.1). Listing P-384 first, with P-256 still offered, finds it.
  it('finds every curve of an ECDSA server that follows the client order, the certificate curve included', async () => {
    const groups = 'X25519:P-256:P-384';
    const server = await startOpensslServer({ key: ecdsa, versions: ['-tls1_2'], groups });
    try {
      const report = await scanTarget(target(server.port), options);
      expect(report.keyExchange.tls12Groups).toEqual(names(groups));
    } finally {
      await server.stop();
    }
  });

  it('keeps the order of a server that enforces its own, as the removal loop finds it', async () => {
    const groups = 'P-384:P-256:X25519';
    const server = await startOpensslServer({ key: rsa, versions: ['-tls1_2'], groups, serverPref: true });
    try {
      const report = await scanTarget(target(server.port), options);
      expect(report.keyExchange.tls12Groups).toEqual(names(groups));
    } finally {
      await server.stop();
    }
  });
});
