// `npm run demo`: runs `tls-gate demo` from the committed bundle (dist/cli.js), so it works right after
// `npm ci` with no build step. Extra arguments are passed on (e.g. `npm run demo -- --out demo-output`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write(`tls-gate demo: ${cli} is missing; run \`npm run build\` first.\n`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [cli, 'demo', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
