// Evaluation is a pure function: scan results + policy + an injected clock -> findings and verdicts.
// No I/O and no Date.now(): the same inputs always give the same findings.
import type {
  CertificateInfo,
  Finding,
  FixLines,
  ProtocolName,
  ReportSummary,
  Severity,
  TargetReport,
  Verdict
} from '../model/report.js';
import { PROTOCOL_NAMES } from '../model/report.js';
import {
  certificateFix,
  chainFix,
  cipherFix,
  dhFix,
  groupBits,
  groupFix,
  isFfdheGroup,
  orderFix,
  protocolFix,
  staplingFix,
  suiteRejection,
  targetFix
} from './fix.js';
import type { ExpiryRule, PolicyRules, ResolvedPolicy, TargetProblemSeverity } from './model.js';
import { isWeakSignatureHash } from './names.js';
import {
  reproduceCertificate,
  reproduceDh,
  reproduceGroup,
  reproduceOrder,
  reproduceProtocol,
  reproduceReachability,
  reproduceStapling,
  reproduceSuite,
  reproduceVerify
} from './reproduce.js';
import { EVALUATORS, judgedReport } from './evaluators.js';
import { asTargetFacts, type EvaluationInput } from './target-facts.js';
import { applyWaivers } from './waivers.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface EvaluateOptions {
  now: Date;
  failOn: FailOn;
  /** Per-target policies (targets-file `policy:` entries), keyed by target name. */
  targetPolicies?: Map<string, ResolvedPolicy>;
}

export interface Evaluation {
  targets: TargetReport[];
  verdict: Verdict;
  summary: ReportSummary;
}

const DAY_MS = 86_400_000;
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

type Draft = Omit<Finding, 'waiver' | 'fix' | 'reproduce'> & { fix?: FixLines; reproduce?: string | null };

function finding(draft: Draft): Finding {
  return { fix: {}, reproduce: null, ...draft, waiver: null };
}

function targetSeverity(setting: TargetProblemSeverity): Severity {
  return setting === 'ignore' ? 'notice' : setting;
}

const list = (items: readonly string[]): string => items.join(', ');
const days = (n: number): number => Math.round(n * 10) / 10;

// ---- status ----

function checkStatus(t: TargetReport, rules: PolicyRules): Finding[] | null {
  if (t.status === 'ok') return null;
  const rule =
    t.status === 'unreachable'
      ? 'target.unreachable'
      : t.status === 'not-tls'
        ? 'target.not-tls'
        : 'target.error';
  const setting =
    t.status === 'unreachable'
      ? rules.targets.unreachable
      : t.status === 'not-tls'
        ? rules.targets.notTls
        : rules.targets.error;
  const why = t.error?.message ?? 'no reason given';
  const message =
    t.status === 'unreachable'
      ? `${t.name} could not be reached: ${why}`
      : t.status === 'not-tls'
        ? `${t.name} does not speak TLS: ${why}`
        : `${t.name} could not be scanned: ${why}`;
  return [
    finding({
      rule,
      severity: targetSeverity(setting),
      message,
      evidence: { status: t.status, code: t.error?.code ?? null, error: t.error?.message ?? null },
      fix: targetFix(rule),
      reproduce: reproduceReachability(t)
    })
  ];
}

// ---- protocols, suites, order, key exchange ----

function checkProtocols(t: TargetReport, rules: PolicyRules): Finding[] {
  const out: Finding[] = [];
  const { allowed, required } = rules.protocols;
  for (const p of PROTOCOL_NAMES) {
    if (t.protocols[p] && allowed && !allowed.includes(p)) {
      out.push(
        finding({
          rule: 'protocol.not-allowed',
          severity: 'error',
          message: `${t.name} accepts ${p}, which the policy does not allow (allowed: ${list(allowed) || 'none'}).`,
          evidence: { protocol: p, allowed },
          fix: protocolFix(rules),
          reproduce: reproduceProtocol(t, p)
        })
      );
    }
  }
  for (const p of required) {
    if (!t.protocols[p]) {
      out.push(
        finding({
          rule: 'protocol.missing',
          severity: 'error',
          message: `${t.name} does not accept ${p}, which the policy requires.`,
          evidence: { protocol: p, accepted: PROTOCOL_NAMES.filter((v) => t.protocols[v]) },
          fix: protocolFix(rules),
          reproduce: reproduceProtocol(t, p)
        })
      );
    }
  }
  return out;
}

