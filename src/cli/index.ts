import module from 'node:module';
import { mayScanMany, relaunchWithV8Flags } from '../runtime.js';

// First of all, before the bundle is compiled: the heap's size is fixed when the process starts (runtime.ts).
// Only for a run that may scan many targets: re-executing costs a second start of Node (about 90 ms on a busy
// runner), which a one-host scan would pay for memory it never uses.
if (mayScanMany(process.argv.slice(2))) relaunchWithV8Flags();

// Start-up is dominated by V8 compiling the bundle. Node >= 22.1 can keep the compiled code in a cache on disk
// (os.tmpdir()/node-compile-cache, or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), as npm does;
// it must be enabled before the rest of the CLI is imported, hence the dynamic import below. Feature-detected:
// Node 20 has no such API and simply compiles every time.
const enableCompileCache = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
if (typeof enableCompileCache === 'function') {
  try {
    enableCompileCache();
  } catch {
    // a cache that cannot be written only costs speed
  }
}

const { main } = await import('./main.js');

// `tls-gate scan ... | head`: a reader that goes away is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
