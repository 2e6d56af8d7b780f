// `tls-gate diagnose` quotes certificate names the server sent (the issuer of an incomplete or untrusted chain).
// A real server whose CA is named with terminal escapes, a direction override and a workflow command: the
// diagnosis still names it, and no escape, override or command start reaches the terminal or the log.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestPki } from '../../src/testing/pki.js';
import { startNodeTlsServer, type RunningServer } from '../helpers/servers.js';
import { runCli } from './cli-io.js';

const HOSTILE_CA =
  'Evil CA \u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007\u001b[2J\u009b31m\u202eAC\r::error::pwned';

let server: RunningServer;

beforeAll(async () => {
  const pki = createTestPki();
  const root = await pki.root({ commonName: HOSTILE_CA, key: { type: 'ec', curve: 'P-256' } });
  const leaf = await pki.leaf(root, {
    commonName: 'localhost',
    key: { type: 'ec', curve: 'P-256' },
    dnsNames: ['localhost'],
    ipAddresses: ['127.0.0.1']
  });
  // Only the leaf is sent, and its CA is trusted by nobody: the diagnosis quotes the CA's name.
  server = await startNodeTlsServer({
    key: { certPem: leaf.certPem, keyPem: leaf.keyPem, certFile: '', keyFile: '' },
    minVersion: 'TLSv1.2',
    maxVersion: 'TLSv1.3'
  });
});

afterAll(async () => server?.stop());

describe('tls-gate diagnose against a server whose CA name is hostile', () => {
  it('names the CA with its controls encoded, and nothing raw reaches stdout', async () => {
    const run = await runCli([
      'diagnose',
      `127.0.0.1:${server.port}`,
      '--client',
      'openssl-3',
      '--timeout',
      '3000'
    ]);
    expect(run.stdout).toContain('Evil CA ');
    // The DN is RFC 4514-escaped (\;), then its controls percent-encoded as in the log.
    expect(run.stdout).toContain('%1B]8\\;\\;https://evil.example/%07click');
    expect(run.stdout).toContain('%C2%9B31m%E2%80%AEAC');
    for (const raw of ['\u001b', '\u0007', '\u009b', '\u202e', '\r']) expect(run.stdout).not.toContain(raw);
    for (const line of run.stdout.split('\n')) expect(line.trimStart()).not.toMatch(/^(::|##\[)/);
  });

  it('writes --json with C1 controls and direction marks as \\u escapes', async () => {
    const run = await runCli([
      'diagnose',
      `127.0.0.1:${server.port}`,
      '--client',
      'openssl-3',
      '--timeout',
      '3000',
      '--json'
    ]);
    for (const raw of ['\u001b', '\u0007', '\u009b', '\u202e', '\r']) expect(run.stdout).not.toContain(raw);
    expect(JSON.stringify(JSON.parse(run.stdout))).toContain('Evil CA');
  });
});
