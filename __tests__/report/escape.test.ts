import { describe, expect, it } from '@jest/globals';

import {
  codeBlock,
  escapeAnnotation,
  escapeCommandData,
  escapeCommandProperty,
  escapeForLog,
  escapeHtml,
  escapeMarkdown,
  safeUrl,
  visibleControls
} from '../../src/report/escape.js';
import { HOSTILE_TEXTS } from './report-fixtures.js';
import { expectInertMarkdown, renderGfm } from './inert.js';

const withoutZwsp = (text: string): string => text.replace(/\u200b/g, '');

/** Undoes escapeForLog: every %XX is a UTF-8 byte. */
function decodeLog(text: string): string {
  return Buffer.from(
    text.replace(/%([0-9A-F]{2})|([^%]+)/g, (_m, hex: string | undefined, plain: string | undefined) =>
      hex ? String.fromCharCode(parseInt(hex, 16)) : Buffer.from(plain!, 'utf8').toString('latin1')
    ),
    'latin1'
  ).toString('utf8');
}

describe('escapeForLog', () => {
  it.each(HOSTILE_TEXTS)('keeps %j on one line that cannot start a workflow command', (text) => {
    const escaped = escapeForLog(text);
    expect(escaped).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(escaped.trimStart()).not.toMatch(/^(::|##\[)/);
  });

  it.each(HOSTILE_TEXTS)('decodes back to exactly %j', (text) => {
    expect(decodeLog(escapeForLog(text))).toBe(text);
  });

  it('neutralises a command that starts after leading whitespace', () => {
    expect(escapeForLog('   ::add-mask::x')).toBe('   %3A:add-mask::x');
  });

  it('neutralises a command on the second line of a certificate name', () => {
    expect(escapeForLog('x\n::error::owned')).toBe('x%0A::error::owned');
  });

  it('leaves ordinary host names and cipher names untouched', () => {
    expect(escapeForLog('a.example:443 TLS_AES_128_GCM_SHA256 [::1]:8443')).toBe(
      'a.example:443 TLS_AES_128_GCM_SHA256 [::1]:8443'
    );
  });
});

describe('workflow command escaping', () => {
  it('encodes %, CR and LF in command data as the runner decodes them', () => {
    expect(escapeCommandData('50%\r\nnext')).toBe('50%25%0D%0Anext');
  });

  it('also encodes : and , in command properties', () => {
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('keeps annotation text on one line with the newline shown', () => {
    expect(escapeAnnotation('x\n::error::owned')).toBe('x\\n::error::owned');
  });
});

describe('escapeMarkdown', () => {
  it.each(HOSTILE_TEXTS)('renders %j as exactly its characters, inert', (text) => {
    const document = expectInertMarkdown(`Name: ${escapeMarkdown(text)}`);
    expect(withoutZwsp(document.body.textContent ?? '').trim()).toBe(`Name: ${visibleControls(text)}`);
  });

  it.each(HOSTILE_TEXTS)('keeps %j inside one table cell', (text) => {
    const document = expectInertMarkdown(`| a | b |\n| --- | --- |\n| ${escapeMarkdown(text)} | end |`);
    const cells = Array.from(document.querySelectorAll('tbody td'));
    expect(cells).toHaveLength(2);
    // Table cells trim surrounding spaces, as GitHub does.
    expect(withoutZwsp(cells[0]!.textContent ?? '')).toBe(visibleControls(text).trim());
  });

  it('breaks mentions with a zero-width space', () => {
    expect(escapeMarkdown('@org/team')).toBe('@\u200borg/team');
  });

  it('leaves what GitHub Markdown reads as plain text unescaped, so the raw text reads well in an e-mail', () => {
    for (const text of [
      'mozilla-intermediate',
      '2026-12-06',
      'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
      'TLSv1.0 (deprecated)',
      'a.example:443 + b.example',
      'x = 1, "quoted" \'single\'',
      '100% {braces} ^caret!'
    ]) {
      expect(escapeMarkdown(text)).toBe(text);
    }
  });

  it.each([
    '_em_ at a word edge',
    '&amp; an entity',
    '&#64; a numeric entity',
    '1. an ordered list',
    '=== setext'
  ])('still renders %j as exactly its characters', (text) => {
    const document = renderGfm(escapeMarkdown(text));
    expect(document.body.firstElementChild?.tagName).toBe('P');
    expect(withoutZwsp(document.body.textContent ?? '').trim()).toBe(text);
  });

  it('cannot start a heading, list or quote at the start of a line', () => {
    for (const text of ['# title', '- item', '+ item', '> quote', '1) item']) {
      const document = renderGfm(escapeMarkdown(text));
      expect(document.body.firstElementChild?.tagName).toBe('P');
    }
  });
});

describe('escapeHtml', () => {
  it.each(HOSTILE_TEXTS)('renders %j inside <summary> as its characters', (text) => {
    const document = expectInertMarkdown(
      `<details><summary>${escapeHtml(text)}</summary>\n\nbody\n\n</details>`
    );
    expect(withoutZwsp(document.querySelector('summary')?.textContent ?? '')).toBe(visibleControls(text));
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run in the code', () => {
    const lines = ['echo ```', 'end ````'];
    const document = renderGfm(`${codeBlock(lines, 'sh')}\n\nafter`);
    expect(document.querySelectorAll('pre')).toHaveLength(1);
    expect(document.querySelector('pre')?.textContent).toBe(`${lines.join('\n')}\n`);
    expect(document.body.lastElementChild?.textContent).toBe('after');
  });

  it('shows control characters as escapes, so a one-line command stays one line', () => {
    expect(codeBlock("openssl s_client -connect 'x\nrm -rf ~':443 \u001b[31m", 'sh')).toBe(
      "```sh\nopenssl s_client -connect 'x\\nrm -rf ~':443 \\u001b[31m\n```"
    );
  });
});

describe('safeUrl', () => {
  it('accepts an http(s) run URL', () => {
    expect(safeUrl('https://github.example/o/r/actions/runs/1')).toBe(
      'https://github.example/o/r/actions/runs/1'
    );
  });

  it.each(['javascript:alert(1)', 'https://x/a) [b](c', 'https://x/ y', '', undefined])(
    'refuses %j',
    (url) => {
      expect(safeUrl(url)).toBeNull();
    }
  );
});
