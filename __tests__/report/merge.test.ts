// Merging a run's shard reports: the targets of every shard in the order the run named them, the summary and
// verdict counted again from them, nothing judged again; and every way the files cannot be one run's shards
// refused with the file named and what was expected.
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import { gateFails } from '../../src/model/fail-on.js';
import type { Finding, Report, Severity, TargetReport } from '../../src/model/report.js';
import { renderJson } from '../../src/report/json.js';
import { mergeShardReports, type ShardReportFile } from '../../src/report/merge.js';
import { parseReportFile } from '../../src/report/report-file.js';
import { report, targetReport } from '../helpers/report-builders.js';
import { expectValidReport } from '../helpers/report-schema.js';

// SHA-256 puts alpha in shard 2 of 3, delta and golf in 3, foxtrot in 1; of 2 shards alpha in 2, the rest in 1.
const RUN = ['alpha', 'delta', 'foxtrot', 'golf'];

function finding(severity: Severity): Finding {
  return {
    rule: 'protocol.not-allowed',
    severity,
    message: 'm',
    evidence: {},
    fix: {},
    reproduce: null,
    waiver: null
  };
}

function target(name: string, severities: Severity[] = []): TargetReport {
  const findings = severities.map(finding);
  return targetReport({ name, findings, verdict: severities.includes('error') ? 'fail' : 'pass' });
}

function shard(
  index: number,
  count: number,
  targets: TargetReport[],
  overrides: Partial<Report> = {}
): Report {
  return report(targets, { shard: { index, count, targets: RUN }, ...overrides });
}

const file = (name: string, value: Report): ShardReportFile => ({ file: name, report: value });

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

const threeShards = (): ShardReportFile[] => [
  file('s2.json', shard(2, 3, [target('alpha', ['warning'])], { startedAt: '2026-11-27T09:59:00.000Z' })),
  file('s1.json', shard(1, 3, [target('foxtrot', ['error', 'notice'])])),
  file('s3.json', shard(3, 3, [target('delta'), target('golf')], { finishedAt: '2026-11-27T10:05:00.000Z' }))
];

