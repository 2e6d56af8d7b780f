import { expect, it } from '@jest/globals';
import { extendDeadline } from '../../src/scan/deadline.js';

it('moves the deadline on by a wait at a gate', () => {
  const limits = { timeoutMs: 1000, deadline: 10_000, latestDeadline: 20_000 };
  extendDeadline(limits, 2500);
  expect(limits.deadline).toBe(12_500);
});

it('never moves it past the latest deadline, however long the waits add up to', () => {
  const limits = { timeoutMs: 1000, deadline: 10_000, latestDeadline: 20_000 };
  for (let i = 0; i < 100; i++) extendDeadline(limits, 1000);
  expect(limits.deadline).toBe(20_000);
});
