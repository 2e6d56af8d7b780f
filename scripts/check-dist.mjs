// Proves that dist/ is exactly what the sources build to: builds into a temporary folder and compares
// every file with the committed dist/. Exits 1 with the differing files listed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function listFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files;
}

const fresh = mkdtempSync(join(tmpdir(), 'tls-gate-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const expected = new Set(listFiles(fresh).map((f) => relative(fresh, f)));
  const actual = new Set(listFiles('dist').map((f) => relative('dist', f)));
  const problems = [];
  for (const f of expected) {
    if (!actual.has(f)) problems.push(`missing from dist/: ${f}`);
    else if (!readFileSync(join(fresh, f)).equals(readFileSync(join('dist', f))))
      problems.push(`differs: dist/${f}`);
  }
  for (const f of actual) if (!expected.has(f)) problems.push(`not produced by the build: dist/${f}`);
  if (problems.length > 0) {
    console.error(
      `dist/ does not match the sources (run "npm run build" and commit dist/):\n  ${problems.join('\n  ')}`
    );
    process.exit(1);
  }
  console.log(`check-dist: dist/ matches the sources (${expected.size} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
