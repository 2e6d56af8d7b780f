// The npm package is the CLI users get with `npx tls-gate`: what `npm pack` ships, and that the shipped CLI runs
// with nothing installed beside it (dist/ bundles every runtime dependency), against a real server on loopback.
import { afterAll, expect, test } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, selfSigned, startNodeTlsServer, tempDir } from './helpers/servers.js';

interface PackedFile {
  path: string;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
  private?: boolean;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
};

afterAll(cleanupTempDirs);

function runNode(args: string[], cwd: string): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, encoding: 'utf8' }, (error, stdout) =>
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout })
    );
  });
}

function packInto(dir: string): string {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' });
  const [{ filename }] = JSON.parse(out) as { filename: string }[];
  return path.join(dir, filename);
}

test('the package is publishable and needs no runtime dependencies (dist/ bundles them)', () => {
  expect(pkg.private).toBeUndefined();
  expect(pkg.bin['tls-gate']).toBe('dist/cli.js');
  expect(pkg.dependencies ?? {}).toEqual({});
});

test('npm pack ships the bundles, the action, the schemas and the licence, and neither sources nor tests', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' });
  const files = (JSON.parse(out) as { files: PackedFile[] }[])[0].files.map((file) => file.path);
  expect(files).toEqual(
    expect.arrayContaining([
      'dist/cli.js',
      'dist/cli/index.js',
      'dist/index.js',
      'action.yml',
      'schema/report.schema.json',
      'LICENSE',
      'README.md',
      'package.json'
    ])
  );
  expect(files.filter((file) => /^(src|__tests__|scripts|docs)\//.test(file))).toEqual([]);
});

test('the packed CLI, unpacked alone, scans a loopback server', async () => {
  const dir = tempDir('tls-gate-pack-');
  const tarball = packInto(dir);
  const unpacked = path.join(dir, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const cli = path.join(unpacked, 'package', pkg.bin['tls-gate']);
  expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toContain(
    pkg.version
  );

  const server = await startNodeTlsServer({ key: selfSigned(), minVersion: 'TLSv1.3' });
  try {
    // Asynchronously: the server lives in this process and must keep answering while the CLI runs.
    const run = await runNode(
      [cli, 'scan', `127.0.0.1:${server.port}`, '--format', 'json', '--no-aia'],
      unpacked
    );
    // 1: the gate fails on the self-signed certificate; the report is on stdout either way.
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { targets: { protocols: Record<string, boolean> }[] };
    expect(report.targets[0].protocols).toMatchObject({ 'TLSv1.3': true, 'TLSv1.2': false });
  } finally {
    await server.stop();
  }
}, 60_000);
