/**
 * @jest-environment-options {"globalsCleanup": "off"}
 */
import { describe, expect, it } from '@jest/globals';

import { mermaidLabel, renderExpiryGantt } from '../../src/report/mermaid.js';
import { HOSTILE, HOSTILE_TEXTS, certificate, finding, report, target } from './report-fixtures.js';
import { ganttTasks } from './mermaid-parser.js';

const now = new Date();

describe('renderExpiryGantt', () => {
  it('draws one bar per leaf from notBefore to notAfter, soonest expiry first', async () => {
    const r = report(now, [
      target(now, { name: 'late.example:443', daysLeft: 200 }),
      target(now, { name: 'soon.example:443', daysLeft: 5 }),
      target(now, { name: 'nocert.example:443', daysLeft: null })
    ]);
    const chart = renderExpiryGantt(r)!;
    const tasks = await ganttTasks(chart.source);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]!.task).toContain('soon.example');
    expect(tasks[1]!.task).toContain('late.example');
    const soonLeaf = r.targets[1]!.certificate!.chain[0]!;
    expect(tasks[0]!.startTime.toISOString().slice(0, 10)).toBe(soonLeaf.notBefore.slice(0, 10));
    expect(tasks[0]!.endTime.toISOString().slice(0, 10)).toBe(soonLeaf.notAfter.slice(0, 10));
  });

  it('marks an expiry the policy fails on crit, one it warns about active, and says so in the label', async () => {
    const r = report(now, [
      target(now, { name: 'gone', daysLeft: -2 }),
      target(now, {
        name: 'fails',
        daysLeft: 10,
        findings: [finding('certificate.expiring', 'error', 'expires in 10 days')]
      }),
      target(now, {
        name: 'warns',
        daysLeft: 20,
        findings: [finding('certificate.expiring', 'warning', 'expires in 20 days')]
      }),
      target(now, { name: 'fine', daysLeft: 25 })
    ]);
    const tasks = await ganttTasks(renderExpiryGantt(r)!.source);
    expect(tasks.map((t) => [t.task.trim(), t.crit ?? false, t.active ?? false])).toEqual([
      ['gone (expired 2 d ago)', true, false],
      ['fails (10 d left, fails)', true, false],
      ['warns (20 d left, warns)', false, true],
      ['fine (25 d left)', false, false]
    ]);
  });

  it('is null when no target has a certificate', () => {
    expect(renderExpiryGantt(report(now, [target(now, { daysLeft: null })]))).toBeNull();
  });

  it('keeps the soonest maxBars leaves and counts the rest', async () => {
    const targets = Array.from({ length: 12 }, (_, i) =>
      target(now, { name: `t${i}.example`, daysLeft: 100 - i })
    );
    const chart = renderExpiryGantt(report(now, targets), { maxBars: 5 })!;
    expect(chart.bars).toBe(5);
    expect(chart.omitted).toBe(7);
    const tasks = await ganttTasks(chart.source);
    expect(tasks.map((t) => t.task.split(' ')[0])).toEqual([
      't11.example',
      't10.example',
      't9.example',
      't8.example',
      't7.example'
    ]);
  });

  it.each(HOSTILE_TEXTS)('parses with a target named %j, one bar with the whole label', async (name) => {
    const r = report(now, [target(now, { name, daysLeft: 7 }), target(now, { name: 'b.example' })]);
    const tasks = await ganttTasks(renderExpiryGantt(r)!.source);
    expect(tasks.map((t) => t.task.trim())).toEqual([
      mermaidLabel(`${name} (7 d left)`, 80),
      'b.example (60 d left)'
    ]);
  });

  it.each([
    'section x',
    'title y',
    'dateFormat X',
    'excludes weekends',
    'click leaf0 call alert()',
    '%%{init: {}}%%',
    'a#b;c:d'
  ])('parses with a target named like a gantt statement: %j', async (name) => {
    const r = report(now, [target(now, { name, daysLeft: 20 })]);
    const tasks = await ganttTasks(renderExpiryGantt(r)!.source);
    expect(tasks.map((t) => t.task.trim())).toEqual([mermaidLabel(`${name} (20 d left)`, 80)]);
  });

  it('parses with IPv6 targets and keeps a readable colon', async () => {
    const r = report(now, [target(now, { name: '[::1]:8443' })]);
    const tasks = await ganttTasks(renderExpiryGantt(r)!.source);
    expect(tasks[0]!.task).toContain('[∶∶1]∶8443');
  });

  it('draws a one-day bar for a certificate whose notAfter is not after notBefore', async () => {
    const t = target(now);
    t.certificate!.chain[0] = certificate(now, 10, {
      notBefore: now.toISOString(),
      notAfter: now.toISOString()
    });
    const tasks = await ganttTasks(renderExpiryGantt(report(now, [t]))!.source);
    expect(tasks[0]!.endTime.getTime()).toBeGreaterThan(tasks[0]!.startTime.getTime());
  });

  it('the parser check bites: a raw statement keyword or colon in a label loses or splits the bar', async () => {
    const raw = (label: string) =>
      `gantt\n  dateFormat YYYY-MM-DD\n  section s\n  ${label} :leaf0, 2026-01-01, 2026-02-01`;
    expect(await ganttTasks(raw('section x'))).toHaveLength(0);
    expect((await ganttTasks(raw('a:b')))[0]!.task.trim()).toBe('a');
  });

  it('labels contain only characters the gantt lexer reads as text', () => {
    expect(mermaidLabel(HOSTILE)).toMatch(/^[A-Za-z0-9 .,_\-+=/()[\]∶*…·]+$/);
  });
});
