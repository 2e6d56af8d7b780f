// Replays one case: every connection of one scan gets case INDEX of the seed's campaign, beside the healthy
// targets, judged as a campaign run is. The case's labels say what it is made of.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { captureFlights } from './capture.js';
import { runCli, writePeakRssHook } from './cli-run.js';
import { judgeRun } from './judge.js';
import { FuzzServer } from './server.js';
import { startHealthyTargets } from './targets.js';

export async function replayCase(options: {
  seed: string;
  index: number;
  cli: string;
  rssBoundMb: number;
  timeoutMs: number;
  deadlineMs: number;
  workDir: string;
  log: (line: string) => void;
}): Promise<number> {
  mkdirSync(options.workDir, { recursive: true });
  const healthy = await startHealthyTargets();
  try {
    const material = {
      certificates: { leaf: healthy.leaf },
      captured: await captureFlights(healthy.capturePort)
    };
    const labels = new Set<string>();
    const server = new FuzzServer({
      seed: options.seed,
      material,
      onlyCase: options.index,
      onServe: (s) => labels.add(s.labels.join(' ')),
      onHarnessError: (_, error) => options.log(`harness error: ${String(error)}`)
    });
    const listener = await server.listen();
    const args = [
      'scan',
      `127.0.0.1:${listener.port}`,
      '--timeout',
      String(options.timeoutMs),
      '--deadline',
      String(options.deadlineMs),
      '--no-aia'
    ];
    options.log(
      `case ${options.index} of seed ${JSON.stringify(options.seed)} on 127.0.0.1:${listener.port}: node ${path.relative(process.cwd(), options.cli)} ${args.join(' ')}`
    );
    const run = await runCli({
      cli: options.cli,
      hook: writePeakRssHook(options.workDir),
      args,
      deadlineMs: options.deadlineMs * 2 + 15_000,
      rssFile: path.join(options.workDir, 'rss-replay')
    });
    await server.close();
    for (const label of labels) options.log(`served: ${label}`);
    options.log(
      `exit ${run.exitCode}, ${run.durationMs} ms (${run.cpuMs} ms CPU), peak RSS ${run.peakRssMb.toFixed(0)} MB`
    );
    options.log(run.stdout + run.stderr);
    const failures = judgeRun(run, options.rssBoundMb, true);
    for (const failure of failures) options.log(`FAIL ${failure.kind}: ${failure.detail}`);
    return failures.length ? 1 : 0;
  } finally {
    await healthy.stop();
  }
}
