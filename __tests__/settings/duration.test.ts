import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from '../../src/settings/index.js';

const cli = { name: '--timeout', bareUnit: 'ms', minMs: 1, maxMs: 600_000 } as const;
const action = { name: 'input timeout', bareUnit: 's', minMs: 100, maxMs: 300_000 } as const;

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['10s', 10_000],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['10 s', 10_000],
    ['10S', 10_000],
    ['750', 750]
  ])('reads %s as %d ms on the CLI (a bare number is milliseconds)', (text, ms) => {
    expect(parseDuration(text, cli)).toBe(ms);
  });

  it('reads a bare number as seconds where the entry point always did (the action)', () => {
    expect(parseDuration('2.5', action)).toBe(2500);
  });

  it.each(['', 's', '-1', '1e3', '10h', '10 seconds', '0', '11m'])(
    'refuses %j with the range and forms',
    (text) => {
      expect(() => parseDuration(text, cli)).toThrow(
        `--timeout must be a duration such as 500ms, 10s or 2m (a bare number is milliseconds), from 1ms to 10m; got ${JSON.stringify(text)}`
      );
    }
  );

  it('never quotes a long value', () => {
    expect(() => parseDuration('9'.repeat(100), cli)).toThrow(/got a value of 100 characters$/);
  });
});

describe('formatDuration', () => {
  it.each([
    [500, '500ms'],
    [1500, '1500ms'],
    [10_000, '10s'],
    [90_000, '90s'],
    [60_000, '1m'],
    [3_600_000, '60m']
  ])('writes %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
