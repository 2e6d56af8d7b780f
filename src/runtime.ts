// V8 flags the scanner runs with, applied by re-executing the process (process.execve, Node >= 22.15 / 23.11)
// before anything else is loaded: the semi-space size is fixed when the heap is created
// (v8.setFlagsFromString after start-up moved a fleet's peak by 20 MB, not 90).
//
// Why: a fleet scan allocates fast and keeps little (a heap snapshot at 65 MB used held 19 MB live), and V8
// sizes both generations for the allocation rate, not for what is live.
// - 8 MB semi-spaces: Node 24's young generation otherwise grows far beyond the live data. 1000 loopback
//   targets peaked at 302-324 MB on Node 24 against 232 MB with them in the same benchmark.
// - heap growth 20 % (V8's default is dynamic, up to 100 %): the old generation is collected before it doubles.
//   1000 nginx ports, Node 24, every check: 237-258 MB with the semi-spaces alone, 194-198 MB with both, in the
//   same time (14-18 s either way on this machine).
// Node 20 has no execve; there the same flags set at run time (before the scan allocates) bring the same fleet
// from 232-270 MB to 207-209 MB.
import v8 from 'node:v8';

export const V8_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--heap-growing-percent=20'];

/** Set to 0 to run without the flags (to measure them, or where re-executing is unwelcome). */
export const V8_FLAGS_ENV = 'TLS_GATE_V8_FLAGS';

/** Above this many targets on the command line, a run is a fleet (a `--targets` file or stdin may be one). */
const FEW_TARGETS = 16;

/** Whether CLI arguments may name a fleet: a targets file, targets on stdin, or many targets. */
export function mayScanMany(argv: readonly string[]): boolean {
  if (argv.some((arg) => arg === '--targets' || arg.startsWith('--targets=') || arg === '-')) return true;
  return argv.filter((arg) => !arg.startsWith('-')).length > FEW_TARGETS + 1;
}

type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

/** Re-executes this process with V8_FLAGS unless it runs with them (or the user chose a semi-space size). */
export function relaunchWithV8Flags(): void {
  if (process.env[V8_FLAGS_ENV] === '0') return;
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  if (given.includes('--max-semi-space-size')) return;
  const execve = (process as { execve?: Execve }).execve;
  const script = process.argv[1];
  if (typeof execve !== 'function' || script === undefined) return setAtRunTime();
  try {
    execve.call(
      process,
      process.execPath,
      [process.execPath, ...V8_FLAGS, ...process.execArgv, script, ...process.argv.slice(2)],
      process.env
    );
  } catch {
    // A platform without execve (Windows): the flags only bound memory, so run time is good enough.
    setAtRunTime();
  }
}

/** Without execve (Node 20): the flags set now, before the scan allocates, still steer the collector. */
function setAtRunTime(): void {
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
}