function acceptedProtocols(t: TargetReport): ProtocolName[] {
  return PROTOCOL_NAMES.filter((p) => t.protocols[p] && (t.cipherSuites[p]?.length ?? 0) > 0);
}

function checkSuites(t: TargetReport, rules: PolicyRules): Finding[] {
  const out: Finding[] = [];
  for (const p of acceptedProtocols(t)) {
    const rejected = (t.cipherSuites[p] ?? [])
      .map((suite) => ({ suite, reason: suiteRejection(suite, rules) }))
      .filter((r): r is { suite: string; reason: string } => r.reason !== null);
    if (rejected.length === 0) continue;
    const names = rejected.map((r) => r.suite);
    out.push(
      finding({
        rule: 'cipher.not-allowed',
        severity: 'error',
        message: `${t.name} accepts ${names.length === 1 ? 'a cipher suite' : `${names.length} cipher suites`} over ${p} that the policy does not allow: ${list(names)}.`,
        evidence: {
          protocol: p,
          suites: names,
          reasons: Object.fromEntries(rejected.map((r) => [r.suite, r.reason]))
        },
        fix: cipherFix(rules),
        reproduce: reproduceSuite(t, p, names[0]!)
      })
    );
  }
  const accepted = new Set(PROTOCOL_NAMES.flatMap((p) => t.cipherSuites[p] ?? []));
  const missing = rules.cipherSuites.required.filter((s) => !accepted.has(s));
  if (missing.length) {
    const p: ProtocolName = missing.some((s) => s.startsWith('TLS_AES_') || s.startsWith('TLS_CHACHA20_'))
      ? 'TLSv1.3'
      : 'TLSv1.2';
    out.push(
      finding({
        rule: 'cipher.missing',
        severity: 'error',
        message: `${t.name} does not accept ${list(missing)}, which the policy requires.`,
        evidence: { suites: missing },
        fix: cipherFix(rules),
        reproduce: reproduceSuite(t, p, missing[0]!)
      })
    );
  }
  return out;
}

function checkOrder(t: TargetReport, rules: PolicyRules): Finding[] {
  if (rules.serverPreference === 'any') return [];
  const wanted = rules.serverPreference === 'required';
  const offending = acceptedProtocols(t).filter((p) => {
    const enforced = t.serverPreference[p];
    return (t.cipherSuites[p]?.length ?? 0) > 1 && enforced !== undefined && enforced !== wanted;
  });
  if (offending.length === 0) return [];
  const first = offending[0]!;
  return [
    finding({
      rule: 'cipher.order',
      severity: 'warning',
      message: wanted
        ? `${t.name} lets the client choose the cipher suite over ${list(offending)}; the policy requires the server's order.`
        : `${t.name} imposes its own cipher-suite order over ${list(offending)}; the policy requires the client's order.`,
      evidence: { protocols: offending, serverPreference: rules.serverPreference },
      fix: orderFix(rules),
      reproduce: reproduceOrder(t, first, t.cipherSuites[first] ?? [])
    })
  ];
}

