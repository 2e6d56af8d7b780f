// npm run fuzz -- [--ci | --replies N] [--seed S] [--jobs N] [--per-run N] [--cli FILE] [--case I]
// Serves mutated replies to the real CLI and fails on exit 3, stack traces, runs over their deadline or memory
// bound, and healthy targets whose facts change beside hostile ones. docs/fuzzing.md explains it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCampaign, type Counts } from './campaign.js';
import { replayCase } from './replay.js';
import { captureFlights } from './capture.js';
import { reached, runDecoderCampaign } from './decoders.js';
import { startHealthyTargets } from './targets.js';

const { values } = parseArgs({
  options: {
    ci: { type: 'boolean', default: false },
    replies: { type: 'string' },
    seed: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    'per-run': { type: 'string', default: '100' },
    'max-seconds': { type: 'string' },
    cli: { type: 'string', default: 'dist/cli.js' },
    'rss-mb': { type: 'string', default: '256' },
    timeout: { type: 'string', default: '2000' },
    deadline: { type: 'string', default: '20000' },
    case: { type: 'string' },
    decoders: { type: 'string' },
    work: { type: 'string', default: 'build/fuzz-work' }
  }
});

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} needs a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

function printCounts(counts: Counts, failedRuns: number): void {
  const lines = [
    `replies served      ${counts.replies} (${(counts.replies / counts.seconds).toFixed(0)} replies/s over ${counts.seconds.toFixed(0)} s)`,
    `relayed             ${counts.relayed} connections passed to the real server before and between mutated replies`,
    `runs                ${counts.runs}`,
    `exit codes          ${Object.entries(counts.exitCodes)
      .map(([code, n]) => `${code}: ${n}`)
      .join(', ')}`,
    `stack traces        ${counts.stackTraces}`,
    `hangs               ${counts.hangs}`,
    `over-bound runs     ${counts.overRss} (peak RSS ${counts.peakRssMb.toFixed(0)} MB)`,
    `changed healthy     ${counts.healthyChanged}`,
    `other failures      ${counts.otherFailures}`,
    `harness errors      ${counts.harnessErrors}`,
    `failed runs         ${failedRuns}`
  ];
  console.log(lines.join('\n'));
}

async function main(): Promise<number> {
  const seed = values.seed ?? (values.ci ? 'ci' : String(Date.now()));
  const common = {
    seed,
    cli: path.resolve(values.cli!),
    rssBoundMb: integer('rss-mb', values['rss-mb'], 256),
    timeoutMs: integer('timeout', values.timeout, 2000),
    deadlineMs: integer('deadline', values.deadline, 20000),
    workDir: path.resolve(values.work!),
    log: (line: string) => console.log(line)
  };
  if (values.case !== undefined) return replayCase({ ...common, index: integer('case', values.case, 0) });
  if (values.decoders !== undefined) return decoderCampaign(seed, integer('decoders', values.decoders, 0));
  const replies = integer('replies', values.replies, 20000);
  // The CI campaign stops starting runs after 140 s, so a slow runner cannot push `npm test` past its budget;
  // the counts then say how many replies it reached.
  const maxSeconds = integer('max-seconds', values['max-seconds'], values.ci ? 140 : 0);
  console.log(
    `fuzz campaign: seed ${JSON.stringify(seed)}, ${replies} replies, cases logged to ${path.join(common.workDir, 'cases.log')}`
  );
  const { counts, failed } = await runCampaign({
    ...common,
    replies,
    jobs: integer('jobs', values.jobs, 2),
    hostilePerRun: integer('per-run', values['per-run'], 100),
    maxSeconds
  });
  writeFileSync(path.join(common.workDir, 'failures.json'), JSON.stringify({ seed, failed }, null, 2));
  printCounts(counts, failed.length);
  if (counts.replies < replies)
    console.log(`stopped at ${maxSeconds} s, ${replies - counts.replies} replies short of ${replies}`);
  if (failed.length) {
    console.log(`failed runs and their cases: ${path.join(common.workDir, 'failures.json')}`);
    console.log(`replay one case: npm run fuzz -- --seed ${JSON.stringify(seed)} --case INDEX`);
  }
  return failed.length || counts.harnessErrors ? 1 : 0;
}

/** The in-process campaign against the wire decoders (decoders.ts). */
async function decoderCampaign(seed: string, cases: number): Promise<number> {
  const healthy = await startHealthyTargets();
  let material;
  try {
    material = { certificates: { leaf: healthy.leaf }, captured: await captureFlights(healthy.capturePort) };
  } finally {
    await healthy.stop();
  }
  const started = Date.now();
  const bugs = runDecoderCampaign(seed, cases, material, (line) => console.log(line));
  console.log(`messages decoded: ${JSON.stringify(reached)}`);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `decoder campaign: seed ${JSON.stringify(seed)}, ${cases} cases in ${seconds.toFixed(0)} s, ${bugs.length} decoder bugs`
  );
  return bugs.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(2);
  }
);
