// npm run fuzz: compiles the harness (scripts/fuzz/*.ts and the src/ modules it builds replies with) into
// build/fuzz with the project's TypeScript, then runs it. The CLI it drives is the built dist/cli.js.
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

execFileSync(resolve('node_modules/.bin/tsc'), ['-p', 'scripts/fuzz/tsconfig.json'], { stdio: 'inherit' });
const result = spawnSync(process.execPath, ['build/fuzz/scripts/fuzz/main.js', ...process.argv.slice(2)], {
  stdio: 'inherit'
});
process.exit(result.status ?? 1);
