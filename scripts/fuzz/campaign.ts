// The campaign: captured flights and healthy targets at start, their facts scanned alone, then CLI runs, each
// against a fresh set of hostile listeners plus the healthy targets, until the wanted number of replies has
// been served. Every run is judged (judge.ts); the counts are what the campaign reports.
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import path from 'node:path';
import { captureFlights } from './capture.js';
import type { CaseMaterial } from './case.js';
import { runCli, writePeakRssHook } from './cli-run.js';
import { facts, judgeHealthy, judgeRun, type Failure } from './judge.js';
import { FuzzServer } from './server.js';
import { startHealthyTargets, type HealthyTargets } from './targets.js';

export interface CampaignOptions {
  seed: string;
  replies: number;
  jobs: number;
  hostilePerRun: number;
  /** Start no run after this many seconds (0: no limit). */
  maxSeconds: number;
  cli: string;
  rssBoundMb: number;
  timeoutMs: number;
  deadlineMs: number;
  workDir: string;
  log: (line: string) => void;
}

export interface Counts {
  replies: number;
  /** Connections relayed to the real server (not counted as replies). */
  relayed: number;
  runs: number;
  exitCodes: Record<string, number>;
  stackTraces: number;
  hangs: number;
  overRss: number;
  healthyChanged: number;
  otherFailures: number;
  /** Cases the harness failed to build: its own bugs. */
  harnessErrors: number;
  peakRssMb: number;
  seconds: number;
}

export interface FailedRun {
  run: number;
  failures: Failure[];
  /** Case indices served during the run, by hostile port. */
  cases: Record<number, number[]>;
}

export async function runCampaign(
  options: CampaignOptions
): Promise<{ counts: Counts; failed: FailedRun[] }> {
  mkdirSync(options.workDir, { recursive: true });
  const hook = writePeakRssHook(options.workDir);
  const caseLog = createWriteStream(path.join(options.workDir, 'cases.log'));
  const healthy = await startHealthyTargets();
  const started = Date.now();
  const counts: Counts = {
    replies: 0,
    relayed: 0,
    runs: 0,
    exitCodes: {},
    stackTraces: 0,
    hangs: 0,
    overRss: 0,
    healthyChanged: 0,
    otherFailures: 0,
    harnessErrors: 0,
    peakRssMb: 0,
    seconds: 0
  };
  const failed: FailedRun[] = [];
  try {
    const material: CaseMaterial = {
      certificates: { leaf: healthy.leaf },
      captured: await captureFlights(healthy.capturePort)
    };
    options.log(
      `captured ${material.captured.length} real flights (${material.captured.map((f) => f.name).join(', ')}) from ${healthy.captureFrom}`
    );
    const casesByPort = new Map<number, number[]>();
    const server = new FuzzServer({
      seed: options.seed,
      material,
      onRelay: () => counts.relayed++,
      onServe: (served) => {
        counts.replies++;
        casesByPort.get(served.port)?.push(served.index);
        caseLog.write(`${served.index}\t${served.port}\t${served.labels.join(' ')}\n`);
      },
      onHarnessError: (index, error) => {
        counts.harnessErrors++;
        options.log(
          `harness error in case ${index}: ${error instanceof Error ? error.stack : String(error)}`
        );
      }
    });
    const scanArgs = [
      '--format',
      'json',
      '--timeout',
      String(options.timeoutMs),
      '--deadline',
      String(options.deadlineMs),
      '--no-aia'
    ];
    const runDeadline = options.deadlineMs * 2 + 15_000;
    const baseline = await scanAlone(options, hook, healthy, scanArgs, runDeadline);
    let runNumber = 0;
    const worker = async (): Promise<void> => {
      const timeLeft = (): boolean => !options.maxSeconds || Date.now() - started < options.maxSeconds * 1000;
      while (counts.replies < options.replies && timeLeft()) {
        const run = ++runNumber;
        // Half the hostile targets start as a real server (relayed to nginx), then turn hostile: the scanner
        // goes on enumerating them, so mutated replies reach its later probes too. A third answer every hello
        // with one case (consistent), the others with a new case per connection.
        const listeners = await Promise.all(
          Array.from({ length: options.hostilePerRun }, (_, i) =>
            server.listen(i % 2 ? { port: healthy.capturePort, first: 1 + (i % 7) } : undefined, i % 3 === 0)
          )
        );
        for (const l of listeners) casesByPort.set(l.port, []);
        const text = run % 3 === 0;
        const output = path.join(options.workDir, `run-${run}.out`);
        const targets = [...listeners.map((l) => `127.0.0.1:${l.port}`), ...healthy.targets];
        const args = ['scan', ...targets, ...scanArgs, '--concurrency', String(targets.length)];
        if (text) args.splice(args.indexOf('json'), 1, 'text');
        else args.push('--output', output);
        const result = await runCli({
          cli: options.cli,
          hook,
          args,
          deadlineMs: runDeadline,
          rssFile: path.join(options.workDir, `rss-${run}`)
        });
        await Promise.all(listeners.map((l) => l.close()));
        const failures = judgeRun(result, options.rssBoundMb, text);
        if (!text && !result.overDeadline) failures.push(...judgeHealthy(readOrEmpty(output), baseline));
        // A failed run's report is kept beside failures.json, to read what the scan said of the healthy targets.
        if (failures.length > 0 && !text && existsSync(output))
          renameSync(output, path.join(options.workDir, `failed-run-${run}.json`));
        else rmSync(output, { force: true });
        tally(counts, result.exitCode, result.peakRssMb, failures);
        const cases = Object.fromEntries(listeners.map((l) => [l.port, casesByPort.get(l.port) ?? []]));
        for (const l of listeners) casesByPort.delete(l.port);
        if (failures.length) {
          failed.push({ run, failures, cases });
          // Written at once, so a long campaign stopped early still names the cases of its failed runs.
          const failuresFile = path.join(options.workDir, 'failures.json');
          writeFileSync(failuresFile, JSON.stringify({ seed: options.seed, failed }, null, 2));
          options.log(`run ${run}: ${failures.map((f) => `${f.kind}: ${f.detail}`).join('\n    ')}`);
        }
        if (run % 10 === 0) options.log(progress(counts, started));
      }
    };
    await Promise.all(Array.from({ length: options.jobs }, worker));
    await server.close();
  } finally {
    await healthy.stop();
    caseLog.end();
  }
  counts.seconds = (Date.now() - started) / 1000;
  return { counts, failed };
}

