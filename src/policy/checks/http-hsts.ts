// http.hsts: the HTTPS response to "/" carries no Strict-Transport-Security header a browser honours, or one whose
// max-age is below `http.hsts-min-max-age`. Judged from the recorded header values against the target's rules (the
// scan's status used the same minimum; the rules decide). A target that does not speak HTTP has nothing to judge.
import type { Finding, TargetReport } from '../../model/report.js';
import { hstsFix, reproduceHsts } from '../../remediation/index.js';
import type { PolicyRules } from '../model.js';
import { finding } from './finding.js';

const DAY_S = 86400;

function problemOf(details: Record<string, unknown>, min: number): string | null {
  if (details.present !== true) return 'sends no Strict-Transport-Security header';
  if (details.valid !== true)
    return 'sends a Strict-Transport-Security header browsers ignore (no valid max-age)';
  const maxAge = Number(details.maxAge);
  if (maxAge === 0) return 'sends Strict-Transport-Security with max-age=0, which turns HSTS off';
  if (maxAge < min)
    return `sends Strict-Transport-Security with max-age=${maxAge} (${Math.floor(maxAge / DAY_S)} days), below the ${min} s (${Math.floor(min / DAY_S)} days) the policy requires`;
  return null;
}

export function checkHsts(t: TargetReport, rules: PolicyRules): Finding[] {
  const hsts = t.vulnerabilities?.hsts;
  const min = rules.http.hstsMinMaxAge;
  if (min === null || !hsts?.details || (hsts.status !== 'vulnerable' && hsts.status !== 'ok')) return [];
  const problem = problemOf(hsts.details, min);
  if (!problem) return [];
  return [
    finding({
      rule: 'http.hsts',
      severity: 'warning',
      message: `${t.name} ${problem} on its HTTPS response to /.`,
      evidence: { hsts: hsts.evidence, minMaxAge: min, maxAge: hsts.details.maxAge ?? null },
      fix: hstsFix(min),
      reproduce: reproduceHsts(t)
    })
  ];
}
