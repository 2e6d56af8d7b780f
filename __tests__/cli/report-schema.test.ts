import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { REPORT_SCHEMA, expectValidReport, reportSchemaErrors } from '../helpers/report-schema.js';
import { sampleReport, sampleTarget, unreachableTarget } from './sample-report.js';
import { STARTTLS_PROTOCOLS } from '../../src/model/report.js';

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

  it("accepts each STARTTLS protocol of the model, or null, as a target's starttls, and nothing else", () => {
    for (const starttls of [...STARTTLS_PROTOCOLS, null]) {
      expectValidReport(sampleReport([sampleTarget({ starttls })]));
    }
    expect(reportSchemaErrors(sampleReport([sampleTarget({ starttls: 'smtps' as never })]))).toContainEqual(
      expect.stringMatching(/^\/targets\/0\/starttls: must be equal to one of the allowed values/)
    );
  });

  it('rejects an unknown protocol name in cipherSuites', () => {
    const target = sampleTarget({ cipherSuites: { 'TLSv1.4': ['X'] } as never });
    expect(reportSchemaErrors(sampleReport([target]))).not.toEqual([]);
  });

  it('accepts the facts a scan could not settle, and rejects an unknown reason code', () => {
    const fact = { fact: 'cipherSuites:TLSv1.2', code: 'THROTTLED', reason: 'the server throttled the scan' };
    expectValidReport(sampleReport([sampleTarget({ incomplete: [fact] })]));
    expect(
      reportSchemaErrors(sampleReport([sampleTarget({ incomplete: [{ ...fact, code: 'FLAKY' }] })]))
    ).toContainEqual(expect.stringMatching(/^\/targets\/0\/incomplete\/0\/code: /));
  });

  it('rejects a finding with a bad severity or without fix', () => {
    const [finding] = sampleTarget().findings;
    expect(
      reportSchemaErrors(
        sampleReport([sampleTarget({ findings: [{ ...finding, severity: 'fatal' as never }] })])
      )
    ).not.toEqual([]);
    const noFix: Record<string, unknown> = { ...finding };
    delete noFix.fix;
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
  it('declares every field of the data model (a closed copy of the schema accepts a report using them all)', () => {
    // Close every object schema that lists properties: an undeclared field then fails validation.
    const close = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(close);
      if (typeof node !== 'object' || node === null) return node;
      const copy: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node))
        copy[key] =
          key === 'properties'
            ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, close(v)]))
            : close(value);
      if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
      return copy;
    };
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(close(REPORT_SCHEMA) as object);
    const target = sampleTarget();
    target.clients = [
      {
        ...target.clients![0],
        connects: false,
        alert: { level: 'fatal', description: 40, name: 'handshake_failure' },
        diagnosis: 'no common cipher suite',
        fix: { nginx: ['ssl_ciphers X;'] },
        reproduce: 'openssl s_client'
      }
    ];
    target.findings[0].waiver = { rule: 'cipher.not-allowed', reason: 'legacy clients', until: '2027-01-01' };
    const report = JSON.parse(JSON.stringify(sampleReport([target])));
    expect(validate(report) ? [] : validate.errors).toEqual([]);
    report.targets[0].certificate.chain[0].bogus = 1;
    expect(validate(report)).toBe(false);
  });
});
