// Shards: which targets `shard: K/N` scans. The share is a function of each target's name and N alone, so a
// runner scans the same targets whatever else the list holds.
import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import type { Target } from '../../src/model/report.js';
import {
  MAX_SHARDS,
  parseShardSpec,
  parseTargetArgument,
  shardOfName,
  targetsOfShard
} from '../../src/targets/index.js';

const targets = (count: number, prefix = 'host'): Target[] =>
  Array.from({ length: count }, (_, i) => parseTargetArgument(`${prefix}${i}.example:443`));

const names = (list: Target[]): string[] => list.map((target) => target.name);

describe('parseShardSpec', () => {
  it('reads K/N as shard K of N, spaces allowed', () => {
    expect(parseShardSpec('2/3', '--shard')).toEqual({ index: 2, count: 3 });
    expect(parseShardSpec(' 1 / 1 ', '--shard')).toEqual({ index: 1, count: 1 });
    expect(parseShardSpec(`${MAX_SHARDS}/${MAX_SHARDS}`, '--shard')).toEqual({
      index: MAX_SHARDS,
      count: MAX_SHARDS
    });
  });

  it.each(['0/3', '4/3', 'x/y', '3', '1/0', '-1/3', '1.5/3', '', `1/${MAX_SHARDS + 1}`])(
    'refuses %j, naming the flag and the form expected',
    (text) => {
      const run = () => parseShardSpec(text, '--shard');
      expect(run).toThrow(ConfigurationError);
      expect(run).toThrow(`--shard must be K/N, shard K of N with 1 <= K <= N <= ${MAX_SHARDS}`);
      expect(run).toThrow(`got ${JSON.stringify(text)}`);
    }
  );
});

describe('targetsOfShard', () => {
  it('puts every target in exactly one shard, each shard keeping the order named', () => {
    const all = targets(60);
    const shards = [1, 2, 3].map((index) => targetsOfShard(all, { index, count: 3 }));
    expect(
      shards
        .flat()
        .map((t) => t.name)
        .sort()
    ).toEqual(names(all).sort());
    for (const shard of shards) {
      expect(names(shard)).toEqual(names(all).filter((name) => names(shard).includes(name)));
      // A hash spreads 60 names over 3 shards: none is empty, none holds nearly all.
      expect(shard.length).toBeGreaterThan(5);
      expect(shard.length).toBeLessThan(40);
    }
  });

  it('moves no target when another is added or removed: the share depends on the name alone', () => {
    const before = targets(30);
    const after = [...targets(5, 'new'), ...before.slice(1)];
    for (const index of [1, 2, 3, 4]) {
      const kept = names(targetsOfShard(before, { index, count: 4 })).filter((n) => n !== before[0]!.name);
      const now = names(targetsOfShard(after, { index, count: 4 })).filter((n) => !n.startsWith('new'));
      expect(now).toEqual(kept);
    }
  });

  it('is the same on every runner: the shard of a name is fixed by SHA-256', () => {
    // SHA-256("example.com:443") starts 2d 92 75 2e: 0x2d92752e % 7 = 4, shard 5. Pinned: a change of hash
    // would move targets between the shards of runs already set up.
    expect(shardOfName('example.com:443', 7)).toBe(5);
    expect(shardOfName('example.com:443', 1)).toBe(1);
  });

  it('may leave a shard empty when there are fewer targets than shards', () => {
    const all = targets(2);
    const sizes = [1, 2, 3, 4, 5, 6, 7, 8].map((index) => targetsOfShard(all, { index, count: 8 }).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(2);
    expect(sizes).toContain(0);
  });
});
