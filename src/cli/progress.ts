// Progress of `tls-gate scan` on stderr. On a terminal: a live area below the finished lines, one row per target
// in flight with the check it is running and for how long (a silent server shows its wait ticking), redrawn in
// place. Elsewhere (CI logs, a pipe): one plain line per finished target, nothing else. Both print the same
// finished line (src/report/progress-line.ts), with the target's verdict; target names are untrusted and shown with
// their control characters as escapes.
import { finishedTargetLine } from '../report/progress-line.js';
import { visibleControls } from '../report/escape.js';
import type { TargetReport } from '../model/report.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  onProgress(targetName: string, checkName: string): void;
  onTargetDone(target: TargetReport): void;
  /** Erases the live area and stops its clock; call once the scan has ended (or failed). */
  stop(): void;
}

interface InFlight {
  check: string;
  /** When this check started: a silent server shows its wait growing. */
  since: number;
}

/** Most targets shown in the live area; the rest are counted on one more row. */
const LIVE_ROWS = 8;
const REDRAW_MS = 250;
const SPINNER = ['|', '/', '-', '\\'];

export function createProgress(stream: ProgressStream, total: number, options: { live: boolean }): Progress {
  let done = 0;
  const finished = (target: TargetReport): string =>
    visibleControls(finishedTargetLine(target, (done += 1), total));
  if (!options.live) {
    return {
      onProgress: () => undefined,
      onTargetDone: (target) => void stream.write(`${finished(target)}\n`),
      stop: () => undefined
    };
  }
  return liveProgress(stream, finished);
}

function liveProgress(stream: ProgressStream, finished: (target: TargetReport) => string): Progress {
  const inFlight = new Map<string, InFlight>();
  let drawn = 0;
  let tick = 0;
  const erase = (): void => {
    // To the start of the first row drawn, then clear to the end of the screen.
    if (drawn > 0) stream.write(`\u001b[${drawn}F\u001b[J`);
    drawn = 0;
  };
  const draw = (): void => {
    const width = Math.max(20, (stream.columns ?? 80) - 1); // a wrapped row would break the count of rows
    const now = Date.now();
    const rows = [...inFlight].slice(0, LIVE_ROWS).map(([name, { check, since }]) => {
      const seconds = ((now - since) / 1000).toFixed(1);
      return `  ${SPINNER[tick % SPINNER.length]} ${visibleControls(name)}: ${check} (${seconds} s)`.slice(
        0,
        width
      );
    });
    if (inFlight.size > LIVE_ROWS) rows.push(`  …and ${inFlight.size - LIVE_ROWS} more in flight`);
    if (rows.length > 0) stream.write(`${rows.join('\n')}\n`);
    drawn = rows.length;
  };
  const timer = setInterval(() => {
    tick += 1;
    erase();
    draw();
  }, REDRAW_MS);
  timer.unref();
  return {
    onProgress(targetName, checkName) {
      inFlight.set(targetName, { check: checkName, since: Date.now() });
      erase();
      draw();
    },
    onTargetDone(target) {
      inFlight.delete(target.name);
      erase();
      stream.write(`${finished(target)}\n`);
      draw();
    },
    stop() {
      clearInterval(timer);
      erase();
    }
  };
}
