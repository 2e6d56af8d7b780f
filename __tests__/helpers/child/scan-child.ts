// A scan in a process of its own, for what only a separate process can show: its peak memory. Reads a ScanJob
// (JSON) from argv[2], scans, and prints one JSON line: each target's facts and the process's peak RSS (VmHWM).
// Started by scan-child-run.ts through register.mjs (the TypeScript sources, untranspiled on disk).
import { readFileSync } from 'node:fs';
import { loadTrustStore } from '../../../src/certs/index.js';
import type { Target, TargetReport } from '../../../src/model/report.js';
import { scanTargets } from '../../../src/scan/index.js';

export interface ScanJob {
  targets: Target[];
  timeoutMs: number;
  targetDeadlineMs: number;
  concurrency: number;
  perTargetConcurrency: number;
  perAddressConcurrency?: number;
}

/** What a test compares across runs: the facts, not timings or handshake counts. */
export type ChildFacts = Pick<
  TargetReport,
  'name' | 'status' | 'error' | 'protocols' | 'cipherSuites' | 'serverPreference' | 'groups' | 'incomplete'
> & { leaf: string | null };

function peakRssBytes(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kib ? Number(kib) * 1024 : process.resourceUsage().maxRSS * 1024;
}

const job = JSON.parse(process.argv[2]!) as ScanJob;
const reports = await scanTargets(job.targets, {
  timeoutMs: job.timeoutMs,
  targetDeadlineMs: job.targetDeadlineMs,
  concurrency: job.concurrency,
  perTargetConcurrency: job.perTargetConcurrency,
  ...(job.perAddressConcurrency ? { perAddressConcurrency: job.perAddressConcurrency } : {}),
  trust: await loadTrustStore({}),
  now: new Date(),
  aia: false
});
const facts: ChildFacts[] = reports.map((r) => ({
  name: r.name,
  status: r.status,
  error: r.error,
  protocols: r.protocols,
  cipherSuites: r.cipherSuites,
  serverPreference: r.serverPreference,
  groups: r.groups,
  incomplete: r.incomplete,
  leaf: r.certificate?.chain[0]?.sha256Fingerprint ?? null
}));
process.stdout.write(`${JSON.stringify({ facts, peakRssBytes: peakRssBytes() })}\n`);
