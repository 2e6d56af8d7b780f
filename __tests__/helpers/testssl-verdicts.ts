// testssl.sh (Debian package `testssl`) as the independent anchor of the vulnerability checks: run with only the
// flags a test needs, on an IP literal with no DNS lookups (--ip, --nodns none), its JSON read back as a map from
// finding id (heartbleed, CCS, secure_renego, ...) to its severity and words. Absent testssl: null, and the caller
// skips visibly.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './servers.js';

export interface TestsslVerdict {
  severity: string;
  finding: string;
}

export function testsslBinary(): string | null {
  for (const candidate of ['/usr/bin/testssl', '/usr/bin/testssl.sh'])
    if (existsSync(candidate)) return candidate;
  return null;
}

/** Runs testssl.sh against 127.0.0.1:port with `flags` (e.g. ['-H', '-I']); resolves with its findings by id. */
export function runTestssl(
  port: number,
  flags: string[],
  host = '127.0.0.1'
): Promise<Map<string, TestsslVerdict>> {
  const binary = testsslBinary();
  if (!binary) throw new Error('testssl is not installed');
  const json = path.join(tempDir('tls-gate-testssl-'), 'out.json');
  const args = ['--quiet', '--color', '0', '--nodns', 'none', '--warnings', 'off', '--jsonfile', json];
  args.push('--ip', host, ...flags, `${host}:${port}`);
  return new Promise((resolve, reject) => {
    execFile(binary, args, { timeout: 600_000 }, (error) => {
      if (!existsSync(json))
        return reject(new Error(`testssl wrote no JSON (${error?.message ?? 'no error'})`));
      let findings: { id: string; severity: string; finding: string }[];
      try {
        findings = JSON.parse(readFileSync(json, 'utf8')) as typeof findings;
      } catch {
        return reject(new Error(`testssl did not finish its JSON (${error?.message ?? 'no error'})`));
      }
      resolve(new Map(findings.map((f) => [f.id, { severity: f.severity, finding: f.finding }])));
    });
  });
}

/** testssl's words for "not vulnerable": severity OK or INFO. */
export const testsslSaysOk = (verdict: TestsslVerdict | undefined): boolean =>
  verdict !== undefined && (verdict.severity === 'OK' || verdict.severity === 'INFO');

/** testssl's words for "vulnerable": severity LOW and up, with VULNERABLE in the finding. */
export const testsslSaysVulnerable = (verdict: TestsslVerdict | undefined): boolean =>
  verdict !== undefined && /vulnerable/i.test(verdict.finding) && !/not vulnerable/i.test(verdict.finding);
