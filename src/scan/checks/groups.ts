// Key-exchange groups (scan/groups.ts does the work): the TLS 1.3 groups once TLS 1.3 is known, the ECDHE
// curves over the newest older version with ECDHE suites, and the key-exchange summary in the report.
import { groupName } from '../../registry/index.js';
import {
  ecdheSuites,
  legacyGroupsHandshakeBudget,
  scanLegacyGroups,
  scanTls13Groups,
  tls13GroupsHandshakeBudget
} from '../groups.js';
import type { VersionResult } from '../suites.js';
import type { FactReader, ScanCheck } from './check.js';

const goesOn = async ({ facts }: { facts: FactReader }): Promise<boolean> =>
  (await facts.get('contact'))?.goOn === true;

export const tls13GroupsCheck: ScanCheck = {
  name: 'groups TLSv1.3',
  needs: ['contact', 'version:TLSv1.3'],
  produces: ['groups:TLSv1.3'],
  handshakeBudget: tls13GroupsHandshakeBudget,
  applies: goesOn,
  async run({ ctx, facts }) {
    const tls13 = await facts.get('version:TLSv1.3');
    if (!tls13?.supported) return { 'groups:TLSv1.3': { groups: [] } };
    // Usually the suite scan's HelloRetryRequests already named every group.
    if (tls13.groups) return { 'groups:TLSv1.3': { groups: tls13.groups } };
    return { 'groups:TLSv1.3': await scanTls13Groups(ctx, tls13.suites, tls13.retryGroup) };
  }
};

export const legacyGroupsCheck: ScanCheck = {
  name: 'groups TLSv1.2',
  needs: ['contact', 'version:TLSv1.2', 'version:TLSv1.1', 'version:TLSv1.0', 'version:SSLv3'],
  produces: ['groups:legacy'],
  handshakeBudget: legacyGroupsHandshakeBudget,
  applies: goesOn,
  async run({ ctx, facts }) {
    // TLS 1.2 with ECDHE suites is enough to start; only without it wait for the older versions.
    const tls12 = await facts.get('version:TLSv1.2');
    const older = async (): Promise<(VersionResult | undefined)[]> =>
      Promise.all([
        facts.get('version:SSLv3'),
        facts.get('version:TLSv1.0'),
        facts.get('version:TLSv1.1'),
        facts.get('version:TLSv1.2')
      ]);
    const candidates = tls12?.supported && ecdheSuites(tls12.suites).length > 0 ? [tls12] : await older();
    const chosen = [...candidates]
      .reverse()
      .find((r) => r && r.version !== 'SSLv3' && r.supported && ecdheSuites(r.suites).length > 0);
    if (!chosen) return { 'groups:legacy': { groups: [] } };
    const version = chosen.version as 'TLSv1.0' | 'TLSv1.1' | 'TLSv1.2';
    return {
      'groups:legacy': await scanLegacyGroups(ctx, version, ecdheSuites(chosen.suites), chosen.curvePicks)
    };
  }
};

export const keyExchangeCheck: ScanCheck = {
  name: 'key exchange',
  needs: ['contact', 'handshake', 'groups:TLSv1.3', 'groups:legacy'],
  produces: [],
  handshakeBudget: () => 0,
  applies: goesOn,
  async run({ report, facts }) {
    const [tls13, legacy] = await Promise.all([facts.get('groups:TLSv1.3'), facts.get('groups:legacy')]);
    // Groups chosen in HelloRetryRequests count only when TLS 1.3 turned out usable (protocols confirms it).
    const tls13Usable = (await facts.get('handshake'))?.tls13 === true;
    const kx = report.keyExchange;
    kx.tls13Groups = tls13Usable ? (tls13?.groups ?? []).map(groupName) : [];
    kx.tls12Groups = (legacy?.groups ?? []).map(groupName);
    report.groups = [...new Set([...kx.tls13Groups, ...kx.tls12Groups])];
    kx.preferredGroup = kx.tls13Groups[0] ?? kx.tls12Groups[0] ?? null;
    return {};
  }
};
