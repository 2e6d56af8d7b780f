// The seed's proxy cause: the user says what the certificate should be (`expect: { issuer, spki-sha256 }`), and
// a chain that does not match is either an intercepting proxy (TLS inspection) or the wrong backend. A chain
// anchored only by a system-store root that is not in the public (Mozilla) store is the usual sign of
// inspection, so it is noted even without an expectation.
import { reproduceCertificate } from '../remediation/reproduce.js';
import type { CertificateInfo, Finding, TargetExpectation, TargetReport } from '../model/report.js';

/** Accepts the HPKP spelling "sha256/<base64>" and surrounding space; compares base64 exactly. */
function normalizePin(pin: string): string {
  return pin.trim().replace(/^sha256\//i, '');
}

const squash = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

function seen(chain: CertificateInfo[]): { subject: string; issuer: string; spkiSha256: string }[] {
  return chain.map((c) => ({ subject: c.subject, issuer: c.issuer, spkiSha256: c.spkiSha256 }));
}

/**
 * `certificate.unexpected` when the served chain does not match the target's expectation: no certificate in
 * the chain has one of the pinned SPKI hashes, or the leaf's issuer does not contain the expected issuer.
 * `certificate.system-anchor` (a notice) when the chain is trusted only through a system-store root.
 */
export function evaluateExpectation(target: TargetReport, expect: TargetExpectation | undefined): Finding[] {
  const findings: Finding[] = [];
  const report = target.certificate;
  const chain = report?.chain ?? [];
  // Shell-quoted, with IPv6 in brackets: the same command the policy's certificate findings give.
  const reproduce = reproduceCertificate(target);
  const systemAnchor = report?.trusted === true && report.trustStore === 'system';

  if (expect && (expect.issuer || expect.spkiSha256?.length)) {
    const problems: string[] = [];
    if (chain.length === 0) {
      problems.push('no certificate could be read');
    } else {
      if (expect.spkiSha256?.length) {
        const pins = new Set(expect.spkiSha256.map(normalizePin));
        if (!chain.some((c) => pins.has(c.spkiSha256))) {
          problems.push(`no certificate in the chain has a pinned key (pins: ${[...pins].join(', ')})`);
        }
      }
      if (expect.issuer && !squash(chain[0]!.issuer).includes(squash(expect.issuer))) {
        problems.push(`the leaf is issued by "${chain[0]!.issuer}", not "${expect.issuer}"`);
      }
    }
    if (problems.length) {
      const likely = systemAnchor
        ? 'an intercepting proxy (TLS inspection): the chain is anchored by a system-store root that is not in the public (Mozilla) store'
        : 'an intercepting proxy (TLS inspection) or the wrong backend answering for this name';
      findings.push({
        rule: 'certificate.unexpected',
        severity: 'error',
        message: `${target.name}: the certificate is not the expected one: ${problems.join('; ')}. Likely cause: ${likely}.`,
        evidence: { expected: { ...expect }, chain: seen(chain), trustStore: report?.trustStore ?? null },
        fix: {
          text: 'Check which device answers for this name from the scanning network (proxy, load balancer, CDN); exempt the host from TLS inspection, or update the expectation if the certificate was changed on purpose.'
        },
        reproduce,
        waiver: null
      });
    }
  }

  if (systemAnchor) {
    findings.push({
      rule: 'certificate.system-anchor',
      severity: 'notice',
      message: `${target.name}: the chain is trusted only through a root of this machine's system store that is not in the public (Mozilla) store ("${
        chain[chain.length - 1]?.issuer ?? 'unknown'
      }"); this is the usual sign of TLS inspection, and other clients will not trust it.`,
      evidence: { chain: seen(chain), validatedPath: report?.validatedPath ?? [] },
      fix: {
        text: 'Scan from a network without TLS inspection, or confirm that the private root is intended for this host.'
      },
      reproduce,
      waiver: null
    });
  }
  return findings;
}
