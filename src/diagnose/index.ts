// Why does this client fail against this server, and what change to the server lets it in while still
// satisfying the policy? Pure: computed from the scan data (TargetReport), the client's offer and, when a real
// handshake was made, its outcome. The causes are the seed's: no common protocol version, cipher suite, group
// or signature algorithm; SNI; an expired, untrusted, incomplete or wrongly named certificate.
import { describeOutcome } from '../scan/outcome-text.js';
import type { PolicyRules } from '../model/policy.js';
import { groupByCode, suiteByCode, type CipherSuiteInfo } from '../registry/index.js';
import type { AlertInfo, FixLines, KeyType, ProtocolName, TargetReport } from '../model/report.js';
import type { ProbeOutcome } from '../scan/probe-types.js';
import { describeAlert } from './alerts.js';
import { anchorUnknown } from './chain-cause.js';
import type { ClientOffer } from './offer.js';
import {
  groupLabel,
  keyAcceptable,
  predictHandshake,
  serverKeys,
  suiteFitsVersion,
  type Prediction
} from './predict.js';
import {
  NO_CHANGE,
  curlCommand,
  currentGroups,
  currentProtocols,
  currentTls12Ciphers,
  currentTls13Ciphers,
  fullChainFix,
  groupLargeEnough,
  opensslCommand,
  opensslGroupName,
  renderServerChange,
  renewedCertificateFix,
  secondCertificateFix,
  suiteRejection,
  type ServerChange
} from '../remediation/index.js';

export type { ClientOffer } from './offer.js';
export { predictHandshake, type Prediction } from './predict.js';
export { describeAlert } from './alerts.js';
export type { ServerChange } from '../remediation/index.js';

export type DiagnosisCause =
  | 'none'
  | 'no-common-version'
  | 'no-common-cipher'
  | 'no-common-group'
  | 'no-common-signature-algorithm'
  | 'sni'
  | 'certificate-expired'
  | 'certificate-untrusted'
  | 'chain-incomplete'
  | 'certificate-name-mismatch'
  | 'unreachable'
  | 'not-tls'
  | 'timeout'
  | 'reset'
  | 'unexplained';

export interface Diagnosis {
  cause: DiagnosisCause;
  /** The alert that ended the real handshake, when there was one. */
  alert: AlertInfo | null;
  /** One sentence: what failed and why. */
  summary: string;
  /** Supporting lines: each side's lists, the nearest pair, the alert's meaning. */
  details: string[];
  /** Server lines that let the client in (within the policy), or a plain statement. */
  fix: FixLines;
  /** The same change as data (what the fix lines set). */
  change: ServerChange;
  /** false when no policy-compliant server change exists: the client must be upgraded. */
  compliantFix: boolean;
  reproduce: { openssl: string; curl: string };
}

export interface DiagnoseInput {
  offer: ClientOffer;
  target: TargetReport;
  /** The real handshake's outcome, when one was made (simulation, `tls-gate diagnose`). */
  outcome?: ProbeOutcome | null;
  /** The policy in force; null = no constraint on the fix. */
  rules?: PolicyRules | null;
}

