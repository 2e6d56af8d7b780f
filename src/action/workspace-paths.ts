// Whether a path lies inside the workspace, judged on real paths: a symbolic link in the checkout that points at
// /etc/passwd is outside, and so is "../../..". A path that does not exist yet is judged by the real path of
// its nearest existing folder (its own absence is reported by whoever reads it).
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';

export function isInside(workspace: string, path: string): boolean {
  const rel = relative(realPath(workspace), realPath(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}
