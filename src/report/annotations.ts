// Annotations: one per finding, worst first, anchored at the line that names the target. The platform shows at
// most 10 errors, 10 warnings and 10 notices per step and silently drops the rest, so we choose which ones show
// and add one notice that says how many were left out and where to find them.

import { plainText } from './escape.js';
import { findingPlace } from './pool.js';
import { describeCounts, findingsWorstFirst, plural, targetLabel } from './digest.js';
import type { Report, Severity } from '../model/report.js';

export interface Annotation {
  level: Severity;
  /** One line; hand to core.error/warning/notice, which applies the workflow-command escaping. */
  message: string;
  title: string;
  file?: string;
  startLine?: number;
}

export interface AnnotationLimits {
  /** Annotations per level the platform shows per step; default 10. */
  perLevel?: number;
  /** Where findings of targets without a source point (e.g. the workflow file), when known. */
  defaultFile?: string;
  /** Annotations of a level the step makes itself (the failure message is an error annotation), which count
   *  toward the same per-level limit. */
  reserved?: Partial<Record<Severity, number>>;
}

/** A finding message can quote hundreds of SANs; annotations show the start, the summary the whole. */
const MAX_MESSAGE = 4000;
const MAX_TITLE = 200;

export function selectAnnotations(report: Report, limits: AnnotationLimits = {}): Annotation[] {
  const perLevel = Math.max(1, limits.perLevel ?? 10);
  const used: Record<Severity, number> = {
    error: limits.reserved?.error ?? 0,
    warning: limits.reserved?.warning ?? 0,
    notice: limits.reserved?.notice ?? 0
  };
  const selected: Annotation[] = [];
  const leftOut: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };

  for (const { target, finding } of findingsWorstFirst(report)) {
    if (used[finding.severity] >= perLevel) {
      leftOut[finding.severity]++;
      continue;
    }
    used[finding.severity]++;
    const annotation: Annotation = {
      level: finding.severity,
      title: plainText(`tls-gate ${finding.rule}: ${targetLabel(target)}`, MAX_TITLE),
      message: plainText(finding.message + findingPlace(finding), MAX_MESSAGE)
    };
    const file = target.source?.file ?? limits.defaultFile;
    if (file) {
      annotation.file = file;
      if (target.source?.line && target.source.file === file) annotation.startLine = target.source.line;
    }
    selected.push(annotation);
  }

  const leftOutTotal = leftOut.error + leftOut.warning + leftOut.notice;
  if (leftOutTotal === 0) return selected;

  // The overflow note is a notice; when notices are full, the last notice makes room for it (and is counted).
  if (used.notice >= perLevel) {
    const lastNotice = selected.map((a) => a.level).lastIndexOf('notice');
    selected.splice(lastNotice, 1);
    leftOut.notice++;
  }
  const total = leftOut.error + leftOut.warning + leftOut.notice;
  selected.push({
    level: 'notice',
    title: 'tls-gate: more findings in the job summary',
    message:
      `${plural(total, 'more finding')} (${describeCounts(leftOut)}) ` +
      `${total === 1 ? 'is' : 'are'} not shown as annotations (the platform shows ${perLevel} per level): ` +
      'see the job summary of this run.',
    ...(limits.defaultFile ? { file: limits.defaultFile } : {})
  });
  return selected;
}