const list = (items: readonly string[]): string => (items.length ? items.join(', ') : '(none)');
const rank = (p: ProtocolName): number =>
  ['SSLv2', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'].indexOf(p);

function versionAllowed(p: ProtocolName, rules: PolicyRules | null | undefined): boolean {
  if (!rules) return p !== 'SSLv2';
  return rules.protocols.allowed === null ? p !== 'SSLv2' : rules.protocols.allowed.includes(p);
}

function suiteAllowed(suite: CipherSuiteInfo, rules: PolicyRules | null | undefined): string | null {
  if (!rules) return null;
  return suiteRejection(suite.iana ?? suite.name, rules);
}

function groupAllowed(name: string, rules: PolicyRules | null | undefined): boolean {
  if (!rules) return true;
  const { allowedGroups } = rules.keyExchange;
  if (allowedGroups !== null && !allowedGroups.includes(name)) return false;
  return groupLargeEnough(name, rules);
}

function keyTypeAllowed(keyType: KeyType, rules: PolicyRules | null | undefined): boolean {
  const allowed = rules?.certificates.allowedKeyTypes;
  return !allowed || allowed.includes(keyType);
}

/** The client's first suite at a version that the policy allows and the server's certificates can serve. */
function suiteToAdd(
  offer: ClientOffer,
  target: TargetReport,
  version: ProtocolName,
  rules: PolicyRules | null | undefined,
  commonGroup: boolean
): { suite: CipherSuiteInfo | null; refused: string[] } {
  const keys =
    serverKeys(target)?.filter((k) => keyAcceptable(k, offer.signatureAlgorithms, version)) ?? null;
  const refused: string[] = [];
  for (const code of offer.cipherSuites) {
    const suite = suiteByCode(code);
    if (!suite || !suiteFitsVersion(suite, version) || !suite.openssl) continue;
    const name = suite.iana ?? suite.name;
    const rejection = suiteAllowed(suite, rules);
    if (rejection) {
      refused.push(`${name}: ${rejection}`);
      continue;
    }
    if (version !== 'TLSv1.3' && keys) {
      const needs =
        suite.au === 'RSA' ? 'RSA' : suite.au === 'ECDSA' ? 'EC' : suite.au === 'DSS' ? 'DSA' : null;
      if (needs && !keys.some((k) => k.keyType === needs)) {
        refused.push(`${name}: needs a${needs === 'RSA' ? 'n' : ''} ${needs} certificate`);
        continue;
      }
    }
    if (suite.kx === 'ECDHE' && !commonGroup) {
      refused.push(`${name}: no curve in common`);
      continue;
    }
    return { suite, refused };
  }
  return { suite: null, refused };
}

function noFix(text: string): { fix: FixLines; change: ServerChange; compliantFix: false } {
  return { fix: { text }, change: NO_CHANGE, compliantFix: false };
}

function withChange(
  change: ServerChange,
  text?: string
): { fix: FixLines; change: ServerChange; compliantFix: true } {
  const fix = renderServerChange(change);
  return { fix: text ? { ...fix, text } : fix, change, compliantFix: true };
}

/** A change that makes `suite` usable at `version` (appended after the server's own suites, keeping its order). */
function addSuite(
  target: TargetReport,
  suite: CipherSuiteInfo,
  base: ServerChange = NO_CHANGE
): ServerChange {
  if (suite.minVersion === 'TLSv1.3') {
    const current = currentTls13Ciphers(target);
    return { ...base, tls13Ciphers: [...current.filter((s) => s !== suite.openssl), suite.openssl!] };
  }
  const current = currentTls12Ciphers(target);
  const dhParams = suite.kx === 'DHE' && target.keyExchange.dhBits === null;
  return {
    ...base,
    tls12Ciphers: [...current.filter((s) => s !== suite.openssl), suite.openssl!],
    ...(dhParams ? { dhParams } : {})
  };
}

function commonGroupExists(offer: ClientOffer, target: TargetReport): boolean {
  return offer.groups.map(groupLabel).some((g) => target.groups.includes(g));
}

function fixForVersion(offer: ClientOffer, target: TargetReport, rules: PolicyRules | null | undefined) {
  const candidates = offer.versions.filter((v) => versionAllowed(v, rules) && v !== 'SSLv2');
  const version = candidates[0];
  if (!version) {
    return noFix(
      `No policy-compliant fix: ${offer.name} speaks only ${list(offer.versions)} and the policy allows ${list(
        rules?.protocols.allowed ?? []
      )}. Upgrade the client.`
    );
  }
  const protocols = [...new Set([...currentProtocols(target), version])].sort((a, b) => rank(a) - rank(b));
  let change: ServerChange = { ...NO_CHANGE, protocols };
  if (version !== 'TLSv1.3') {
    // The server has no suites at this version yet: make sure one of the client's is in the list.
    const current = currentTls12Ciphers(target);
    const clientNames = offer.cipherSuites
      .map((c) => suiteByCode(c))
      .filter((s) => s && suiteFitsVersion(s, version));
    const shared = clientNames.some((s) => s!.openssl && current.includes(s!.openssl));
    if (!shared) {
      const { suite, refused } = suiteToAdd(offer, target, version, rules, commonGroupExists(offer, target));
      if (!suite) {
        return noFix(
          `No policy-compliant fix: enabling ${version} would not help, because no suite ${offer.name} offers there is allowed (${list(refused.slice(0, 4))}). Upgrade the client.`
        );
      }
      change = addSuite(target, suite, change);
    } else {
      change = { ...change, tls12Ciphers: current };
    }
  }
  return withChange(
    change,
    `Enable ${version} (the highest version ${offer.name} speaks that the policy allows).`
  );
}

function fixForCipher(
  offer: ClientOffer,
  target: TargetReport,
  version: ProtocolName,
  rules: PolicyRules | null | undefined
) {
  const { suite, refused } = suiteToAdd(offer, target, version, rules, commonGroupExists(offer, target));
  if (!suite) {
    return noFix(
      `No policy-compliant fix: every ${version} suite ${offer.name} offers is refused (${list(refused.slice(0, 4))}${
        refused.length > 4 ? `, and ${refused.length - 4} more` : ''
      }). Upgrade the client.`
    );
  }
  return withChange(
    addSuite(target, suite),
    `Add ${suite.openssl} (${suite.iana}) to the server's ${version} suites.`
  );
}

function fixForGroup(offer: ClientOffer, target: TargetReport, rules: PolicyRules | null | undefined) {
  for (const code of offer.groups) {
    const name = groupByCode(code)?.name;
    const openssl = name ? opensslGroupName(name) : null;
    if (!name || !openssl || !groupAllowed(name, rules)) continue;
    return withChange(
      { ...NO_CHANGE, groups: [...currentGroups(target), openssl] },
      `Add the group ${name}.`
    );
  }
  return noFix(
    `No policy-compliant fix: the policy allows none of the groups ${offer.name} offers. Upgrade the client.`
  );
}

function fixForSignature(offer: ClientOffer, version: ProtocolName, rules: PolicyRules | null | undefined) {
  const wanted = (['EC', 'RSA', 'Ed25519'] as KeyType[]).filter(
    (keyType) =>
      keyTypeAllowed(keyType, rules) &&
      keyAcceptable({ keyType, curve: keyType === 'EC' ? 'P-256' : null }, offer.signatureAlgorithms, version)
  );
  if (wanted.length === 0) {
    return noFix(
      `No policy-compliant fix: ${offer.name} accepts no certificate key type the policy allows. Upgrade the client.`
    );
  }
  return {
    fix: secondCertificateFix(wanted[0]!),
    change: NO_CHANGE,
    compliantFix: true
  };
}

function predictionDiagnosis(
  input: DiagnoseInput,
  prediction: Prediction
): Omit<Diagnosis, 'alert' | 'reproduce'> {
  const { offer, target, rules } = input;
  const cause = prediction.cause;
  switch (cause.kind) {
    case 'no-common-version':
      return {
        cause: 'no-common-version',
        summary: `No common protocol version: ${offer.name} speaks ${list(cause.client)}; ${target.name} speaks ${list(cause.server)}.`,
        details: [`client versions: ${list(cause.client)}`, `server versions: ${list(cause.server)}`],
        ...fixForVersion(offer, target, rules)
      };
    case 'no-common-cipher': {
      const details = [
        `client ${cause.version} suites: ${list(cause.client)}`,
        `server ${cause.version} suites: ${list(cause.server)}`
      ];
      if (cause.nearest) {
        details.push(
          `nearest pair: ${cause.nearest.client} (client) and ${cause.nearest.server} (server), differing in ${list(cause.nearest.differences)}`
        );
      }
      return {
        cause: 'no-common-cipher',
        summary: `No common cipher suite at ${cause.version}: none of the ${cause.client.length} suites ${offer.name} offers is among the ${cause.server.length} ${target.name} accepts.`,
        details,
        ...fixForCipher(offer, target, cause.version, rules)
      };
    }
    case 'no-common-group':
      return {
        cause: 'no-common-group',
        summary: `No common key-exchange group at ${cause.version}: ${offer.name} offers ${list(cause.client)}; ${target.name} accepts ${list(cause.server)}.`,
        details: [`client groups: ${list(cause.client)}`, `server groups: ${list(cause.server)}`],
        ...fixForGroup(offer, target, rules)
      };
    case 'no-common-signature-algorithm':
      return {
        cause: 'no-common-signature-algorithm',
        summary: `No common signature algorithm at ${cause.version}: ${offer.name} cannot verify a signature by the server's ${list(cause.serverKeyTypes)} key.`,
        details: [`server certificate keys: ${list(cause.serverKeyTypes)}`],
        ...fixForSignature(offer, cause.version, rules)
      };
    default:
      return {
        cause: 'none',
        summary: `${offer.name} connects to ${target.name} with ${prediction.version} and ${prediction.cipherSuite}.`,
        details: [],
        fix: {},
        change: NO_CHANGE,
        compliantFix: true
      };
  }
}

/** Certificate problems a verifying client rejects, from the certificate report (first problem wins). */
function certificateDiagnosis(input: DiagnoseInput): Omit<Diagnosis, 'alert' | 'reproduce'> | null {
  const { offer, target } = input;
  const report = target.certificate;
  const leaf = report?.chain[0];
  if (!report || !leaf) return null;
  const base = { change: NO_CHANGE, details: [] as string[] };
  if (leaf.daysRemaining < 0) {
    return {
      ...base,
      cause: 'certificate-expired',
      summary: `The certificate of ${target.name} expired on ${leaf.notAfter}; ${offer.name} rejects it (alert 45 certificate_expired).`,
      fix: renewedCertificateFix(),
      compliantFix: true
    };
  }
  // An issuer nobody here trusts is an untrusted chain (below), not a missing intermediate.
  if (!report.chainComplete && !anchorUnknown(report)) {
    const missing = report.missingIssuer;
    return {
      ...base,
      cause: 'chain-incomplete',
      summary: `The chain of ${target.name} is incomplete${missing ? `: the intermediate "${missing.subject}" is not sent` : ''}; clients without that intermediate cached (${offer.name}, curl, Java, Android) reject it (alert 48 unknown_ca).`,
      details: missing?.caIssuerUrl ? [`the missing issuer can be fetched from ${missing.caIssuerUrl}`] : [],
      fix: fullChainFix(),
      compliantFix: true
    };
  }
  if (!report.trusted) {
    return {
      ...base,
      cause: 'certificate-untrusted',
      summary: `The chain of ${target.name} does not lead to a CA ${offer.name} trusts (alert 48 unknown_ca or 46 certificate_unknown); ${
        report.chain.length === 1 && leaf.selfSigned
          ? 'the certificate is self-signed'
          : `it ends at "${report.chain[report.chain.length - 1]!.issuer}"`
      }.`,
      fix: {
        text: "Serve a certificate from a publicly trusted CA, or install this CA in the client's trust store."
      },
      compliantFix: true
    };
  }
  if (!report.hostnameMatch) {
    return {
      ...base,
      cause: 'certificate-name-mismatch',
      summary: `The certificate of ${target.name} does not cover the name ${target.sni ?? target.host}: it names ${list(leaf.subjectAltNames)}.`,
      fix: {
        text: `Issue a certificate that includes DNS:${target.sni ?? target.host}, or serve the right one for this name (SNI).`
      },
      compliantFix: true
    };
  }
  return null;
}

function outcomeText(outcome: ProbeOutcome): string {
  switch (outcome.kind) {
    case 'accepted':
      return `the handshake completed with ${outcome.version}`;
    case 'unusable':
      return `the server selected ${outcome.version} but its flight leads nowhere: ${outcome.reason}`;
    case 'hello-retry':
      return `the server asked for another key share (${groupLabel(outcome.group)})`;
    case 'alert':
      return `the server answered with ${describeAlert(outcome.alert.description)}`;
    case 'not-tls':
      return `the port is not TLS (${outcome.description})`;
    default:
      // Closes, resets, timeouts and the rest read as the scan says them.
      return describeOutcome(outcome);
  }
}

/**
 * Diagnoses a client's handshake against a target. With an outcome, the outcome's alert is named and any
 * disagreement with the scan data is said; without one, the diagnosis is the prediction from the scan data.
 */
export function diagnoseFailure(input: DiagnoseInput): Diagnosis {
  const { offer, target, outcome } = input;
  const reproduce = {
    openssl: opensslCommand(offer, {
      host: target.host,
      port: target.port,
      sni: target.sni,
      address: target.address
    }),
    curl: curlCommand(offer, {
      host: target.host,
      port: target.port,
      sni: target.sni,
      address: target.address
    })
  };
  const alert = outcome?.kind === 'alert' ? outcome.alert : null;
  const finish = (d: Omit<Diagnosis, 'alert' | 'reproduce'>): Diagnosis => {
    const details = [...d.details];
    if (outcome && outcome.kind !== 'accepted') details.unshift(`observed: ${outcomeText(outcome)}`);
    return { ...d, details, alert, reproduce };
  };

  if (outcome?.kind === 'unreachable') {
    return finish({
      cause: 'unreachable',
      summary: `${target.name} is unreachable: ${outcome.message}`,
      details: [],
      fix: {},
      change: NO_CHANGE,
      compliantFix: true
    });
  }
  if (outcome?.kind === 'not-tls') {
    return finish({
      cause: 'not-tls',
      summary: `${target.name} does not speak TLS on port ${target.port}: it is ${outcome.description}.`,
      details: [],
      fix: {},
      change: NO_CHANGE,
      compliantFix: true
    });
  }
  if (outcome?.kind === 'alert' && outcome.alert.description === 112) {
    return finish({
      cause: 'sni',
      summary: offer.sni
        ? `${target.name} does not know the name ${target.sni ?? target.host} sent in SNI (alert 112 unrecognized_name).`
        : `${target.name} requires SNI and ${offer.name} sends none (alert 112 unrecognized_name).`,
      details: [],
      fix: {
        nginx: [
          'listen 443 ssl default_server;  # in the server block that should answer clients without (or with unknown) SNI'
        ],
        apache: [
          '# make the right <VirtualHost *:443> the first one: it answers clients without SNI',
          'SSLStrictSNIVHostCheck off'
        ],
        haproxy: [
          'bind :443 ssl crt /etc/haproxy/default.pem crt /etc/haproxy/sites/  # the first crt is the default'
        ],
        text: 'Give the server a default certificate for clients without SNI (or with a name it does not know).'
      },
      change: NO_CHANGE,
      compliantFix: true
    });
  }

  const prediction = predictHandshake(offer, target);
  const brokenPeer = ['timeout', 'protocol-error', 'unusable'].includes(outcome?.kind ?? '');
  if (outcome && brokenPeer) {
    // What happened on the wire comes first: a silent or broken peer (or a flight that leads nowhere) is not a
    // negotiation result.
    const predicted = prediction.connects
      ? `the scan data predicts ${prediction.version} with ${prediction.cipherSuite}`
      : predictionDiagnosis(input, prediction).summary;
    return finish({
      cause: outcome.kind === 'timeout' ? 'timeout' : 'unexplained',
      summary: `${target.name} did not complete the handshake with ${offer.name}: ${outcomeText(outcome)}.`,
      details: [`from the scan data: ${predicted}`],
      fix: {},
      change: NO_CHANGE,
      compliantFix: true
    });
  }
  if (!prediction.connects) {
    const diagnosis = predictionDiagnosis(input, prediction);
    if (outcome && (outcome.kind === 'reset' || outcome.kind === 'closed')) {
      // Some servers and middleboxes drop the connection instead of sending handshake_failure.
      diagnosis.summary = `${target.name} ${outcome.kind === 'reset' ? 'reset the connection' : 'closed the connection'} without an alert; the scan data explains why. ${diagnosis.summary}`;
    }
    return finish(diagnosis);
  }

  const handshakeFailed =
    outcome !== undefined &&
    outcome !== null &&
    outcome.kind !== 'accepted' &&
    outcome.kind !== 'hello-retry';
  if (handshakeFailed) {
    const kind = outcome.kind === 'reset' || outcome.kind === 'closed' ? 'reset' : 'unexplained';
    return finish({
      cause: kind,
      summary: `${target.name} refused ${offer.name}: ${outcomeText(outcome)}, although the scan data predicts ${prediction.version} with ${prediction.cipherSuite}.`,
      details: [
        'The server checks something this scan does not model (a client certificate, ALPN, an extension, a middlebox), or it changed since the scan.'
      ],
      fix: {},
      change: NO_CHANGE,
      compliantFix: true
    });
  }

  const certificate = certificateDiagnosis(input);
  if (certificate) return finish(certificate);
  return finish(predictionDiagnosis(input, prediction));
}

export { knownRoot, type KnownRoot } from './known-roots.js';
