// The layer rules of .dependency-cruiser.mjs (run by `npm test` as `npm run deps`) bite: on a small tree laid out
// like src/, an import that runs back up a layer, a folder-level cycle, a folder without a rank and a module cycle
// are each reported, and the real src/ has none of them.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from '@jest/globals';

const run = promisify(execFile);
const root = resolve('.');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
const config = join(root, '.dependency-cruiser.mjs');
const trees: string[] = [];

/** Runs the project's rules over `files` (path under src/ -> source) and returns the violated rule names. */
async function violations(files: Record<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tls-gate-layers-'));
  trees.push(dir);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext' } }));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'src', path)), { recursive: true });
    writeFileSync(join(dir, 'src', path), source);
  }
  const result = await run(depcruise, ['src', '--config', config, '--output-type', 'json'], {
    cwd: dir
  }).catch((error: { stdout: string }) => error);
  const summary = JSON.parse(result.stdout) as { summary: { violations: { rule: { name: string } }[] } };
  return summary.summary.violations.map((violation) => violation.rule.name).sort();
}

afterAll(() => trees.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('layer rules', () => {
  it('accept imports that run down the layers', async () => {
    expect(
      await violations({
        'model/report.ts': 'export type X = 1;\n',
        'wire/alert.ts': "import type { X } from '../model/report.js';\nexport const a: X = 1;\n",
        'policy/evaluate.ts': "import { a } from '../wire/alert.js';\nexport const b = a;\n"
      })
    ).toEqual([]);
  });

  it('report a fact layer importing a judgement layer', async () => {
    expect(
      await violations({
        'policy/rules.ts': 'export const r = 1;\n',
        'scan/engine.ts': "import { r } from '../policy/rules.js';\nexport const e = r;\n"
      })
    ).toEqual(['fact-imports-judgement-or-output', 'layer-scan']);
  });

  it('report the upward half of a folder-level cycle', async () => {
    expect(
      await violations({
        'policy/rules.ts': "import { d } from '../diagnose/index.js';\nexport const r = d;\n",
        'diagnose/index.ts':
          "import { r } from '../policy/rules.js';\nexport const d = 1;\nexport const s = r;\n"
      })
    ).toEqual(['layer-diagnose', 'no-circular']);
  });

  it('report a folder that has no rank', async () => {
    expect(
      await violations({
        'model/report.ts': 'export type X = 1;\n',
        'gadgets/thing.ts': "import type { X } from '../model/report.js';\nexport const t: X = 1;\n"
      })
    ).toEqual(['folder-without-a-layer']);
  });

  it('find nothing in src/', async () => {
    const result = await run(depcruise, ['src', '--config', config, '--output-type', 'json'], { cwd: root });
    const summary = JSON.parse(result.stdout) as { summary: { violations: unknown[]; totalCruised: number } };
    expect(summary.summary.violations).toEqual([]);
    expect(summary.summary.totalCruised).toBeGreaterThan(150);
  });
});
