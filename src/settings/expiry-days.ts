// `warn-days` / `fail-days` (action) and `--warn-days` / `--fail-days` (CLI), read the same way by both.
import { ConfigurationError } from '../errors.js';
import type { ExpiryDays } from './run-settings-type.js';

export interface ExpiryDaysText {
  warn: string | undefined;
  fail: string | undefined;
}

/** Whole days from 0 to 3650; fail-days no more than warn-days. Empty or absent: the policy's own. */
export function parseExpiryDays(
  given: ExpiryDaysText,
  names: { warn: string; fail: string }
): ExpiryDays | undefined {
  const days = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined || value.trim() === '') return undefined;
    const number = /^\d{1,4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
    if (!(number <= 3650)) {
      const shown = value.length <= 64 ? JSON.stringify(value) : `a value of ${value.length} characters`;
      throw new ConfigurationError(`${name} must be a whole number of days from 0 to 3650; got ${shown}`);
    }
    return number;
  };
  const warnDays = days(names.warn, given.warn);
  const failDays = days(names.fail, given.fail);
  if (warnDays === undefined && failDays === undefined) return undefined;
  if (warnDays !== undefined && failDays !== undefined && failDays > warnDays) {
    throw new ConfigurationError(
      `${names.fail} (${failDays}) is more than ${names.warn} (${warnDays}); a certificate warns from ${names.warn} days left and fails from ${names.fail}`
    );
  }
  return { ...(warnDays !== undefined ? { warnDays } : {}), ...(failDays !== undefined ? { failDays } : {}) };
}
