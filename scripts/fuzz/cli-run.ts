// Runs the real CLI (the built dist/cli.js) as a child process and measures what the campaign judges: exit
// status, output, wall time against a deadline, and peak RSS (the child's own high-water mark, VmHWM, written by a
// preloaded hook on exit and polled from /proc for a child that never reaches its exit).
//
// Not getrusage's maxRSS: a forked child starts with a copy of its parent's pages, and Linux carries that copy's
// RSS into the child's maxRSS through exec. A harness at 400 MB made every CLI it started report 383 MB while
// the CLI itself never passed 140 MB (the long campaigns' "over-RSS" runs). VmHWM is the high-water mark of the
// process image since its last exec, which is the CLI's own.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { onInterrupt } from './cleanup.js';

export interface CliRun {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** Killed at the deadline. */
  overDeadline: boolean;
  peakRssMb: number;
  /** CPU time the child used (user + system, from /proc, as last polled): a starved run uses little, a spinning one all. */
  cpuMs: number;
}

const PRELOAD = `process.on('exit', () => {
  try {
    const fs = require('node:fs');
    const hwm = /VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    fs.writeFileSync(process.env.FUZZ_PEAK_RSS_FILE, hwm ? hwm[1] : String(process.resourceUsage().maxRSS));
  } catch {}
});
`;

/** Writes the exit hook that reports the child's peak RSS (VmHWM, in KiB) into `dir`; returns its path. */
export function writePeakRssHook(dir: string): string {
  const file = path.join(dir, 'peak-rss-hook.cjs');
  writeFileSync(file, PRELOAD);
  return file;
}

/** utime + stime of the process, in ms (clock ticks of 10 ms). */
function cpuTimeMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function highWaterMarkKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export async function runCli(options: {
  cli: string;
  hook: string;
  args: string[];
  deadlineMs: number;
  rssFile: string;
}): Promise<CliRun> {
  rmSync(options.rssFile, { force: true });
  const started = Date.now();
  const child = spawn(process.execPath, ['--require', options.hook, options.cli, ...options.args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FUZZ_PEAK_RSS_FILE: options.rssFile, NODE_OPTIONS: '' }
  });
  const forget = onInterrupt(() => child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  let polledKb = 0;
  let cpuMs = 0;
  const poll = setInterval(() => {
    polledKb = Math.max(polledKb, highWaterMarkKb(child.pid!));
    cpuMs = Math.max(cpuMs, cpuTimeMs(child.pid!));
  }, 100);
  let overDeadline = false;
  const kill = setTimeout(() => {
    overDeadline = true;
    child.kill('SIGKILL');
  }, options.deadlineMs);
  const [exitCode, signal] = await new Promise<[number | null, string | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig]))
  );
  clearInterval(poll);
  clearTimeout(kill);
  forget();
  const hookKb = existsSync(options.rssFile) ? Number(readFileSync(options.rssFile, 'utf8')) : 0;
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    durationMs: Date.now() - started,
    overDeadline,
    peakRssMb: Math.max(hookKb, polledKb) / 1024,
    cpuMs
  };
}
