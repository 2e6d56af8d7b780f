// Durations as people write them: `500ms`, `10s`, `2m`, on the CLI and in the action alike. A bare number keeps
// the unit each entry point always had (milliseconds on the CLI, seconds in the action's `timeout`), so existing
// command lines and workflows read the same; defaults are printed with their unit.
import { ConfigurationError } from '../errors.js';

export type DurationUnit = 'ms' | 's' | 'm';

const MS_PER_UNIT: Record<DurationUnit, number> = { ms: 1, s: 1000, m: 60_000 };

export interface DurationSpec {
  /** How the input is named in messages: `--timeout`, `input timeout`. */
  name: string;
  /** The unit of a bare number. */
  bareUnit: DurationUnit;
  minMs: number;
  maxMs: number;
}

/** `10s` for 10000, `1m` for 60000, `1500ms` for 1500: the shortest exact form. */
export function formatDuration(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/** Milliseconds, or a ConfigurationError saying what was expected (the caller adds where it was written). */
export function parseDuration(text: string, spec: DurationSpec): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(text.trim());
  const unit = (match?.[2]?.toLowerCase() ?? spec.bareUnit) as DurationUnit;
  const ms = match ? Math.round(Number(match[1]) * MS_PER_UNIT[unit]) : NaN;
  if (!Number.isFinite(ms) || ms < spec.minMs || ms > spec.maxMs) {
    const bare = { ms: 'milliseconds', s: 'seconds', m: 'minutes' }[spec.bareUnit];
    const shown = text.length <= 64 ? JSON.stringify(text) : `a value of ${text.length} characters`;
    throw new ConfigurationError(
      `${spec.name} must be a duration such as 500ms, 10s or 2m (a bare number is ${bare}), ` +
        `from ${formatDuration(spec.minMs)} to ${formatDuration(spec.maxMs)}; got ${shown}`
    );
  }
  return ms;
}
