// V8 flags the scanner runs with, applied by re-executing the process (process.execve, Node >= 22.15 / 23.11)
// before anything else is loaded: they size the heap at start-up and cannot be changed once it exists
// (v8.setFlagsFromString after start-up moved a fleet's peak by 20 MB, not 90).
//
// Why: under a fleet scan's allocation rate, Node 24's V8 grows the young generation's semi-spaces far beyond
// what the live data needs. 1000 loopback targets peaked at 302-324 MB on Node 24 against 232 MB with 8 MB
// semi-spaces in the same benchmark (and 253 → 135 MB on an idle machine); its time is not yet measured on an
// idle machine (on a loaded one, 63 s without, 63-79 s with). Node 20
// (no execve) already stays at about 150 MB and runs as it is.
export const V8_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

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
  if (typeof execve !== 'function' || script === undefined) return;
  try {
    execve.call(
      process,
      process.execPath,
      [process.execPath, ...V8_FLAGS, ...process.execArgv, script, ...process.argv.slice(2)],
      process.env
    );
  } catch {
    // A platform without execve (Windows) runs as it is: the flags only bound memory.
  }
}
