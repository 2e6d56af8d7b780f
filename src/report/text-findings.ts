// The findings of the text report, per target (worst target first): each finding with its waiver, its plain fix
// statement and the command that reproduces it, then ONE fix for the target, its server lines merged per server
// software (fix-merge.ts). A waived finding gets no fix: it is accepted as it is.
import { countBySeverity, severityRank, targetFindingsWorstFirst } from './digest.js';
import { findingPlace } from './pool.js';
import { fixableFindings, mergedFixBlocks } from './fix-merge.js';
import { SEVERITY_COLOUR, safe, type Paint } from './text-paint.js';
import type { Finding, TargetReport } from '../model/report.js';

export function renderFindings(targets: readonly TargetReport[], paint: Paint): string[] {
  const withFindings = targets.filter((target) => target.findings.length > 0);
  if (withFindings.length === 0) return [];
  const lines = ['', paint('Findings', 'bold')];
  for (const target of worstTargetsFirst(withFindings)) {
    const source = target.source ? ` (${safe(target.source.file)}:${target.source.line})` : '';
    lines.push('', `  ${paint(safe(target.name), 'bold')}${source}`);
    const findings = targetFindingsWorstFirst(target);
    for (const finding of findings) lines.push(...renderFinding(finding, paint));
    lines.push(...renderTargetFix(findings));
  }
  return lines;
}

function renderFinding(finding: Finding, paint: Paint): string[] {
  const lines = [
    `    ${paint(finding.severity.toUpperCase(), SEVERITY_COLOUR[finding.severity])} ${safe(finding.rule)}: ${safe(finding.message)}${safe(findingPlace(finding))}`
  ];
  if (finding.waiver) {
    lines.push(`      waived until ${safe(finding.waiver.until)}: ${safe(finding.waiver.reason)}`);
  } else if (finding.fix.text) {
    lines.push(`      fix: ${safe(finding.fix.text)}`);
  }
  if (finding.reproduce) lines.push(`      reproduce: ${safe(finding.reproduce)}`);
  return lines;
}

/** The target's one fix: per server software, every line the findings need, once. */
function renderTargetFix(findings: readonly Finding[]): string[] {
  const blocks = mergedFixBlocks(findings);
  if (blocks.length === 0) return [];
  const waived = findings.length - fixableFindings(findings).length;
  const lines = [
    `    Fix${waived > 0 ? ` (the waived ${waived === 1 ? 'finding' : 'findings'} left as they are)` : ''}:`
  ];
  for (const block of blocks) {
    lines.push(`      ${block.name}:`);
    for (const line of block.lines) lines.push(`        ${safe(line)}`);
  }
  return lines;
}

/** Targets with the worst findings first: by their worst severity, then by how many findings of each severity. */
function worstTargetsFirst(targets: readonly TargetReport[]): TargetReport[] {
  const key = (target: TargetReport): number[] => {
    const counts = countBySeverity(target.findings);
    const worst = Math.min(...target.findings.map((f) => severityRank(f.severity)));
    return [worst, -counts.error, -counts.warning, -counts.notice];
  };
  return [...targets].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  });
}
