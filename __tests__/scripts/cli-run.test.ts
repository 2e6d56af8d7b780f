// The fuzz harness's measure of a CLI run's memory (scripts/fuzz/cli-run.ts) is the CLI's own: a child forked
// from a harness that holds a lot of memory must not report the harness's pages as its peak.
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, writePeakRssHook } from '../../scripts/fuzz/cli-run.js';
import { cleanupTempDirs, tempDir } from '../helpers/servers.js';

afterAll(cleanupTempDirs);

describe('a CLI run', () => {
  it("reports the child's own peak RSS, not the RSS of the process that started it", async () => {
    const dir = tempDir();
    const script = path.join(dir, 'small.js');
    writeFileSync(script, 'setTimeout(() => undefined, 50);\n');
    // 300 MB of touched pages in this process: a fork copies them into the child's RSS until it execs.
    const ballast = Buffer.alloc(300 * 1024 * 1024, 1);
    const run = await runCli({
      cli: script,
      hook: writePeakRssHook(dir),
      args: [],
      deadlineMs: 30_000,
      rssFile: path.join(dir, 'rss')
    });
    expect(ballast[ballast.length - 1]).toBe(1);
    expect(run.exitCode).toBe(0);
    expect(run.peakRssMb).toBeGreaterThan(10);
    expect(run.peakRssMb).toBeLessThan(150);
  });
});
