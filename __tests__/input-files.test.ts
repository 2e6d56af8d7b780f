// The one reader of a user's file: what it returns, and each kind of path it refuses, by name, before buffering.
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { INPUT_FILE_LIMITS, InputFileError, readInputFile, readInputStream } from '../src/input-files.js';

const dir = mkdtempSync(join(tmpdir(), 'tls-gate-input-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const limit = INPUT_FILE_LIMITS['policy file'];

async function refusal(promise: Promise<unknown>): Promise<InputFileError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(InputFileError);
  return error as InputFileError;
}

describe('readInputFile', () => {
  it('returns the text of a regular file, up to and including the limit', async () => {
    writeFileSync(join(dir, 'ok.yml'), 'name: ok\n');
    await expect(readInputFile(join(dir, 'ok.yml'), 'policy file')).resolves.toBe('name: ok\n');
    writeFileSync(join(dir, 'full.yml'), '#'.repeat(limit));
    await expect(readInputFile(join(dir, 'full.yml'), 'policy file')).resolves.toHaveLength(limit);
  });

  it('follows a symbolic link to a regular file', async () => {
    symlinkSync(join(dir, 'ok.yml'), join(dir, 'link.yml'));
    await expect(readInputFile(join(dir, 'link.yml'), 'policy file')).resolves.toBe('name: ok\n');
  });

  it.each([
    ['a missing file', () => join(dir, 'absent.yml'), 'missing', 'does not exist'],
    [
      'a path through a file',
      () => join(dir, 'ok.yml', 'x.yml'),
      'missing',
      'does not exist (a folder on its path is a file)'
    ],
    ['a directory', () => dir, 'not a file', 'is a directory, not a regular file'],
    ['/dev/zero', () => '/dev/zero', 'not a file', 'is a character device, not a regular file'],
    [
      'a FIFO',
      () => {
        const fifo = join(dir, 'fifo');
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
      'not a file',
      'is a FIFO (named pipe), not a regular file'
    ],
    [
      'a symbolic link loop',
      () => {
        symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
        symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
        return join(dir, 'loop-a');
      },
      'unreadable',
      'cannot be read: its symbolic links form a loop'
    ],
    [
      'a file over the limit',
      () => {
        const huge = join(dir, 'huge.yml');
        writeFileSync(huge, '');
        truncateSync(huge, limit + 1);
        return huge;
      },
      'too large',
      'is larger than 4 MiB, the most a policy file may hold'
    ]
  ])('refuses %s, naming it and why', async (_case, makePath, problem, reason) => {
    const path = makePath();
    const error = await refusal(readInputFile(path, 'policy file', 'shown.yml'));
    expect(error).toMatchObject({ problem, reason, file: 'shown.yml' });
    expect(error.describe()).toBe(`shown.yml: cannot read policy file: ${reason}`);
  });

  // root reads any file: the case exists only for other users.
  (process.getuid?.() === 0 ? it.skip : it)('refuses an unreadable file', async () => {
    const locked = join(dir, 'locked.yml');
    writeFileSync(locked, 'x');
    chmodSync(locked, 0o000);
    const error = await refusal(readInputFile(locked, 'targets file'));
    expect(error.reason).toBe('cannot be read: permission denied');
  });

  it('has a limit for each kind of file', () => {
    expect(INPUT_FILE_LIMITS).toEqual({
      'targets file': 4 * 1024 * 1024,
      'policy file': 4 * 1024 * 1024,
      'CA file': 8 * 1024 * 1024,
      'report file': 64 * 1024 * 1024
    });
  });
});

describe('readInputStream', () => {
  it('returns the text of a stream within the limit', async () => {
    await expect(
      readInputStream(Readable.from(['a.example\n', 'b.example\n']), 'targets file', '<stdin>')
    ).resolves.toBe('a.example\nb.example\n');
  });

  it('stops reading an endless stream at the limit', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024, 0x61));
      }
    });
    const error = await refusal(readInputStream(endless, 'targets file', '<stdin>'));
    expect(error.describe()).toBe(
      '<stdin>: cannot read targets file: is larger than 4 MiB, the most a targets file may hold'
    );
    expect(produced).toBeLessThan(INPUT_FILE_LIMITS['targets file'] + 1024 * 1024);
  });
});
