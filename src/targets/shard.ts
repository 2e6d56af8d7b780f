// Shards: `shard: K/N` scans a stable share of the targets, so N runners share a long list. A target belongs to
// the shard its name hashes to (names are unique within a run), never to a position in the list: adding or
// removing a target moves no other target from one shard to another.
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import type { Target } from '../model/report.js';

/** Shard `index` (1-based) of `count`. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** More shards than this is a typo: a matrix job has at most 256 entries. */
export const MAX_SHARDS = 256;

/** "K/N" with 1 <= K <= N <= MAX_SHARDS; `where` names the input or flag for the error. */
export function parseShardSpec(text: string, where: string): ShardSpec {
  const match = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new ConfigurationError(
      `${where} must be K/N, shard K of N with 1 <= K <= N <= ${MAX_SHARDS} (e.g. 2/3); got ${JSON.stringify(text)}`
    );
  }
  return { index, count };
}

/** The shard (1-based) of `count` that the target named `name` belongs to. */
export function shardOfName(name: string, count: number): number {
  // SHA-256, not a quick hash: the share must be the same on every runner and Node version, forever.
  const digest = createHash('sha256').update(name, 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The targets of shard `spec`, in the order named. */
export function targetsOfShard(targets: readonly Target[], spec: ShardSpec): Target[] {
  return targets.filter((target) => shardOfName(target.name, spec.count) === spec.index);
}
