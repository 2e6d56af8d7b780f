// Engine tests check every TargetReport they produce against the published schema, inside a minimal Report.
import { SCHEMA_VERSION, type Report, type TargetReport } from '../../src/model/report.js';
import { expectValidReport } from '../helpers/report-schema.js';

export function expectValidTargetReport(target: TargetReport): void {
  const now = new Date().toISOString();
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'tls-gate', version: '0.0.0-test' },
    startedAt: now,
    finishedAt: now,
    policy: null,
    verdict: 'pass',
    summary: { targets: 1, errors: 0, warnings: 0, notices: 0 },
    targets: [target]
  };
  expectValidReport(report);
}