function checkKeyExchange(t: TargetReport, rules: PolicyRules): Finding[] {
  const out: Finding[] = [];
  const kx = rules.keyExchange;
  const weakFfdhe = t.groups.filter(
    (g) => isFfdheGroup(g) && kx.minDhBits !== null && (groupBits(g) ?? 0) < kx.minDhBits
  );
  const dhBits = t.keyExchange.dhBits;
  if (kx.minDhBits !== null && ((dhBits !== null && dhBits < kx.minDhBits) || weakFfdhe.length)) {
    out.push(
      finding({
        rule: 'kex.weak-dh',
        severity: 'error',
        message:
          dhBits !== null && dhBits < kx.minDhBits
            ? `${t.name} uses ${dhBits}-bit DH parameters; the policy requires at least ${kx.minDhBits} bits.`
            : `${t.name} accepts ${list(weakFfdhe)}, smaller than the ${kx.minDhBits} bits the policy requires.`,
        evidence: { dhBits, groups: weakFfdhe, minDhBits: kx.minDhBits },
        fix: dhFix(rules),
        reproduce:
          weakFfdhe.length && !(dhBits !== null && dhBits < kx.minDhBits)
            ? reproduceGroup(t, weakFfdhe[0]!, t.keyExchange.tls13Groups.includes(weakFfdhe[0]!))
            : reproduceDh(t)
      })
    );
  }
  const tooSmall = t.groups.filter((g) => {
    const bits = groupBits(g);
    return !isFfdheGroup(g) && kx.minEcdhBits !== null && bits !== null && bits < kx.minEcdhBits;
  });
  if (tooSmall.length) {
    out.push(
      finding({
        rule: 'kex.group-not-allowed',
        severity: 'error',
        message: `${t.name} accepts ${list(tooSmall)}, smaller than the ${kx.minEcdhBits}-bit curves the policy requires.`,
        evidence: { groups: tooSmall, minEcdhBits: kx.minEcdhBits },
        fix: groupFix(rules),
        reproduce: reproduceGroup(t, tooSmall[0]!, t.keyExchange.tls13Groups.includes(tooSmall[0]!))
      })
    );
  }
  const allowed = kx.allowedGroups;
  const notAllowed = allowed
    ? t.groups.filter((g) => !allowed.includes(g) && !tooSmall.includes(g) && !weakFfdhe.includes(g))
    : [];
  if (notAllowed.length) {
    out.push(
      finding({
        rule: 'kex.group-not-allowed',
        severity: 'warning',
        message: `${t.name} accepts key-exchange groups the policy does not allow: ${list(notAllowed)}.`,
        evidence: { groups: notAllowed, allowed },
        fix: groupFix(rules),
        reproduce: reproduceGroup(t, notAllowed[0]!, t.keyExchange.tls13Groups.includes(notAllowed[0]!))
      })
    );
  }
  return out;
}

// ---- certificates ----

function thresholdReached(
  remainingDays: number,
  fraction: number,
  limitDays: number | null,
  limitFraction: number | null,
  combine: ExpiryRule['combine']
): boolean {
  const tests: boolean[] = [];
  if (limitDays !== null) tests.push(remainingDays <= limitDays);
  if (limitFraction !== null) tests.push(fraction <= limitFraction);
  if (tests.length === 0) return false;
  return combine === 'both' ? tests.every(Boolean) : tests.some(Boolean);
}

/** CA/B Forum BR §6.3.2: notBefore through notAfter inclusive, any part of a day counting as a day. */
export function validityDaysInclusive(notBefore: number, notAfter: number): number {
  return Math.ceil((notAfter - notBefore + 1000) / DAY_MS);
}

function scheduleLimit(rules: PolicyRules, notBefore: number): { from: string; maxDays: number } | null {
  const schedule = rules.certificates.lifetimeSchedule;
  if (!schedule) return null;
  let limit: { from: string; maxDays: number } | null = null;
  for (const step of schedule) if (Date.parse(`${step.from}T00:00:00Z`) <= notBefore) limit = step;
  return limit;
}

function isRootLike(cert: CertificateInfo): boolean {
  return cert.selfSigned && cert.isCA;
}

