// Runs scan-child.ts (transpiled, see transpile.ts) in a child process, optionally under a V8 heap limit, and
// returns what it printed: each target's facts and the child's peak RSS.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import type { ChildFacts, ScanJob } from './scan-child.js';
import { transpiledTree } from './transpile.js';

export interface ChildScan {
  facts: ChildFacts[];
  peakRssBytes: number;
}

export function scanInChild(job: ScanJob, options: { maxOldSpaceMb?: number } = {}): Promise<ChildScan> {
  const script = join(transpiledTree(), '__tests__/helpers/child/scan-child.js');
  const args = [
    ...(options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : []),
    script,
    JSON.stringify(job)
  ];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`the scan child failed: ${error.message}\n${stderr}`));
        resolve(JSON.parse(stdout) as ChildScan);
      }
    );
  });
}
