// The certificate reports analyzeCertificates produces, good and bad, are valid against the public report
// schema (schema/report.schema.json) once placed in a report.
import { describe, expect, it } from '@jest/globals';
import { analyzeCertificates, trustStoreFromPem } from '../../src/certs/index.js';
import {
  emptyProtocols,
  SCHEMA_VERSION,
  type CertificateReport,
  type Report
} from '../../src/model/report.js';
import { createOcspResponse } from '../../src/testing/ocsp-response.js';
import { createTestPki } from '../../src/testing/pki.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';

function reportWith(certificate: CertificateReport): Report {
  const at = new Date().toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'tls-gate', version: '0.0.0' },
    startedAt: at,
    finishedAt: at,
    policy: null,
    verdict: 'pass',
    summary: { targets: 1, errors: 0, warnings: 0, notices: 0 },
    targets: [
      {
        name: 'app.test:443',
        host: 'app.test',
        port: 443,
        address: '127.0.0.1',
        sni: 'app.test',
        status: 'ok',
        error: null,
        protocols: emptyProtocols(),
        cipherSuites: {},
        serverPreference: {},
        groups: [],
        keyExchange: { dhBits: null, preferredGroup: null, tls13Groups: [], tls12Groups: [] },
        certificate,
        handshakes: 1,
        durationMs: 1,
        findings: [],
        verdict: 'pass'
      }
    ]
  };
}

describe('certificate reports against the report schema', () => {
  it('accepts full, empty and unparsable-certificate reports', async () => {
    const now = new Date();
    const pki = createTestPki({ now, defaultKey: { type: 'ec', curve: 'P-256' } });
    const root = await pki.root();
    const intermediate = await pki.intermediate(root);
    const leaf = await pki.leaf(intermediate, {
      commonName: 'app.test',
      mustStaple: true,
      ocspUrls: ['http://o.test']
    });
    const other = await pki.leaf(intermediate, { commonName: 'default.test', key: { type: 'ed25519' } });
    const base = {
      host: 'app.test',
      sni: 'app.test',
      readOver: 'TLSv1.3' as const,
      trust: trustStoreFromPem(root.certPem),
      now
    };
    const reports = [
      analyzeCertificates({
        ...base,
        chain: [leaf.der, intermediate.der, root.der],
        ocspResponse: createOcspResponse({ certificate: leaf, issuer: intermediate, status: 'good' }),
        noSniChain: [other.der],
        alternateChains: [[other.der, intermediate.der]]
      }),
      analyzeCertificates({ ...base, chain: [], ocspResponse: null, noSniChain: null, alternateChains: [] }),
      analyzeCertificates({
        ...base,
        chain: [Buffer.from('junk'), intermediate.der.subarray(0, 50)],
        ocspResponse: Buffer.from('junk'),
        noSniChain: null,
        alternateChains: []
      })
    ];
    for (const report of reports) expect(reportSchemaErrors(reportWith(report))).toEqual([]);
    expect(reports[2]!.ocsp?.status).toBe('unparsed');
  });
});
