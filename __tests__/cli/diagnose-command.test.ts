// `tls-gate diagnose` end to end, in-process, against openssl s_server on loopback: the person in the seed asks
// why a client fails and gets the cause, the fix and the reproduce command.
import { afterAll, describe, expect, it } from '@jest/globals';
import { CLIENT_PROFILES } from '../../src/clients/profiles/index.js';
import { runCli } from './cli-io.js';
import { cleanupTempDirs, selfSigned, startOpensslServer, type KeyPair } from '../helpers/servers.js';

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  cleanupTempDirs();
});

let rsa: KeyPair | null = null;
const key = (): KeyPair => (rsa ??= selfSigned({ key: 'rsa', cn: 'localhost' }));

async function server(options: Parameters<typeof startOpensslServer>[0]): Promise<number> {
  const started = await startOpensslServer({ key: key(), ...options });
  stops.push(() => started.stop());
  return started.port;
}

describe('tls-gate diagnose', () => {
  it('explains why Java 8 fails against a TLS 1.3-only server, with the nginx fix and an s_client command', async () => {
    const port = await server({ versions: ['-tls1_3'] });
    const run = await runCli([
      'diagnose',
      `127.0.0.1:${port}`,
      '--client',
      'java-8',
      '--ca-file',
      key().certFile
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`127.0.0.1:${port} (127.0.0.1) - java-8: cannot connect`);
    expect(run.stdout).toContain('observed: the server answered with alert 70 (protocol_version)');
    expect(run.stdout).toContain(
      'cause: No common protocol version: java-8 speaks TLSv1.2, TLSv1.1, TLSv1.0;'
    );
    expect(run.stdout).toMatch(/fix \(nginx\): +ssl_protocols TLSv1\.2 TLSv1\.3;/);
    expect(run.stdout).toMatch(
      /reproduce: openssl s_client -connect 127\.0\.0\.1:\d+ -noservername -min_protocol TLSv1 -max_protocol TLSv1\.2/
    );
  });

  it('reports a custom client (--tls 1.2 --ciphers) that connects, exit 0', async () => {
    const port = await server({ versions: ['-tls1_2'], cipher: 'ECDHE-RSA-AES128-GCM-SHA256' });
    const run = await runCli([
      'diagnose',
      `127.0.0.1:${port}`,
      '--tls',
      '1.2',
      '--ciphers',
      'ECDHE-RSA-AES128-GCM-SHA256',
      '--ca-file',
      key().certFile
    ]);
    expect(run.stdout).toContain(
      'custom client: connects with TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 over x25519'
    );
    expect(run.code).toBe(0);
  });

  it('names no common cipher suite for a custom client offering only CBC, and no compliant fix under the default policy', async () => {
    const port = await server({ versions: ['-tls1_2'], cipher: 'ECDHE-RSA-AES128-GCM-SHA256' });
    const run = await runCli([
      'diagnose',
      `127.0.0.1:${port}`,
      '--tls',
      '1.2',
      '--ciphers',
      'ECDHE-RSA-AES128-SHA',
      '--ca-file',
      key().certFile
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('alert 40 (handshake_failure)');
    expect(run.stdout).toContain('cause: No common cipher suite at TLSv1.2');
    expect(run.stdout).toContain(
      'nearest pair: TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA (client) and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 (server), differing in mode CBC vs GCM, MAC HMAC-SHA1 vs AEAD'
    );
    // mozilla-intermediate (the default policy) allows no CBC suite.
    expect(run.stdout).toContain(
      'No policy-compliant fix: every TLSv1.2 suite custom client offers is refused (TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA: not in cipher-suites.allowed). Upgrade the client.'
    );
  });

  it('proposes the server lines under a policy that allows the client suite (mozilla-old)', async () => {
    const port = await server({ versions: ['-tls1_2'], cipher: 'ECDHE-RSA-AES128-GCM-SHA256' });
    const run = await runCli([
      'diagnose',
      `127.0.0.1:${port}`,
      '--tls',
      '1.2',
      '--ciphers',
      'ECDHE-RSA-AES128-SHA',
      '--policy',
      'mozilla-old',
      '--ca-file',
      key().certFile
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /fix \(nginx\): +ssl_ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA;/
    );
    expect(run.stdout).toMatch(
      /fix \(HAProxy\): +ssl-default-bind-ciphers ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA/
    );
  });

  it('says the target cannot be scanned when nothing listens', async () => {
    const port = await server({});
    await stops.pop()!();
    const run = await runCli(['diagnose', `127.0.0.1:${port}`, '--client', 'openssl-3', '--timeout', '1000']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('cannot be scanned');
  });

  it('rejects an unknown profile as a usage error naming the known ones', async () => {
    const run = await runCli(['diagnose', '127.0.0.1:1', '--client', 'netscape-4']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown profile "netscape-4"; known: openssl-1.0.2');
  });

  it('lists the client profiles', async () => {
    const run = await runCli(['diagnose', '--list-clients']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean).length).toBe(22);
    expect(run.stdout).toMatch(/^windows-7 +Windows 7 Schannel/m);
    // One line per profile, each starting with its id, in the registry's order.
    expect(
      run.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/ +/)[0])
    ).toEqual(CLIENT_PROFILES.map((profile) => profile.id));
  });
});
