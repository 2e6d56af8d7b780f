import { describe, expect, it } from '@jest/globals';

import { selectAnnotations } from '../../src/report/annotations.js';
import { escapeCommandData, escapeCommandProperty } from '../../src/report/escape.js';
import { HOSTILE_TEXTS, finding, hostileReport, report, target } from './report-fixtures.js';
import type { Finding, Severity } from '../../src/model/report.js';

const now = new Date();

function findings(severity: Severity, n: number, prefix = severity): Finding[] {
  return Array.from({ length: n }, (_, i) => finding(`rule.${prefix}${i}`, severity, `${prefix} ${i}`));
}

describe('selectAnnotations', () => {
  it('gives one annotation per finding, worst first, anchored at the line naming the target', () => {
    const r = report(now, [
      target(now, {
        name: 'a.example:443',
        findings: [...findings('notice', 1), ...findings('warning', 1), ...findings('error', 1)],
        source: { file: 'targets.yml', line: 4 }
      })
    ]);
    expect(selectAnnotations(r)).toEqual([
      {
        level: 'error',
        title: 'tls-gate rule.error0: a.example:443',
        message: 'error 0',
        file: 'targets.yml',
        startLine: 4
      },
      {
        level: 'warning',
        title: 'tls-gate rule.warning0: a.example:443',
        message: 'warning 0',
        file: 'targets.yml',
        startLine: 4
      },
      {
        level: 'notice',
        title: 'tls-gate rule.notice0: a.example:443',
        message: 'notice 0',
        file: 'targets.yml',
        startLine: 4
      }
    ]);
  });

  it('shows 10 of 11 errors and one notice saying one was left out', () => {
    const r = report(now, [target(now, { findings: findings('error', 11) })]);
    const annotations = selectAnnotations(r, { perLevel: 10 });
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(
      Array.from({ length: 10 }, (_, i) => `error ${i}`)
    );
    const overflow = annotations.filter((a) => a.level === 'notice');
    expect(overflow).toHaveLength(1);
    expect(overflow[0]!.message).toBe(
      '1 more finding (1 error) is not shown as annotations (the platform shows 10 per level): see the job summary of this run.'
    );
  });

  it('counts the annotations the step makes itself: a failing step shows 9 finding errors and its failure', () => {
    const r = report(now, [target(now, { findings: findings('error', 10) })]);
    const annotations = selectAnnotations(r, { perLevel: 10, reserved: { error: 1 } });
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(annotations.at(-1)!.message).toMatch(/^1 more finding \(1 error\) is not shown/);
  });

  it('never exceeds the per-level limit, even when notices are full too', () => {
    const r = report(now, [
      target(now, {
        findings: [...findings('error', 15), ...findings('warning', 12), ...findings('notice', 10)]
      })
    ]);
    const annotations = selectAnnotations(r, { perLevel: 10 });
    for (const level of ['error', 'warning', 'notice'] as const) {
      expect(annotations.filter((a) => a.level === level).length).toBeLessThanOrEqual(10);
    }
    expect(annotations.at(-1)!.message).toMatch(
      /^8 more findings \(5 errors, 2 warnings, 1 notice\) are not shown/
    );
    expect(annotations.filter((a) => a.level === 'notice')).toHaveLength(10);
  });

  it('leaves file and line out when the target was named nowhere we know, or uses the default file', () => {
    const r = report(now, [target(now, { findings: findings('error', 1) })]);
    expect(selectAnnotations(r)[0]).not.toHaveProperty('file');
    expect(selectAnnotations(r, { defaultFile: '.github/workflows/tls.yml' })[0]).toMatchObject({
      file: '.github/workflows/tls.yml'
    });
    expect(selectAnnotations(r, { defaultFile: '.github/workflows/tls.yml' })[0]).not.toHaveProperty(
      'startLine'
    );
  });

  it('shortens very long messages and titles, ending them with an ellipsis', () => {
    const long = finding('certificate.hostname-mismatch', 'error', `names ${'DNS:x.example, '.repeat(1000)}`);
    const r = report(now, [target(now, { name: 'n'.repeat(500), findings: [long] })]);
    const [annotation] = selectAnnotations(r);
    expect(annotation!.message).toHaveLength(4000);
    expect(annotation!.message.endsWith('…')).toBe(true);
    expect(annotation!.title.length).toBeLessThanOrEqual(200);
  });

  it('keeps hostile text on one line, so the command the runner receives cannot carry another', () => {
    for (const annotation of selectAnnotations(hostileReport(now))) {
      expect(annotation.message).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(annotation.title).not.toMatch(/[\r\n\u2028\u2029]/);
      // What core.error writes: one line starting with our command, nothing after it can start another.
      const line = `::${annotation.level} title=${escapeCommandProperty(annotation.title)}::${escapeCommandData(annotation.message)}`;
      expect(line.split(/\r?\n/)).toHaveLength(1);
    }
    const messages = selectAnnotations(hostileReport(now))
      .map((a) => a.message)
      .join(' ');
    for (const text of HOSTILE_TEXTS.filter((t) => !/[\r\n\u2028\u202e]/.test(t)))
      expect(messages).toContain(text);
  });
});
