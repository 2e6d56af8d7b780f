import { expect, it } from '@jest/globals';
import { parseExpiryDays } from '../../src/settings/index.js';

const names = { warn: '--warn-days', fail: '--fail-days' };

it('is undefined when neither is given, so the policy keeps its own thresholds', () => {
  expect(parseExpiryDays({ warn: undefined, fail: '' }, names)).toBeUndefined();
});

it('reads either or both, as whole days', () => {
  expect(parseExpiryDays({ warn: '30', fail: undefined }, names)).toEqual({ warnDays: 30 });
  expect(parseExpiryDays({ warn: '30', fail: '7' }, names)).toEqual({ warnDays: 30, failDays: 7 });
  expect(parseExpiryDays({ warn: undefined, fail: '0' }, names)).toEqual({ failDays: 0 });
});

it.each(['-1', '1.5', 'soon', '3651'])('refuses %j, saying what is expected', (text) => {
  expect(() => parseExpiryDays({ warn: text, fail: undefined }, names)).toThrow(
    `--warn-days must be a whole number of days from 0 to 3650; got ${JSON.stringify(text)}`
  );
});

it('refuses fail-days above warn-days', () => {
  expect(() => parseExpiryDays({ warn: '7', fail: '30' }, names)).toThrow(
    '--fail-days (30) is more than --warn-days (7)'
  );
});