async function scanAlone(
  options: CampaignOptions,
  hook: string,
  healthy: HealthyTargets,
  scanArgs: string[],
  deadlineMs: number
) {
  const baseline = new Map<string, string>();
  for (const target of healthy.targets) {
    const output = path.join(options.workDir, 'baseline.json');
    const result = await runCli({
      cli: options.cli,
      hook,
      args: ['scan', target, ...scanArgs, '--output', output],
      deadlineMs,
      rssFile: path.join(options.workDir, 'rss-baseline')
    });
    const report = JSON.parse(readOrEmpty(output) || 'null') as {
      targets: { name: string; status: string }[];
    } | null;
    const scanned = report?.targets.find((t) => t.name === target);
    if (!scanned || scanned.status !== 'ok')
      throw new Error(
        `the healthy target ${target} does not scan cleanly alone (exit ${result.exitCode}): ${result.stderr}`
      );
    baseline.set(target, facts(scanned));
  }
  return baseline;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function tally(counts: Counts, exitCode: number | null, peakRssMb: number, failures: Failure[]): void {
  counts.runs++;
  const code = String(exitCode ?? 'killed');
  counts.exitCodes[code] = (counts.exitCodes[code] ?? 0) + 1;
  counts.peakRssMb = Math.max(counts.peakRssMb, peakRssMb);
  for (const failure of failures) {
    if (failure.kind === 'stack-trace') counts.stackTraces++;
    else if (failure.kind === 'over-deadline') counts.hangs++;
    else if (failure.kind === 'over-rss') counts.overRss++;
    else if (failure.kind === 'healthy-changed') counts.healthyChanged++;
    else if (failure.kind !== 'exit-3') counts.otherFailures++;
  }
}

export function progress(counts: Counts, started: number): string {
  const seconds = (Date.now() - started) / 1000;
  const exits = Object.entries(counts.exitCodes)
    .map(([code, n]) => `${code}:${n}`)
    .join(' ');
  return (
    `${counts.replies} replies (${(counts.replies / seconds).toFixed(1)}/s), ${counts.relayed} relayed, ${counts.runs} runs, ` +
    `exits ${exits}, stack traces ${counts.stackTraces}, hangs ${counts.hangs}, over RSS ${counts.overRss} ` +
    `(peak ${counts.peakRssMb.toFixed(0)} MB), healthy changed ${counts.healthyChanged}, other ${counts.otherFailures}, ` +
    `harness errors ${counts.harnessErrors}`
  );
}
