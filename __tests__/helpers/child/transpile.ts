// The TypeScript sources as plain JavaScript in a temporary folder, for a child process that must measure its own
// memory: a loader that transpiles at import time would weigh the compiler into the measurement. Each file is
// transpiled alone (typescript's transpileModule, no type check: jest and tsc do that); JSON files are copied and
// node_modules is linked, so imports resolve as they do in the repository. Once per test process.
import {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  copyFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

function emit(source: string, outRoot: string): void {
  const target = join(outRoot, relative(ROOT, source));
  mkdirSync(dirname(target), { recursive: true });
  if (source.endsWith('.json')) return copyFileSync(source, target);
  if (!source.endsWith('.ts')) return;
  const output = ts.transpileModule(readFileSync(source, 'utf8'), {
    fileName: source,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
      isolatedModules: true
    }
  });
  writeFileSync(target.replace(/\.ts$/, '.js'), output.outputText);
}

let transpiled: string | null = null;

/** The folder holding src/ and __tests__/helpers/child/ as JavaScript (made on first use). */
export function transpiledTree(): string {
  if (transpiled) return transpiled;
  const out = mkdtempSync(join(tmpdir(), 'tls-gate-child-'));
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'));
  for (const file of filesUnder(join(ROOT, 'src'))) emit(file, out);
  for (const file of filesUnder(join(ROOT, '__tests__/helpers/child'))) emit(file, out);
  transpiled = out;
  return out;
}
