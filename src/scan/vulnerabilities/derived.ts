// The vulnerability checks that need no handshake of their own: each is decided from what the scan already
// found (protocols, accepted suites and their registry attributes, the smallest DH prime). Each names its source.
// SSLv2's cipher kinds are DROWN's alone (the registry does not break them down by cipher).
import type {
  ProtocolName,
  TargetReport,
  VulnerabilityName,
  VulnerabilityResult
} from '../../model/report.js';
import { suiteByName, type CipherSuiteInfo } from '../../registry/index.js';
import { ok, vulnerable } from './result.js';

type DerivedName = Extract<
  VulnerabilityName,
  'sweet32' | 'logjam' | 'freak' | 'drown' | 'poodle' | 'beast' | 'rc4'
>;

interface Accepted {
  protocol: ProtocolName;
  suite: CipherSuiteInfo;
}

/** 64-bit block ciphers: a birthday collision after about 2^32 blocks (32 GiB) of one connection. */
const BLOCK_64 = new Set(['3DES', 'DES', 'IDEA', 'RC2']);

function accepted(report: TargetReport, protocols?: readonly ProtocolName[]): Accepted[] {
  const out: Accepted[] = [];
  for (const [protocol, names] of Object.entries(report.cipherSuites) as [ProtocolName, string[]][]) {
    if (protocol === 'SSLv2' || (protocols && !protocols.includes(protocol))) continue;
    for (const name of names) {
      const suite = suiteByName(name);
      if (suite) out.push({ protocol, suite });
    }
  }
  return out;
}

const names = (found: readonly Accepted[]): string[] => [...new Set(found.map((a) => a.suite.name))];
const listed = (found: readonly Accepted[]): string => {
  const all = names(found);
  return all.length > 4 ? `${all.slice(0, 4).join(', ')} and ${all.length - 4} more` : all.join(', ');
};

function bySuites(found: readonly Accepted[], what: string, source: string): VulnerabilityResult {
  return found.length > 0
    ? vulnerable(`accepts ${what}: ${listed(found)} (${source})`, { suites: names(found) })
    : ok(`accepts no ${what} (${source})`);
}

const DERIVED: Record<DerivedName, (report: TargetReport) => VulnerabilityResult> = {
  // Bhargavan and Leurent, "On the Practical (In-)Security of 64-bit Block Ciphers", ACM CCS 2016; CVE-2016-2183.
  sweet32: (r) =>
    bySuites(
      accepted(r).filter((a) => BLOCK_64.has(a.suite.cipher ?? '')),
      'suites with a 64-bit block cipher',
      'SWEET32, CVE-2016-2183'
    ),
  // Adrian et al., "Imperfect Forward Secrecy", ACM CCS 2015 (weakdh.org: use 2048-bit groups); CVE-2015-4000.
  logjam: (r) => {
    const exportDhe = accepted(r).filter((a) => ['DHE', 'DH'].includes(a.suite.kx ?? '') && a.suite.export);
    if (exportDhe.length > 0) return bySuites(exportDhe, 'export-grade DHE suites', 'Logjam, CVE-2015-4000');
    const bits = r.keyExchange.dhBits;
    if (bits !== null && bits < 2048)
      return vulnerable(
        `a DHE key exchange uses a ${bits}-bit prime, under 2048 bits (Logjam, CVE-2015-4000)`,
        {
          dhBits: bits
        }
      );
    return ok(
      bits === null
        ? 'accepts no DHE suite (Logjam, CVE-2015-4000)'
        : `the smallest DHE prime has ${bits} bits (Logjam, CVE-2015-4000)`
    );
  },
  // Beurdouche et al., "A Messy State of the Union", IEEE S&P 2015; CVE-2015-0204.
  freak: (r) =>
    bySuites(
      accepted(r).filter((a) => a.suite.kx === 'RSA' && a.suite.export),
      'RSA_EXPORT suites',
      'FREAK, CVE-2015-0204'
    ),
  // Aviram et al., "DROWN: Breaking TLS using SSLv2", USENIX Security 2016; CVE-2016-0800. Only this endpoint is
  // seen: another server sharing the key over SSLv2 would expose it too.
  drown: (r) =>
    r.protocols.SSLv2
      ? vulnerable(
          `speaks SSLv2 (${(r.cipherSuites.SSLv2 ?? []).length} cipher kinds) (DROWN, CVE-2016-0800)`,
          {
            cipherKinds: r.cipherSuites.SSLv2 ?? []
          }
        )
      : ok('does not speak SSLv2 on this endpoint (DROWN, CVE-2016-0800)'),
  // Möller, Duong and Kotowicz, "This POODLE Bites", 2014; CVE-2014-3566.
  poodle: (r) =>
    bySuites(
      accepted(r, ['SSLv3']).filter((a) => a.suite.mode === 'CBC'),
      'SSLv3 with CBC suites',
      'POODLE, CVE-2014-3566'
    ),
  // Duong and Rizzo, BEAST, 2011; CVE-2011-3389 (predictable CBC IVs of SSLv3 and TLS 1.0; mitigated in clients).
  beast: (r) =>
    bySuites(
      accepted(r, ['SSLv3', 'TLSv1.0']).filter((a) => a.suite.mode === 'CBC'),
      'CBC suites over SSLv3 or TLS 1.0',
      'BEAST, CVE-2011-3389'
    ),
  // RFC 7465 prohibits RC4 in TLS; AlFardan et al. 2013 (CVE-2013-2566), Bar Mitzvah 2015 (CVE-2015-2808).
  rc4: (r) =>
    bySuites(
      accepted(r).filter((a) => a.suite.cipher === 'RC4'),
      'RC4 suites',
      'RFC 7465'
    )
};

export const DERIVED_CHECKS = Object.keys(DERIVED) as DerivedName[];

export function derivedResult(name: DerivedName, report: TargetReport): VulnerabilityResult {
  return DERIVED[name](report);
}
