// The scan's progress on stderr: live rows on a terminal (what each target in flight is doing), plain lines
// elsewhere; both with the finished target's verdict, and a target's name never reaching the terminal raw.
import { describe, expect, it } from '@jest/globals';

import { createProgress } from '../../src/cli/progress.js';
import { finding, target } from '../report/report-fixtures.js';

const now = new Date();
const ESC = String.fromCharCode(27);

function terminal(columns = 80) {
  const writes: string[] = [];
  return { stream: { isTTY: true, columns, write: (text: string) => writes.push(text) }, writes };
}

describe('createProgress', () => {
  it('prints only finished lines when it is not live', () => {
    const writes: string[] = [];
    const progress = createProgress({ write: (text: string) => writes.push(text) }, 2, { live: false });
    progress.onProgress('a', 'contact');
    progress.onTargetDone(target(now, { name: 'a', handshakes: 1, durationMs: 5 }));
    progress.stop();
    expect(writes).toEqual(['[1/2] a: pass, no findings (1 handshake in 5 ms)\n']);
  });

  it('shows a row per target in flight with its check, and erases the rows before the finished line', () => {
    const { stream, writes } = terminal();
    const progress = createProgress(stream, 2, { live: true });
    progress.onProgress('a', 'contact');
    progress.onProgress('b', 'version TLSv1.0');
    expect(writes.at(-1)).toMatch(
      /^ {2}. a: contact \(\d+\.\d s\)\n {2}. b: version TLSv1\.0 \(\d+\.\d s\)\n$/
    );
    const failing = target(now, { name: 'a', findings: [finding('protocol.not-allowed', 'error', 'x')] });
    progress.onTargetDone(failing);
    const erase = writes.lastIndexOf(`${ESC}[2F${ESC}[J`);
    expect(erase).toBeGreaterThanOrEqual(0);
    expect(writes[erase + 1]).toMatch(/^\[1\/2\] a: FAIL, 1 error \(/);
    expect(writes[erase + 2]).toMatch(/^ {2}. b: version TLSv1\.0/);
    progress.stop();
    expect(writes.at(-1)).toBe(`${ESC}[1F${ESC}[J`);
  });

  it('keeps rows within the terminal width and counts the targets beyond eight', () => {
    const { stream, writes } = terminal(40);
    const progress = createProgress(stream, 10, { live: true });
    for (let i = 0; i < 10; i++) progress.onProgress(`target-${i}.example.with.a.long.name`, 'contact');
    const rows = writes.at(-1)!.trimEnd().split('\n');
    expect(rows).toHaveLength(9);
    expect(rows.every((row) => row.length <= 39)).toBe(true);
    expect(rows[8]).toBe('  …and 2 more in flight');
    progress.stop();
  });

  it('shows a hostile name with its controls as escapes', () => {
    const { stream, writes } = terminal(200);
    const progress = createProgress(stream, 1, { live: true });
    progress.onProgress(`evil${ESC}[2J\r\n::error::x`, 'contact');
    progress.stop();
    const rows = writes.join('').split(`${ESC}[1F${ESC}[J`).join('');
    expect(rows).not.toContain(ESC);
    expect(rows).toContain('evil\\u001b[2J\\r\\n::error::x');
  });
});
