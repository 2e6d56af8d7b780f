// The policy's clients rules against simulated results: must-connect failures carry the diagnosis and its fix,
// must-not-connect successes carry the lines that shut the client out.
import { describe, expect, it } from '@jest/globals';
import { evaluateClients, MOZILLA_OLDEST_CLIENTS, CLIENT_PROFILE_IDS } from '../../src/clients/evaluate.js';
import { evaluate } from '../../src/policy/index.js';
import type { ClientResult } from '../../src/model/report.js';
import { rules, server } from '../diagnose/fixtures.js';

const failing: ClientResult = {
  profile: 'java-8',
  connects: false,
  version: null,
  cipherSuite: null,
  group: null,
  alert: { level: 'fatal', description: 70, name: 'protocol_version' },
  diagnosis:
    'No common protocol version: java-8 speaks TLSv1.2, TLSv1.1, TLSv1.0; shop.test:443 speaks TLSv1.3.',
  fix: { nginx: ['ssl_protocols TLSv1.2 TLSv1.3;'] },
  reproduce: 'openssl s_client -connect 127.0.0.1:443'
};
const connecting: ClientResult = {
  profile: 'android-4.4',
  connects: true,
  version: 'TLSv1.0',
  cipherSuite: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  group: 'secp256r1',
  alert: null,
  diagnosis: null,
  reproduce: 'openssl s_client -connect 127.0.0.1:443'
};

function target() {
  const t = server({
    protocols: ['TLSv1.0', 'TLSv1.2', 'TLSv1.3'],
    suites: {
      'TLSv1.0': ['TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'],
      'TLSv1.2': ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256']
    }
  });
  t.clients = [failing, connecting];
  return t;
}

describe('evaluateClients', () => {
  it('reports client.cannot-connect for a must-connect client that fails, with its diagnosis and fix', () => {
    const [finding] = evaluateClients(target(), { mustConnect: ['java-8'], mustNotConnect: [] });
    expect(finding).toMatchObject({
      rule: 'client.cannot-connect',
      severity: 'error',
      fix: { nginx: ['ssl_protocols TLSv1.2 TLSv1.3;'] }
    });
    expect(finding!.message).toContain('java-8 cannot connect. No common protocol version');
  });

  it('reports client.can-connect for a must-not-connect client that gets in, and drops the versions only it needs', () => {
    // android-4.4 speaks TLS 1.0-1.2; removing TLS 1.0 and 1.2 leaves TLS 1.3, which it lacks.
    const [finding] = evaluateClients(target(), { mustConnect: [], mustNotConnect: ['android-4.4'] });
    expect(finding).toMatchObject({ rule: 'client.can-connect', severity: 'error' });
    expect(finding!.fix.nginx).toEqual(['ssl_protocols TLSv1.3;']);
  });

  it('gives a notice for a profile that was not simulated or does not exist', () => {
    const findings = evaluateClients(target(), {
      mustConnect: ['chrome-current', 'netscape-4'],
      mustNotConnect: []
    });
    expect(findings.map((f) => f.rule)).toEqual(['client.not-simulated', 'client.not-simulated']);
    expect(findings[1]!.message).toContain('not a known profile');
  });

  it("maps Mozilla's oldest clients to existing profiles", () => {
    for (const id of [...MOZILLA_OLDEST_CLIENTS.modern, ...MOZILLA_OLDEST_CLIENTS.intermediate])
      expect(CLIENT_PROFILE_IDS).toContain(id);
  });
});

describe('client findings in evaluate()', () => {
  it('evaluate() produces the clients, expectation and resumption findings of one target together', () => {
    const t = target();
    t.resumption = {
      sessionId: true,
      ticket: true,
      tls13Psk: true,
      acrossAddresses: false,
      addresses: ['127.0.0.1', '127.0.0.2']
    };
    const policy = rules((r) => (r.clients.mustConnect = ['java-8']));
    const { targets } = evaluate(
      [{ report: t, expect: { spkiSha256: ['not-the-key'] } }],
      { name: 'test', source: 'test', chain: [], rules: policy, notChecked: [] },
      { now: new Date(), failOn: 'error' }
    );
    const judged = targets[0]!.findings
      .map((f) => f.rule)
      .filter((rule) => /^(client|resumption)\.|^certificate\.unexpected$/.test(rule));
    expect(judged.sort()).toEqual([
      'certificate.unexpected',
      'client.cannot-connect',
      'resumption.inconsistent'
    ]);
  });
});
