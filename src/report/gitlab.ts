// GitLab Code Quality (artifacts:reports:codequality): a JSON array of issues with the fields GitLab reads
// (description, check_name, fingerprint, severity, location.path, location.lines.begin). Each finding is one
// issue, located at the line that names its target, else at line 1 of the CI configuration file. GitLab tells
// new issues from fixed ones by fingerprint, so it is the finding's stable hash (the one SARIF uses: rule,
// endpoint, evidence without dates or counts), never of line numbers or day counts.

import { createHash } from 'node:crypto';
import { findingPlace } from './pool.js';

import { findingsWorstFirst } from './digest.js';
import { inertJson, plainText } from './escape.js';
import { findingFingerprint } from './sarif.js';
import type { Report, Severity } from '../model/report.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

export interface GitlabOptions {
  /** Repository-relative file for findings whose target has no source location (the CI configuration). */
  defaultFile: string;
}

/** error fails the gate (critical); a warning is a major issue; a notice (waived findings too) is info. */
const CODE_QUALITY_SEVERITY: Record<Severity, CodeQualitySeverity> = {
  error: 'critical',
  warning: 'major',
  notice: 'info'
};

export function codeQualityIssues(report: Report, options: GitlabOptions): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return findingsWorstFirst(report).map(({ target, finding }) => {
    const located = target.source?.file && target.source.line >= 1;
    const waived = finding.waiver ? ` (waived until ${finding.waiver.until}: ${finding.waiver.reason})` : '';
    return {
      description: plainText(`${finding.message}${findingPlace(finding)}${waived}`),
      check_name: finding.rule,
      fingerprint: uniqueFingerprint(findingFingerprint(target, finding), seen),
      severity: CODE_QUALITY_SEVERITY[finding.severity],
      location: {
        path: repositoryPath(located ? target.source!.file : options.defaultFile),
        lines: { begin: located ? target.source!.line : 1 }
      }
    };
  });
}

/** The Code Quality report: the issues as JSON, every control or direction character escaped. */
export function renderGitlabCodeQuality(report: Report, options: GitlabOptions): string {
  return `${inertJson(codeQualityIssues(report, options), 2)}\n`;
}

/**
 * GitLab keys issues by fingerprint: two findings with the same stable hash (the same rule and evidence on the
 * same endpoint, listed twice) get the second, third... occurrence hashed with its count, stable across runs.
 */
function uniqueFingerprint(fingerprint: string, seen: Map<string, number>): string {
  const occurrence = seen.get(fingerprint) ?? 0;
  seen.set(fingerprint, occurrence + 1);
  if (occurrence === 0) return fingerprint;
  return createHash('sha256').update(`${fingerprint}\n${occurrence}`).digest('hex');
}

/** Forward slashes, no leading "./", as GitLab matches paths against the repository's files. */
function repositoryPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
