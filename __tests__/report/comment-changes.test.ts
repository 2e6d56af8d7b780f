/**
 * @jest-environment-options {"globalsCleanup": "off"}
 */
// The sticky comment says what changed since the previous run of the same workflow and job, from the state the
// previous comment carries; that state is untrusted when read back.
import { describe, expect, it } from '@jest/globals';

import { commentMarker, renderComment } from '../../src/report/comment.js';
import { readCommentState, STATE_MAX_ENCODED_CHARS } from '../../src/report/comment-state.js';
import { HOSTILE, finding, report, target } from './report-fixtures.js';
import { expectInertMarkdown } from './inert.js';
import { visibleControls } from '../../src/report/escape.js';
import { emptyProtocols, type Report } from '../../src/model/report.js';

const now = new Date();
const marker = commentMarker('TLS check', 'scan');
const ourComments = [/^ tls-gate:/, /^ tls-gate-verdict:/, /^ tls-gate-state:[A-Za-z0-9+/]*={0,2} $/];

const tls10 = finding('protocol.not-allowed', 'error', 'a accepts TLSv1.0.', { protocol: 'TLSv1.0' });
const tls11 = finding('protocol.not-allowed', 'error', 'a accepts TLSv1.1.', { protocol: 'TLSv1.1' });
const order = finding('chain.order', 'warning', 'b sends its chain out of order.');
const expiring = (days: number) =>
  finding('certificate.expiring', 'warning', `expires in ${days} days`, {
    daysRemaining: days,
    warnDays: 30
  });

function run(a: ReturnType<typeof finding>[], b: ReturnType<typeof finding>[], bDown = false): Report {
  return report(now, [
    target(now, { name: 'a.example:443', host: 'a.example', findings: a }),
    target(now, {
      name: 'b.example:443',
      host: 'b.example',
      findings: b,
      ...(bDown
        ? {
            status: 'unreachable' as const,
            protocols: emptyProtocols(),
            error: { code: 'ETIMEDOUT', message: 'x' }
          }
        : {})
    })
  ]);
}

/** The comment of a second run, given the body the first run left. */
function secondComment(first: Report, second: Report): string {
  const previous = renderComment(first, { marker });
  return renderComment(second, { marker, previousState: readCommentState(previous) });
}

/** The "since the previous run" line and the items listed under it, as a reader sees them. */
function changeItems(body: string): string[] {
  const document = expectInertMarkdown(body, { allowedComments: ourComments });
  const blocks = Array.from(document.body.children);
  const at = blocks.findIndex((block) => (block.textContent ?? '').startsWith('Since the previous run'));
  if (at < 0) return ['(none)'];
  const next = blocks[at + 1];
  const items = next?.tagName === 'UL' ? Array.from(next.children) : [];
  return [blocks[at]!.textContent ?? '', ...items.map((li) => li.textContent ?? '')];
}

describe('the comment says what changed since the previous run', () => {
  it('names new and fixed findings and counts the ones still open', () => {
    const body = secondComment(run([tls10, tls11], [order]), run([tls10], [order, expiring(20)]));
    expect(changeItems(body)).toEqual([
      'Since the previous run: 1 new · 1 fixed · 2 still open',
      '🆕 new ⚠️ b.example:443 · certificate.expiring',
      '✅ fixed ❌ a.example:443 · protocol.not-allowed'
    ]);
  });

  it('says there is no change when the same findings remain, though day counts moved on', () => {
    const body = secondComment(run([], [expiring(20)]), run([], [expiring(19)]));
    expect(changeItems(body)).toEqual(['Since the previous run: no change, 1 finding still open.']);
  });

  it('does not call the findings of a target that could not be reached this time fixed', () => {
    const body = secondComment(
      run([tls10], [order]),
      run([tls10], [finding('target.unreachable', 'error', 'b timed out')], true)
    );
    expect(changeItems(body)[0]).toBe('Since the previous run: 1 new · 0 fixed · 1 still open');
  });

  it('has no such part on the first run', () => {
    expect(changeItems(renderComment(run([tls10], []), { marker }))).toEqual(['(none)']);
  });
});

describe('readCommentState', () => {
  const encode = (value: unknown) =>
    `<!-- tls-gate-state:${Buffer.from(JSON.stringify(value)).toString('base64')} -->`;
  const entry = ['0123456789abcdef', 'a.example:443', 'protocol.not-allowed', 'error'];

  it('reads back what renderComment wrote', () => {
    const state = readCommentState(renderComment(run([tls10], [order]), { marker }));
    expect(state?.findings.map(([, t, rule, severity]) => [t, rule, severity])).toEqual([
      ['a.example:443', 'protocol.not-allowed', 'error'],
      ['b.example:443', 'chain.order', 'warning']
    ]);
  });

  it.each([
    ['not base64 JSON', '<!-- tls-gate-state:bm90IGpzb24= -->'],
    ['another version', encode({ v: 2, f: [entry] })],
    ['a key that is not 16 hex digits', encode({ v: 1, f: [['zz', ...entry.slice(1)]] })],
    ['a notice', encode({ v: 1, f: [[...entry.slice(0, 3), 'notice']] })],
    ['a rule id with markup', encode({ v: 1, f: [[entry[0], entry[1], '<img src=x>', 'error']] })],
    ['an extra field', encode({ v: 1, f: [[...entry, 'x']] })],
    ['too long a line', `<!-- tls-gate-state:${'A'.repeat(STATE_MAX_ENCODED_CHARS + 4)} -->`]
  ])('refuses a state with %s', (_what, body) => {
    expect(readCommentState(`${marker}\n${body}`)).toBeNull();
  });

  it('keeps a hostile target name from an edited state inert when it is shown', () => {
    const name = HOSTILE.slice(0, 200);
    const edited = encode({ v: 1, f: [['0123456789abcdef', name, 'chain.order', 'warning']] });
    const current = report(now, [target(now, { name })]);
    const items = changeItems(renderComment(current, { marker, previousState: readCommentState(edited) }));
    expect(items).toHaveLength(2);
    expect(items[1]!.replace(/\u200b/g, '')).toBe(`✅ fixed ⚠️ ${visibleControls(name)} · chain.order`);
  });
});
