// The report schema's `vulnerabilities` entries for the checks that fill them here (robot, hsts).
import { describe, expect, it } from '@jest/globals';
import type { VulnerabilityResult } from '../../src/model/report.js';
import { expectValidReport, reportSchemaErrors } from '../helpers/report-schema.js';
import { sampleReport, sampleTarget } from './sample-report.js';

const withVulnerabilities = (vulnerabilities: Record<string, unknown>) =>
  sampleReport([sampleTarget({ vulnerabilities } as never)]);

describe('schema/report.schema.json: vulnerabilities', () => {
  it('accepts robot and hsts results with their evidence, reason and details', () => {
    const robot: VulnerabilityResult = {
      status: 'vulnerable',
      evidence: 'TLSv1.2, 2 rounds; valid: alert bad_record_mac (20), then closed',
      reason: null,
      details: { version: 'TLSv1.2', rounds: 2, differFromValid: ['wrong-first-bytes'] }
    };
    const hsts: VulnerabilityResult = {
      status: 'not-applicable',
      evidence: 'GET / (Host: example.test): answered "220"',
      reason: 'the server does not speak HTTP over TLS'
    };
    expectValidReport(withVulnerabilities({ robot, hsts }));
  });

  it('rejects an unknown status, and an unknown or not-applicable result without its reason', () => {
    expect(
      reportSchemaErrors(
        withVulnerabilities({ robot: { status: 'potentially', evidence: '', reason: null } })
      )
    ).not.toEqual([]);
    expect(
      reportSchemaErrors(withVulnerabilities({ hsts: { status: 'unknown', evidence: 'x', reason: null } }))
    ).not.toEqual([]);
    expect(reportSchemaErrors(withVulnerabilities({ robot: { status: 'ok', evidence: 'x' } }))).not.toEqual(
      []
    );
  });
});
