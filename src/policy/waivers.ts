// Waivers: a dated exception. Before `until` a matching finding becomes a notice naming the waiver; after it
// the finding counts again and a waiver.expired finding says which waiver ran out.
import type { Finding, TargetReport } from '../model/report.js';
import type { Waiver } from './model.js';

/** End of the waiver: a date means the whole of that day (UTC). */
export function waiverEnd(until: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? Date.parse(`${until}T23:59:59.999Z`) : Date.parse(until);
}

export function waiverMatches(
  waiver: Waiver,
  finding: Finding,
  t: Pick<TargetReport, 'name' | 'host' | 'port'>
): boolean {
  const ruleMatches = waiver.rule.endsWith('.*')
    ? finding.rule.startsWith(waiver.rule.slice(0, -1))
    : finding.rule === waiver.rule;
  if (!ruleMatches) return false;
  if (!waiver.targets) return true;
  return waiver.targets.some((name) => name === t.name || name === t.host || name === `${t.host}:${t.port}`);
}

export function applyWaivers(findings: Finding[], waivers: Waiver[], t: TargetReport, now: Date): Finding[] {
  const out: Finding[] = [];
  const expiredUsed = new Set<Waiver>();
  for (const f of findings) {
    const matching = waivers.filter((w) => waiverMatches(w, f, t));
    const active = matching.find((w) => now.getTime() <= waiverEnd(w.until));
    if (active) {
      out.push({
        ...f,
        severity: 'notice',
        waiver: { rule: active.rule, reason: active.reason, until: active.until }
      });
      continue;
    }
    out.push(f);
    for (const w of matching) expiredUsed.add(w);
  }
  for (const w of expiredUsed) {
    out.push({
      rule: 'waiver.expired',
      severity: 'warning',
      message: `${t.name}: the waiver for ${w.rule} ("${w.reason}") ended on ${w.until}; its findings count again.`,
      evidence: {
        rule: w.rule,
        reason: w.reason,
        until: w.until,
        targets: w.targets,
        source: w.source ?? null
      },
      fix: {
        text: `Fix the findings of ${w.rule}, or renew the waiver with a new until date if the exception is still justified.`
      },
      reproduce: null,
      waiver: null
    });
  }
  return out;
}