function checkCertificate(t: TargetReport, rules: PolicyRules, now: number): Finding[] {
  const cert = t.certificate;
  if (!cert || cert.chain.length === 0) {
    const why = cert?.error?.message ?? 'the server sent no certificate';
    return [
      finding({
        rule: 'target.error',
        severity: targetSeverity(rules.targets.error),
        message: `${t.name}: no certificate could be read (${why}).`,
        evidence: { status: t.status, error: cert?.error ?? null },
        fix: targetFix('target.error'),
        reproduce: reproduceCertificate(t)
      })
    ];
  }
  const c = rules.certificates;
  const out: Finding[] = [];
  const leaf = cert.chain[0]!;
  const notBefore = Date.parse(leaf.notBefore);
  const notAfter = Date.parse(leaf.notAfter);
  const subject = leaf.subject;
  const show = reproduceCertificate(t);
  const certFinding = (
    rule: string,
    severity: Severity,
    message: string,
    evidence: Record<string, unknown>,
    reproduce = show
  ): Finding => finding({ rule, severity, message, evidence, fix: certificateFix(rules, rule), reproduce });

  // Validity period. Dates that do not parse must not pass silently.
  if (Number.isNaN(notBefore) || Number.isNaN(notAfter)) {
    out.push(
      finding({
        rule: 'target.error',
        severity: targetSeverity(rules.targets.error),
        message: `${t.name}: the validity dates of the certificate could not be read (notBefore ${leaf.notBefore}, notAfter ${leaf.notAfter}).`,
        evidence: {
          subject,
          notBefore: leaf.notBefore,
          notAfter: leaf.notAfter,
          parseError: leaf.parseError ?? null
        },
        fix: targetFix('target.error'),
        reproduce: show
      })
    );
  } else if (now < notBefore) {
    out.push(
      certFinding(
        'certificate.not-yet-valid',
        'error',
        `${t.name} serves a certificate that is not valid before ${leaf.notBefore}.`,
        { subject, notBefore: leaf.notBefore }
      )
    );
  } else if (now > notAfter) {
    const ago = days((now - notAfter) / DAY_MS);
    out.push(
      certFinding(
        'certificate.expired',
        'error',
        `${t.name} serves a certificate that expired ${ago} days ago (${leaf.notAfter}).`,
        { subject, notAfter: leaf.notAfter, daysAgo: ago }
      )
    );
  } else {
    const remaining = (notAfter - now) / DAY_MS;
    const lifetime = Math.max((notAfter - notBefore) / DAY_MS, 1 / 86400);
    const fraction = remaining / lifetime;
    const e = c.expiry;
    const fail = thresholdReached(remaining, fraction, e.failDays, e.failFraction, e.combine);
    const warn = fail || thresholdReached(remaining, fraction, e.warnDays, e.warnFraction, e.combine);
    if (warn) {
      out.push(
        certFinding(
          'certificate.expiring',
          fail ? 'error' : 'warning',
          `${t.name} serves a certificate that expires in ${days(remaining)} days (${leaf.notAfter}), ${Math.round(fraction * 100)}% of its ${days(lifetime)}-day lifetime left.`,
          {
            subject,
            notAfter: leaf.notAfter,
            daysRemaining: days(remaining),
            lifetimeDays: days(lifetime),
            fractionRemaining: Math.round(fraction * 1000) / 1000,
            thresholds: e
          }
        )
      );
    }
  }

  // Lifetime.
  const lifetimeDays = (notAfter - notBefore) / DAY_MS;
  if (c.maxLifetimeDays !== null && lifetimeDays > c.maxLifetimeDays + 1e-6) {
    out.push(
      certFinding(
        'certificate.lifetime',
        'error',
        `${t.name} serves a certificate valid for ${days(lifetimeDays)} days; the policy allows at most ${c.maxLifetimeDays}.`,
        { subject, lifetimeDays: days(lifetimeDays), maxLifetimeDays: c.maxLifetimeDays }
      )
    );
  }
  const step = scheduleLimit(rules, notBefore);
  const inclusive = validityDaysInclusive(notBefore, notAfter);
  if (step && inclusive > step.maxDays) {
    out.push(
      certFinding(
        'certificate.lifetime',
        'error',
        `${t.name} serves a certificate issued ${leaf.notBefore.slice(0, 10)} with a ${inclusive}-day validity; certificates issued from ${step.from} may last at most ${step.maxDays} days.`,
        { subject, validityDays: inclusive, maxDays: step.maxDays, scheduleFrom: step.from }
      )
    );
  }

  // Identity and trust.
  if (c.hostnameMustMatch && !cert.hostnameMatch) {
    out.push(
      certFinding(
        'certificate.hostname-mismatch',
        'error',
        `${t.name} serves a certificate that does not name ${t.sni ?? t.host} (it names ${list(leaf.subjectAltNames) || subject}).`,
        { host: t.host, sni: t.sni, subjectAltNames: leaf.subjectAltNames, subject },
        reproduceVerify(t)
      )
    );
  }
  const incomplete = c.chainMustBeComplete && !cert.chainComplete;
  if (c.mustBeTrusted && !cert.trusted && !incomplete) {
    if (cert.chain.length === 1 && leaf.selfSigned) {
      out.push(
        certFinding(
          'certificate.self-signed',
          'error',
          `${t.name} serves a self-signed certificate (${subject}) that no trusted root vouches for.`,
          { subject },
          reproduceVerify(t)
        )
      );
    } else {
      out.push(
        certFinding(
          'certificate.untrusted',
          'error',
          `${t.name} serves a certificate chain that does not lead to a trusted root (issuer: ${leaf.issuer}).`,
          {
            subject,
            issuer: leaf.issuer,
            validatedPath: cert.validatedPath,
            error: cert.error?.message ?? null
          },
          reproduceVerify(t)
        )
      );
    }
  }

  // Keys and signatures.
  const weakKeys = cert.chain.filter((cc, i) => {
    if (i > 0 && isRootLike(cc)) return false;
    if ((cc.keyType === 'RSA' || cc.keyType === 'DSA') && c.minRsaBits !== null)
      return (cc.keyBits ?? 0) < c.minRsaBits;
    if (cc.keyType === 'EC' && c.minEcBits !== null) return (cc.keyBits ?? 0) < c.minEcBits;
    return false;
  });
  if (weakKeys.length) {
    const names = weakKeys.map((k) => `${k.subject} (${k.keyType} ${k.keyBits ?? '?'} bits)`);
    out.push(
      certFinding(
        'certificate.weak-key',
        'error',
        `${t.name} sends ${weakKeys.length === 1 ? 'a certificate' : 'certificates'} with a weak key: ${list(names)}.`,
        {
          certificates: weakKeys.map((k) => ({ subject: k.subject, keyType: k.keyType, keyBits: k.keyBits })),
          minRsaBits: c.minRsaBits,
          minEcBits: c.minEcBits
        }
      )
    );
  }
  const typeAllowed = !c.allowedKeyTypes || c.allowedKeyTypes.includes(leaf.keyType);
  const curveAllowed =
    leaf.keyType !== 'EC' ||
    !c.allowedCurves ||
    (leaf.curve !== null && c.allowedCurves.includes(leaf.curve));
  if (!typeAllowed || !curveAllowed) {
    const what = typeAllowed
      ? `an EC key on ${leaf.curve ?? 'an unknown curve'} (allowed curves: ${list(c.allowedCurves ?? [])})`
      : `a ${leaf.keyType} key (allowed: ${list(c.allowedKeyTypes ?? [])})`;
    out.push(
      certFinding(
        'certificate.key-type-not-allowed',
        'error',
        `${t.name} serves a certificate with ${what}.`,
        {
          subject,
          keyType: leaf.keyType,
          curve: leaf.curve,
          allowedKeyTypes: c.allowedKeyTypes,
          allowedCurves: c.allowedCurves
        }
      )
    );
  }
  const weakSignatures = cert.chain.filter(
    (cc, i) => !(i > 0 && cc.selfSigned) && isWeakSignatureHash(cc.signatureAlgorithm)
  );
  const leafNotAllowed =
    c.allowedSignatureAlgorithms !== null &&
    !c.allowedSignatureAlgorithms.includes(leaf.signatureAlgorithm) &&
    !weakSignatures.includes(leaf);
  if (weakSignatures.length || leafNotAllowed) {
    const offending = [...(leafNotAllowed ? [leaf] : []), ...weakSignatures];
    out.push(
      certFinding(
        'certificate.weak-signature',
        'error',
        `${t.name} sends ${offending.length === 1 ? 'a certificate' : 'certificates'} signed with a signature algorithm the policy does not allow: ${list(offending.map((o) => `${o.subject} (${o.signatureAlgorithm})`))}.`,
        {
          certificates: offending.map((o) => ({
            subject: o.subject,
            signatureAlgorithm: o.signatureAlgorithm
          })),
          allowed: c.allowedSignatureAlgorithms
        }
      )
    );
  }

  // Chain.
  if (incomplete) {
    const missing = cert.missingIssuer;
    out.push(
      finding({
        rule: 'chain.incomplete',
        severity: 'error',
        message: `${t.name} does not send the intermediate certificate${missing ? ` "${missing.subject}"` : ''} needed to reach a trusted root.`,
        evidence: { missingIssuer: missing, sent: cert.chain.map((cc) => cc.subject) },
        fix: chainFix('incomplete'),
        reproduce: reproduceVerify(t)
      })
    );
  }
  if (c.chainMustBeOrdered && !cert.chainOrdered) {
    out.push(
      finding({
        rule: 'chain.order',
        severity: 'warning',
        message: `${t.name} sends its certificates out of order: ${list(cert.chain.map((cc) => cc.subject))}.`,
        evidence: { sent: cert.chain.map((cc) => cc.subject) },
        fix: chainFix('order'),
        reproduce: reproduceCertificate(t)
      })
    );
  }
  if (c.chainMustBeComplete && cert.extraCertificates.length) {
    out.push(
      finding({
        rule: 'chain.extra-certificates',
        severity: 'warning',
        message: `${t.name} sends certificates that belong to no chain: ${list(cert.extraCertificates)}.`,
        evidence: { extra: cert.extraCertificates },
        fix: chainFix('extra'),
        reproduce: reproduceCertificate(t)
      })
    );
  }
  for (const intermediate of cert.chain.slice(1)) {
    if (isRootLike(intermediate)) continue;
    const end = Date.parse(intermediate.notAfter);
    const left = (end - now) / DAY_MS;
    const warnDays = c.expiry.warnDays;
    if (left < 0 || (warnDays !== null && left <= warnDays)) {
      out.push(
        certFinding(
          'chain.intermediate-expiring',
          left < 0 ? 'error' : 'warning',
          left < 0
            ? `${t.name} sends an intermediate certificate that expired ${days(-left)} days ago: ${intermediate.subject}.`
            : `${t.name} sends an intermediate certificate that expires in ${days(left)} days: ${intermediate.subject}.`,
          { subject: intermediate.subject, notAfter: intermediate.notAfter, daysRemaining: days(left) }
        )
      );
    }
  }

  // OCSP stapling.
  const stapling = c.ocspStapling;
  if (
    !cert.ocspStapled &&
    (stapling === 'required' || (stapling === 'if-responder' && leaf.ocspUrls.length > 0))
  ) {
    out.push(
      finding({
        rule: 'ocsp.not-stapled',
        severity: 'warning',
        message: `${t.name} does not staple an OCSP response${leaf.ocspUrls.length ? ` although its certificate names the responder ${leaf.ocspUrls[0]}` : ''}.`,
        evidence: { ocspUrls: leaf.ocspUrls, mustStaple: leaf.mustStaple, ocspStapling: stapling },
        fix: staplingFix(),
        reproduce: reproduceStapling(t)
      })
    );
  }
  return out;
}

