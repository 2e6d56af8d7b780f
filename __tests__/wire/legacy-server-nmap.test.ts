// Fidelity of the fake legacy server, judged by an independent client: nmap's ssl-enum-ciphers builds its own
// ClientHellos (no OpenSSL, no code of ours) and must see exactly the versions, suites and order configured.
import { describe, expect, test, afterEach } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { startLegacyServer, type LegacyServer } from '../helpers/legacy-server.js';
import { suiteByCode } from '../../src/registry/index.js';

function nmapAvailable(): boolean {
  try {
    execFileSync('nmap', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const haveNmap = nmapAvailable();
if (!haveNmap)
  console.warn('legacy server nmap cross-check skipped: nmap is not on the PATH (apt-get install nmap)');

interface NmapView {
  versions: Record<string, { suites: string[]; preference: string | null }>;
}

/** Parses the ssl-enum-ciphers block of nmap's normal output. */
function parseNmap(output: string): NmapView {
  const view: NmapView = { versions: {} };
  let current: string | null = null;
  for (const line of output.split('\n')) {
    const version = /^\|\s{3}(SSLv3|TLSv1\.[0-3]):\s*$/.exec(line);
    if (version) {
      current = version[1]!;
      view.versions[current] = { suites: [], preference: null };
      continue;
    }
    if (!current) continue;
    const suite = /^\|\s+(TLS_\w+) \(/.exec(line);
    if (suite) view.versions[current]!.suites.push(suite[1]!);
    const preference = /cipher preference: (\w+)/.exec(line);
    if (preference) view.versions[current]!.preference = preference[1]!;
  }
  return view;
}

async function nmap(port: number): Promise<NmapView> {
  // '+' runs the script whatever nmap guesses the service is; async so the server in this process can answer.
  const { stdout } = await promisify(execFile)(
    'nmap',
    ['-Pn', '-n', '-p', String(port), '--script', '+ssl-enum-ciphers', '127.0.0.1'],
    { encoding: 'utf8', timeout: 60_000 }
  );
  return parseNmap(stdout);
}

let server: LegacyServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const names = (codes: number[]): string[] => codes.map((c) => suiteByCode(c)!.iana!);

(haveNmap ? describe : describe.skip)('legacy server seen by nmap ssl-enum-ciphers', () => {
  test('SSLv3 + TLS 1.0 with RC4, EXPORT, 3DES and DHE in server order: nmap sees exactly that', async () => {
    const suites = [0x0004, 0x0005, 0x000a, 0x0003, 0x0033];
    server = await startLegacyServer({
      versions: ['SSLv3', 'TLSv1.0'],
      suites,
      order: 'server',
      dhBits: 1024
    });
    const view = await nmap(server.port);
    expect(Object.keys(view.versions).sort()).toEqual(['SSLv3', 'TLSv1.0']);
    for (const version of ['SSLv3', 'TLSv1.0']) {
      expect(view.versions[version]!.suites).toEqual(names(suites));
      expect(view.versions[version]!.preference).toBe('server');
    }
  }, 90_000);

  test('TLS 1.1 + 1.2 in client order: nmap sees client preference and the TLS 1.2-only suite only in TLS 1.2', async () => {
    const suites = [0x009c, 0x002f, 0x0035, 0xc013];
    server = await startLegacyServer({ versions: ['TLSv1.1', 'TLSv1.2'], suites, order: 'client' });
    const view = await nmap(server.port);
    expect(Object.keys(view.versions).sort()).toEqual(['TLSv1.1', 'TLSv1.2']);
    expect(view.versions['TLSv1.2']!.suites.sort()).toEqual(names(suites).sort());
    expect(view.versions['TLSv1.1']!.suites.sort()).toEqual(names([0x002f, 0x0035, 0xc013]).sort());
    expect(view.versions['TLSv1.2']!.preference).toBe('client');
  }, 90_000);

  test('SSLv2: nmap sslv2 decodes our SERVER-HELLO and lists exactly the configured cipher kinds', async () => {
    server = await startLegacyServer({
      versions: ['SSLv2'],
      suites: [0x010080, 0x0700c0, 0x020080],
      order: 'server'
    });
    const { stdout } = await promisify(execFile)(
      'nmap',
      ['-Pn', '-n', '-p', String(server.port), '--script', '+sslv2', '127.0.0.1'],
      { encoding: 'utf8', timeout: 60_000 }
    );
    expect(stdout).toContain('SSLv2 supported');
    const ciphers = [...stdout.matchAll(/\|_?\s+(SSL2_\w+)/g)].map((m) => m[1]);
    // nmap's names for SSL_CK_RC4_128_WITH_MD5, SSL_CK_DES_192_EDE3_CBC_WITH_MD5, SSL_CK_RC4_128_EXPORT40_WITH_MD5
    expect(ciphers).toEqual([
      'SSL2_RC4_128_WITH_MD5',
      'SSL2_DES_192_EDE3_CBC_WITH_MD5',
      'SSL2_RC4_128_EXPORT40_WITH_MD5'
    ]);
  }, 90_000);
});
