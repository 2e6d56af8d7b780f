// What the sticky comment remembers of its run, so the next run of the same workflow and job can say what changed:
// the error and warning findings as (fingerprint, target, rule, severity), carried in the comment itself as a
// hidden `<!-- tls-gate-state:BASE64 -->` line. Nothing else is stored anywhere.
//
// The previous comment is untrusted on read: anyone who can edit it (or paste a marker into another comment) can
// write that line. It is bounded before decoding, parsed without evaluating anything, and accepted only when
// every entry has the exact shape written here; otherwise the run renders as if there were no previous state.
import { findingFingerprint } from './sarif.js';
import { findingsWorstFirst, targetLabel } from './digest.js';
import type { Finding, Report, Severity, TargetReport } from '../model/report.js';

/** One remembered finding: fingerprint (16 hex), target label, rule id, severity. */
export type RememberedFinding = [key: string, target: string, rule: string, severity: Severity];

export interface CommentState {
  findings: RememberedFinding[];
}

/** Most findings remembered (the worst first, as listed); beyond that the diff says "at least". */
export const STATE_MAX_FINDINGS = 300;
const STATE_MAX_TARGET_CHARS = 200;
/** Most characters of the encoded state: written within it, and refused beyond it before any decoding. */
export const STATE_MAX_ENCODED_CHARS = 16_000;

/** GitHub's limit on a comment body; a longer one is not one we wrote. */
const COMMENT_BODY_MAX_CHARS = 65_536;

const STATE_LINE = /<!-- tls-gate-state:([A-Za-z0-9+/]*={0,2}) -->/;

function remembered(target: TargetReport, finding: Finding): RememberedFinding {
  return [
    findingFingerprint(target, finding).slice(0, 16),
    targetLabel(target).slice(0, STATE_MAX_TARGET_CHARS),
    finding.rule,
    finding.severity
  ];
}

/** The state of this run's report, worst findings first (those are kept when not all fit). */
export function commentStateOf(report: Report): CommentState {
  const findings = findingsWorstFirst(report)
    .filter(({ finding }) => finding.severity !== 'notice')
    .map(({ target, finding }) => remembered(target, finding));
  return { findings: findings.slice(0, STATE_MAX_FINDINGS) };
}

function encode(findings: readonly RememberedFinding[]): string {
  return Buffer.from(JSON.stringify({ v: 1, f: findings }), 'utf8').toString('base64');
}

/**
 * The hidden line that carries the state (base64 cannot contain "--" or ">", so it cannot end the comment), at most
 * `maxChars` of encoding: the least harmful findings are left out first when they do not all fit.
 */
export function commentStateLine(state: CommentState, maxChars = STATE_MAX_ENCODED_CHARS): string {
  let findings = state.findings;
  let encoded = encode(findings);
  while (encoded.length > maxChars && findings.length > 0) {
    findings = findings.slice(0, Math.floor((findings.length * maxChars) / encoded.length));
    encoded = encode(findings);
  }
  return `<!-- tls-gate-state:${encoded} -->`;
}

function isRemembered(entry: unknown): entry is RememberedFinding {
  if (!Array.isArray(entry) || entry.length !== 4) return false;
  const [key, target, rule, severity] = entry as unknown[];
  return (
    typeof key === 'string' &&
    /^[0-9a-f]{16}$/.test(key) &&
    typeof target === 'string' &&
    target.length <= STATE_MAX_TARGET_CHARS &&
    typeof rule === 'string' &&
    /^[a-z0-9][a-z0-9.-]{0,63}$/.test(rule) &&
    (severity === 'error' || severity === 'warning')
  );
}

/** The state a previous comment carries, or null when it has none or it is not exactly what we write. */
export function readCommentState(body: string): CommentState | null {
  const match = STATE_LINE.exec(body.slice(0, 2 * COMMENT_BODY_MAX_CHARS));
  if (!match || match[1]!.length > STATE_MAX_ENCODED_CHARS) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8'));
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const { v, f } = parsed as { v?: unknown; f?: unknown };
  if (v !== 1 || !Array.isArray(f) || f.length > STATE_MAX_FINDINGS || !f.every(isRemembered)) return null;
  return { findings: f };
}

export interface CommentChanges {
  /** Findings this run has that the previous one did not. */
  added: RememberedFinding[];
  /** Findings of the previous run gone now, on targets scanned this time (an unreachable target fixed nothing). */
  fixed: RememberedFinding[];
  /** Findings both runs have. */
  still: RememberedFinding[];
}

/** What changed from the previous state to this report. */
export function commentChanges(previous: CommentState, report: Report): CommentChanges {
  const current = commentStateOf(report).findings;
  const before = new Set(previous.findings.map(([key]) => key));
  const now = new Set(current.map(([key]) => key));
  const scanned = new Set(
    report.targets.filter((target) => target.status === 'ok').map((target) => targetLabel(target))
  );
  return {
    added: current.filter(([key]) => !before.has(key)),
    fixed: previous.findings.filter(([key, target]) => !now.has(key) && scanned.has(target)),
    still: current.filter(([key]) => before.has(key))
  };
}
