import { readFileSync } from 'node:fs';
import { TOOL_VERSION } from '../src/version.js';

test('the version the reports carry is the package version', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  expect(TOOL_VERSION).toBe(pkg.version);
});