// ---- putting it together ----

/** The policy's rules on one scan report, before severity overrides and waivers. */
export function checkTarget(t: TargetReport, rules: PolicyRules, now: Date): Finding[] {
  const status = checkStatus(t, rules);
  if (status) return status;
  return [
    ...checkProtocols(t, rules),
    ...checkSuites(t, rules),
    ...checkOrder(t, rules),
    ...checkKeyExchange(t, rules),
    ...checkCertificate(t, rules, now.getTime())
  ];
}

function applySeverityOverrides(findings: Finding[], rules: PolicyRules): Finding[] {
  return findings.map((f) => (rules.severity[f.rule] ? { ...f, severity: rules.severity[f.rule]! } : f));
}

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.rule.localeCompare(b.rule)
  );
}

export function failsAt(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/**
 * Every finding of one target, from its facts: the policy's rules on the report, then each evaluator
 * (resumption, clients, expectation); severity overrides and waivers apply to all of them. The only place
 * findings are made: any on the input report are replaced.
 */
export function evaluateTarget(
  input: EvaluationInput,
  policy: ResolvedPolicy,
  options: { now: Date; failOn: FailOn }
): TargetReport {
  const facts = asTargetFacts(input);
  const rules = policy.rules;
  const t = judgedReport(facts, rules);
  const all = applySeverityOverrides(
    [...checkTarget(t, rules, options.now), ...EVALUATORS.flatMap((evaluator) => evaluator(t, facts, rules))],
    rules
  );
  const findings = sortFindings(applyWaivers(all, rules.waivers, t, options.now));
  const verdict: Verdict = findings.some((f) => failsAt(f.severity, options.failOn)) ? 'fail' : 'pass';
  return { ...t, findings, verdict };
}

export function summarize(targets: TargetReport[]): ReportSummary {
  const all = targets.flatMap((t) => t.findings);
  return {
    targets: targets.length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    notices: all.filter((f) => f.severity === 'notice').length
  };
}

/** Pure: findings and verdicts for every target under its policy, and the overall verdict. */
export function evaluate(
  targets: readonly EvaluationInput[],
  policy: ResolvedPolicy,
  options: EvaluateOptions
): Evaluation {
  const evaluated = targets.map((input) => {
    const name = asTargetFacts(input).report.name;
    return evaluateTarget(input, options.targetPolicies?.get(name) ?? policy, {
      now: options.now,
      failOn: options.failOn
    });
  });
  return {
    targets: evaluated,
    verdict: evaluated.some((t) => t.verdict === 'fail') ? 'fail' : 'pass',
    summary: summarize(evaluated)
  };
}
