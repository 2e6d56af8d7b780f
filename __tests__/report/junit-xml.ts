// JUnit XML as the tests check it: validated by a real validator (xmllint, Debian's libxml2-utils) against the
// committed schema (__tests__/fixtures/junit.xsd, see junit.source.md), and read back with an XML parser
// (jsdom's) into plain objects so a test can state the exact structure.
import { expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCHEMA = fileURLToPath(new URL('../fixtures/junit.xsd', import.meta.url));

/** xmllint's verdict on the document: its messages, empty when the document is well-formed and valid. */
export function junitSchemaErrors(xml: string): string[] {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, '-'], {
    input: xml,
    encoding: 'utf8'
  });
  if (run.error) throw run.error;
  if (run.status === 0) return [];
  return run.stderr.split('\n').filter((line) => line.trim() !== '' && !/ fails to validate$/.test(line));
}

export function expectValidJunit(xml: string): void {
  expect(junitSchemaErrors(xml)).toEqual([]);
}

export interface ParsedCase {
  classname: string;
  name: string;
  failure: { message: string; type: string; text: string } | null;
  skipped: string | null;
  systemOut: string | null;
}

export interface ParsedSuite {
  attributes: Record<string, string>;
  properties: Record<string, string>;
  cases: ParsedCase[];
}

export interface ParsedJunit {
  attributes: Record<string, string>;
  suites: ParsedSuite[];
  /** Every element name in the document, so a test can see that no text became markup. */
  elementNames: Set<string>;
}

interface XmlElement {
  tagName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
  children: ArrayLike<XmlElement>;
  textContent: string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

// jsdom ships no types; a computed specifier keeps the compiler from looking for them.
const jsdomModule = 'jsdom';
const { JSDOM } = (await import(jsdomModule)) as {
  JSDOM: new (
    text: string,
    options: { contentType: string }
  ) => { window: { document: { documentElement: XmlElement } } };
};

function attributesOf(element: XmlElement): Record<string, string> {
  return Object.fromEntries(Array.from(element.attributes, (a) => [a.name, a.value]));
}

function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return Array.from(element.children).filter((child) => child.tagName === name);
}

/** The document as plain objects; throws when it is not well-formed XML. */
export function parseJunit(xml: string): ParsedJunit {
  const root = new JSDOM(xml, { contentType: 'application/xml' }).window.document.documentElement;
  const elementNames = new Set(Array.from(root.getElementsByTagName('*'), (element) => element.tagName));
  elementNames.add(root.tagName);
  const suites = childrenNamed(root, 'testsuite').map((suite) => ({
    attributes: attributesOf(suite),
    properties: Object.fromEntries(
      childrenNamed(suite, 'properties')
        .flatMap((properties) => childrenNamed(properties, 'property'))
        .map((property) => [attributesOf(property).name ?? '', attributesOf(property).value ?? ''])
    ),
    cases: childrenNamed(suite, 'testcase').map((testCase) => {
      const failure = childrenNamed(testCase, 'failure')[0];
      const skipped = childrenNamed(testCase, 'skipped')[0];
      const systemOut = childrenNamed(testCase, 'system-out')[0];
      const { classname = '', name = '' } = attributesOf(testCase);
      return {
        classname,
        name,
        failure: failure
          ? {
              message: attributesOf(failure).message ?? '',
              type: attributesOf(failure).type ?? '',
              text: failure.textContent ?? ''
            }
          : null,
        skipped: skipped ? (attributesOf(skipped).message ?? '') : null,
        systemOut: systemOut ? (systemOut.textContent ?? '') : null
      };
    })
  }));
  return { attributes: attributesOf(root), suites, elementNames };
}
