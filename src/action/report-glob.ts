// The action's `merge` input: glob patterns (one per line) naming the shard reports, relative to the workspace,
// as actions/download-artifact leaves them (e.g. `reports/*/tls-gate-report.json`). `*` and `?` match within a
// path segment, `**` any number of segments. A small matcher of our own: Node's fs.glob is not in Node 20.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** More files than this under the pattern's base is a pattern gone wrong (`**` over a checkout's node_modules). */
const MOST_ENTRIES_WALKED = 100_000;

/** The files (absolute, sorted) under `base` matching `pattern`; the pattern is relative to `base`. */
export async function filesMatching(base: string, pattern: string): Promise<string[]> {
  const segments = pattern.split('/').filter((segment) => segment !== '' && segment !== '.');
  const fixed = segments.findIndex(hasWildcard);
  const root = join(base, ...(fixed < 0 ? segments : segments.slice(0, fixed)));
  const matcher = globRegExp(segments.join('/'));
  const files: string[] = [];
  for (const file of await walk(root)) {
    if (matcher.test(relative(base, file).split('\\').join('/'))) files.push(file);
  }
  return files.sort();
}

function hasWildcard(segment: string): boolean {
  return /[*?[]/.test(segment);
}

/** `**` any segments, `*` any characters but "/", `?` one character but "/"; everything else literally. */
export function globRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (pattern.startsWith('**/', i)) {
      source += '(?:[^/]+/)*';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Every regular file under `root` (or `root` itself when it is one); a missing root has none. */
async function walk(root: string): Promise<string[]> {
  const files: string[] = [];
  const pending = [root];
  let walked = 0;
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => null);
    if (entries === null) {
      if (dir === root) files.push(root);
      continue;
    }
    for (const entry of entries) {
      if (++walked > MOST_ENTRIES_WALKED) return files;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return files;
}
