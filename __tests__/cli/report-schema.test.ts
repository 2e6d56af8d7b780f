import { describe, expect, it } from '@jest/globals';
import { expectValidReport, reportSchemaErrors } from '../helpers/report-schema.js';
import { sampleReport, sampleTarget, unreachableTarget } from './sample-report.js';

describe('schema/report.schema.json', () => {
  it('accepts a report with every field filled', () => {
    expectValidReport(sampleReport());
  });

  it('accepts a target that could not be scanned, without optional fields', () => {
    expectValidReport(sampleReport([unreachableTarget()]));
  });

  it('rejects a report missing a required top-level field', () => {
    const report: Record<string, unknown> = { ...sampleReport() };
    delete report.finishedAt;
    expect(reportSchemaErrors(report)).toEqual([
      expect.stringMatching(/^\/: must have required property 'finishedAt'/)
    ]);
  });

  it('rejects a target missing a required field', () => {
    const target: Record<string, unknown> = { ...sampleTarget() };
    delete target.handshakes;
    expect(reportSchemaErrors({ ...sampleReport(), targets: [target] })).toEqual([
      expect.stringMatching(/^\/targets\/0: must have required property 'handshakes'/)
    ]);
  });

  it('rejects a value outside an enum', () => {
    expect(reportSchemaErrors(sampleReport([sampleTarget({ status: 'down' as never })]))).toContainEqual(
      expect.stringMatching(/^\/targets\/0\/status: must be equal to one of the allowed values/)
    );
    expect(reportSchemaErrors({ ...sampleReport(), verdict: 'ok' })).toContainEqual(
      expect.stringMatching(/^\/verdict: /)
    );
  });

  it('rejects an unknown protocol name in cipherSuites', () => {
    const target = sampleTarget({ cipherSuites: { 'TLSv1.4': ['X'] } as never });
    expect(reportSchemaErrors(sampleReport([target]))).not.toEqual([]);
  });

  it('rejects a finding with a bad severity or without fix', () => {
    const [finding] = sampleTarget().findings;
    expect(
      reportSchemaErrors(
        sampleReport([sampleTarget({ findings: [{ ...finding, severity: 'fatal' as never }] })])
      )
    ).not.toEqual([]);
    const { fix: _fix, ...noFix } = finding;
    expect(reportSchemaErrors(sampleReport([sampleTarget({ findings: [noFix as never] })]))).toContainEqual(
      expect.stringMatching(/must have required property 'fix'/)
    );
  });

  it('rejects a target that failed without saying why', () => {
    const target = sampleTarget({ status: 'error', error: null });
    expect(reportSchemaErrors(sampleReport([target]))).not.toEqual([]);
  });

  it('rejects a port out of range and a wrong schemaVersion', () => {
    expect(reportSchemaErrors(sampleReport([sampleTarget({ port: 0 })]))).not.toEqual([]);
    expect(reportSchemaErrors({ ...sampleReport(), schemaVersion: 2 })).not.toEqual([]);
  });
});
