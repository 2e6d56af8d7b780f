// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js, started through dist/cli.js) with ncc.
// Usage: node scripts/build.mjs [outDir]   (default: dist). check-dist builds into a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';

const outDir = resolve(process.argv[2] ?? 'dist');
const ncc = resolve('node_modules/.bin/ncc');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

function bundle(entry, out) {
  execFileSync(ncc, ['build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  });
}

bundle('src/action/index.ts', outDir);
bundle('src/cli/index.ts', join(outDir, 'cli'));

// A stable, short entry point for people and for package.json "bin".
const cliShim = join(outDir, 'cli.js');
writeFileSync(
  cliShim,
  "#!/usr/bin/env node\n// Entry point of the tls-gate CLI; the bundle is in ./cli/.\nimport './cli/index.js';\n"
);
chmodSync(cliShim, 0o755);