describe('mergeShardReports', () => {
  it('makes one ordinary report of the run: its targets in the order named, summary and verdict counted again', () => {
    const merged = mergeShardReports(threeShards());
    expect(merged.shard).toBeUndefined();
    expect(merged.targets.map((t) => t.name)).toEqual(RUN);
    expect(merged.summary).toEqual({ targets: 4, errors: 1, warnings: 1, notices: 1 });
    expect(merged.verdict).toBe('fail');
    expect(merged.startedAt).toBe('2026-11-27T09:59:00.000Z');
    expect(merged.finishedAt).toBe('2026-11-27T10:05:00.000Z');
    expectValidReport(merged);
  });

  it('keeps every target as its shard judged it (findings and verdict are not evaluated again)', () => {
    const shards = threeShards();
    const merged = mergeShardReports(shards);
    const foxtrot = shards[1]!.report.targets[0]!;
    expect(merged.targets[2]).toBe(foxtrot);
  });

  it('passes when every shard passes, and the one gate decision applies to the merged report', () => {
    const merged = mergeShardReports([
      file('a.json', shard(1, 2, [target('delta', ['warning']), target('foxtrot'), target('golf')])),
      file('b.json', shard(2, 2, [target('alpha')]))
    ]);
    expect(merged.verdict).toBe('pass');
    expect(gateFails(merged, 'error')).toBe(false);
    expect(gateFails(merged, 'warning')).toBe(true);
  });

  it('reads back what renderJson wrote, shard field included', () => {
    const written = shard(
      1,
      1,
      RUN.map((name) => target(name))
    );
    expectValidReport(written);
    const read = parseReportFile(renderJson(written), 'r.json');
    expect(read).toEqual(JSON.parse(JSON.stringify(written)));
    expect(mergeShardReports([file('r.json', read)]).targets.map((t) => t.name)).toEqual(RUN);
  });

  it('refuses the same shard twice, naming both files', () => {
    const shards = threeShards();
    const error = errorOf(() => mergeShardReports([...shards, file('again.json', shards[0]!.report)]));
    expect(error.file).toBe('again.json');
    expect(error.message).toBe('the report is shard 2/3, as is s2.json; expected each shard once');
  });

  it('refuses missing shards, naming them', () => {
    const error = errorOf(() => mergeShardReports(threeShards().slice(0, 1)));
    expect(error.message).toBe('shards 1/3, 3/3 missing: expected the reports of all 3 shards (got 2)');
  });

  it('refuses a target missing from its shard report, naming the target and the report', () => {
    const shards = threeShards();
    shards[1] = file('s1.json', shard(1, 3, []));
    expect(errorOf(() => mergeShardReports(shards)).describe()).toBe(
      's1.json: the report (shard 1/3) lacks the target "foxtrot" of its shard; ' +
        "expected each target of the run in its shard's report"
    );
  });

  it("refuses a target in another shard's report, or in none of the run's", () => {
    const shards = threeShards();
    shards[1] = file('s1.json', shard(1, 3, [target('foxtrot'), target('alpha')]));
    expect(errorOf(() => mergeShardReports(shards)).describe()).toBe(
      's1.json: the report (shard 1/3) holds the target "alpha", which is in shard 2/3; ' +
        'expected the shard reports of one run'
    );
    shards[1] = file('s1.json', shard(1, 3, [target('foxtrot'), target('zulu')]));
    expect(errorOf(() => mergeShardReports(shards)).message).toContain(
      'holds the target "zulu", which is not in the run\'s list of targets'
    );
  });

  it('refuses reports of different tool versions, naming the file and both versions', () => {
    const shards = threeShards();
    shards[2] = file('s3.json', { ...shards[2]!.report, tool: { name: 'tls-gate', version: '9.9.9' } });
    const error = errorOf(() => mergeShardReports(shards));
    expect(error.file).toBe('s3.json');
    expect(error.message).toBe(
      'the report has tls-gate version "9.9.9", but s2.json has "0.1.0"; expected the shard reports of one run'
    );
  });

  it('refuses reports of different policies', () => {
    const shards = threeShards();
    shards[1] = file('s1.json', { ...shards[1]!.report, policy: { name: 'modern', source: 'preset' } });
    const error = errorOf(() => mergeShardReports(shards));
    expect(error.file).toBe('s1.json');
    expect(error.message).toMatch(/^the report has policy .*modern.*, but s2.json has null/);
  });

  it('refuses shards of another split or another list of targets', () => {
    const other = file('x.json', report([target('alpha')], { shard: { index: 1, count: 2, targets: RUN } }));
    expect(errorOf(() => mergeShardReports([threeShards()[0]!, other])).message).toMatch(/shard count 2/);
    const renamed = file('y.json', report([], { shard: { index: 1, count: 3, targets: ['alpha'] } }));
    expect(errorOf(() => mergeShardReports([threeShards()[0]!, renamed])).message).toMatch(/list of targets/);
  });

  it('refuses a report that is not a shard report (a merged or unsharded one)', () => {
    const error = errorOf(() => mergeShardReports([file('whole.json', report([target('alpha')]))]));
    expect(error.describe()).toBe(
      'whole.json: the report is not a shard report; expected the report of a run with shard: K/N (--shard K/N)'
    );
  });
});

describe('parseReportFile', () => {
  it('refuses a file that is not JSON, naming it', () => {
    const error = errorOf(() => parseReportFile('{"schemaVersion": 1,', 'broken.json'));
    expect(error.file).toBe('broken.json');
    expect(error.message).toMatch(/^the report is not JSON; expected a tls-gate JSON report/);
  });

  it.each([
    [{ schemaVersion: 2 }, '/schemaVersion: expected 1'],
    [{ tool: { name: 'other', version: '1' } }, '/tool: expected { name: "tls-gate", version }'],
    [{ verdict: 'maybe' }, '/verdict: expected "pass" or "fail"'],
    [{ summary: { targets: 1 } }, '/summary: expected counts of targets, errors, warnings and notices'],
    [
      { shard: { index: 4, count: 3, targets: [] } },
      '/shard: expected index and count with 1 <= index <= count'
    ],
    [
      { targets: [{ name: 'a', verdict: 'pass', findings: [{ severity: 'fatal' }] }] },
      '/targets/0: expected every finding'
    ]
  ])('refuses a report that fails the schema (%j), saying where', (change, problem) => {
    const text = JSON.stringify({ ...report([target('alpha')]), ...change });
    const error = errorOf(() => parseReportFile(text, 'bad.json'));
    expect(error.describe()).toContain(
      `bad.json: the report is not a tls-gate report (schema/report.schema.json): ${problem}`
    );
  });
});
