// Renders Markdown the way GitHub's GFM does (marked) into a DOM (jsdom) and checks that nothing in it came from
// untrusted text: no elements beyond the ones the renderers emit, no links or images that are not ours, no
// mentions, issue references or autolinks, no HTML comments but our markers, tables with whole rows.

import { expect } from '@jest/globals';
import { marked } from 'marked';

// The test project compiles without the DOM library: the little of the DOM these tests read, typed here.
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
export interface DomElement extends DomNode {
  tagName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
  children: ArrayLike<DomElement>;
  firstElementChild: DomElement | null;
  lastElementChild: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & { length: number };
}
export interface Document {
  body: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & { length: number };
  createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomNode | null };
}

// jsdom ships no types; a computed specifier keeps the compiler from looking for them.
const jsdomModule = 'jsdom';
const { JSDOM } = (await import(jsdomModule)) as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

/** The elements our renderers produce; anything else came from somebody's text. */
const ALLOWED_ELEMENTS = new Set([
  'HTML',
  'HEAD',
  'BODY',
  'H2',
  'H3',
  'H4',
  'P',
  'BR',
  'STRONG',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
  'DETAILS',
  'SUMMARY',
  'PRE',
  'CODE',
  'UL',
  'LI',
  'BLOCKQUOTE',
  'A'
]);

export function renderGfm(markdown: string): Document {
  const html = marked.parse(markdown, { gfm: true, async: false }) as string;
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
}

export function textOf(document: Document): string {
  return document.body.textContent ?? '';
}

export interface InertOptions {
  /** Link targets we put there ourselves (run URL). */
  allowedLinks?: string[];
  /** HTML comments we put there ourselves (markers), as regular expressions. */
  allowedComments?: RegExp[];
}

export function expectInertMarkdown(markdown: string, options: InertOptions = {}): Document {
  const document = renderGfm(markdown);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    expect(ALLOWED_ELEMENTS.has(element.tagName) ? element.tagName : `unexpected <${element.tagName}>`).toBe(
      element.tagName
    );
    if (element.tagName === 'A') expect(options.allowedLinks ?? []).toContain(element.getAttribute('href'));
    for (const attribute of Array.from(element.attributes)) {
      // marked adds align, and class="language-x" on code; GitHub adds nothing we need.
      expect(['href', 'class', 'align']).toContain(attribute.name);
      expect(attribute.value).not.toMatch(/javascript:|evil/i);
    }
  }
  // Comments: only our markers survive as comments; hostile "<!--" must be text.
  const walker = document.createTreeWalker(document.body, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    expect(
      (options.allowedComments ?? []).some((re) => re.test(text)) ? 'ours' : `comment <!--${text}-->`
    ).toBe('ours');
  }
  // Text outside code: GitHub's filters would turn these into mentions, references and links.
  const text = Array.from(document.body.querySelectorAll('*'))
    .filter((element) => element.tagName !== 'CODE' && element.tagName !== 'PRE')
    .flatMap((element) =>
      Array.from(element.childNodes)
        .filter((child) => child.nodeType === 3)
        .map((child) => child.nodeValue ?? '')
    )
    .join('\n');
  expect(text).not.toMatch(/@(?!\u200b)[A-Za-z0-9]/);
  expect(text).not.toMatch(/#(?!\u200b)[0-9]/);
  expect(text).not.toMatch(/https?:\/\//);
  expect(text).not.toMatch(/\bwww\.[a-z]/i);
  // Tables: every row has as many cells as the header.
  for (const table of Array.from(document.querySelectorAll('table'))) {
    const width = table.querySelectorAll('thead th').length;
    for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
      expect(row.children.length).toBe(width);
    }
  }
  return document;
}
