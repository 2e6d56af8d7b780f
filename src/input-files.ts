// The one way a user's file (targets file, policy file and its `extends`, CA file, stdin) is read. A path can
// name anything: /dev/zero, a FIFO nobody writes to, a directory, a 10 GiB log. Each is refused with a
// ConfigurationError that names the file and what was expected, before it is buffered (Node's own readFile
// would read /dev/zero until "RangeError: Invalid string length", and block forever on a FIFO).
import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ConfigurationError } from './errors.js';

const MiB = 1024 * 1024;

/** The most a file of each kind may hold: far above any real one, far below what harms a runner. */
export const INPUT_FILE_LIMITS = {
  'targets file': 4 * MiB,
  'policy file': 4 * MiB,
  // The system bundles of Debian or Fedora are about 200 KiB.
  'CA file': 8 * MiB,
  // A shard's JSON report (tls-gate merge): a few KiB per target, findings and chains included.
  'report file': 64 * MiB
} as const;

export type InputFileKind = keyof typeof INPUT_FILE_LIMITS;

/** Why a file was refused; `missing` lets callers keep their own wording for the common case. */
export type InputFileProblem = 'missing' | 'not a file' | 'too large' | 'unreadable';

/** A user file that cannot be used: a ConfigurationError naming the file, with the reason on its own. */
export class InputFileError extends ConfigurationError {
  constructor(
    readonly kind: InputFileKind,
    readonly shown: string,
    readonly problem: InputFileProblem,
    readonly reason: string
  ) {
    super(`cannot read ${kind}: ${reason}`, { file: shown });
  }
}

// O_NONBLOCK: opening a FIFO returns at once (then fstat refuses it) instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;

/** The text of the user's file at `path` (named `shown` in errors), at most the limit of its kind. */
export async function readInputFile(
  path: string,
  kind: InputFileKind,
  shown: string = path
): Promise<string> {
  const refuse = (problem: InputFileProblem, reason: string): never => {
    throw new InputFileError(kind, shown, problem, reason);
  };
  const limit = INPUT_FILE_LIMITS[kind];
  // stat before open: opening a device can have effects of its own; only regular files are opened.
  const before = await stat(path).catch((error: unknown) => refuse(...problemOf(error)));
  checkRegularFile(before, kind, refuse);
  const handle = await open(path, OPEN_FLAGS).catch((error: unknown) => refuse(...problemOf(error)));
  try {
    // Again on the open file: the path may have been swapped between stat and open.
    checkRegularFile(await handle.stat(), kind, refuse);
    const bytes = await readAtMost(handle, limit + 1);
    if (bytes.length > limit) refuse('too large', tooLarge(kind));
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    return refuse(...problemOf(error));
  } finally {
    await handle.close();
  }
}

/** The text of a stream (stdin, "-"), with the same limit as a file of that kind. */
export async function readInputStream(stream: Readable, kind: InputFileKind, shown: string): Promise<string> {
  const limit = INPUT_FILE_LIMITS[kind];
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    size += buffer.length;
    // Leaving the loop stops reading: the rest of the stream is never buffered.
    if (size > limit) throw new InputFileError(kind, shown, 'too large', tooLarge(kind));
  }
  return Buffer.concat(chunks).toString('utf8');
}

function checkRegularFile(
  stats: Stats,
  kind: InputFileKind,
  refuse: (problem: InputFileProblem, reason: string) => never
): void {
  if (!stats.isFile()) refuse('not a file', `is ${fileType(stats)}, not a regular file`);
  if (stats.size > INPUT_FILE_LIMITS[kind]) refuse('too large', tooLarge(kind));
}

async function readAtMost(handle: FileHandle, most: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  while (size < most) {
    const buffer = Buffer.alloc(Math.min(CHUNK, most - size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    size += bytesRead;
  }
  return Buffer.concat(chunks);
}

function tooLarge(kind: InputFileKind): string {
  return `is larger than ${INPUT_FILE_LIMITS[kind] / MiB} MiB, the most a ${kind} may hold`;
}

function fileType(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function problemOf(error: unknown): [InputFileProblem, string] {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOENT':
      return ['missing', 'does not exist'];
    case 'ENOTDIR':
      return ['missing', 'does not exist (a folder on its path is a file)'];
    case 'EISDIR':
      return ['not a file', 'is a directory, not a regular file'];
    case 'EACCES':
    case 'EPERM':
      return ['unreadable', 'cannot be read: permission denied'];
    case 'ELOOP':
      return ['unreadable', 'cannot be read: its symbolic links form a loop'];
    case 'ENAMETOOLONG':
      return ['unreadable', 'cannot be read: the path is too long'];
    default: {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      return ['unreadable', `cannot be read${code ? ` (${code})` : ''}`];
    }
  }
}
