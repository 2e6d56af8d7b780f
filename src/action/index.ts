import { relaunchWithV8Flags } from '../runtime.js';

// Before the action's bundle is loaded: the heap's size is fixed when the process starts (runtime.ts).
relaunchWithV8Flags();
const { run } = await import('./main.js');
await run();
