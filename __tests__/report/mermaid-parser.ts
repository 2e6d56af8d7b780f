// Real mermaid (the library GitHub renders with) parsing what the renderers emit. mermaid needs a DOM for its
// sanitiser even to parse, so a jsdom window is installed first. For gantt charts the diagram's own database is
// asked for its tasks, which resolves (and rejects invalid) dates the way rendering would.

import { afterAll } from '@jest/globals';

const jsdomModule = 'jsdom';
const { JSDOM } = (await import(jsdomModule)) as {
  JSDOM: new (html: string) => { window: { document: unknown; close(): void } };
};
const dom = new JSDOM('<!doctype html><html><body></body></html>');
const globals = globalThis as Record<string, unknown>;
const installed = globals.window === undefined;
globals.window ??= dom.window;
globals.document ??= dom.window.document;
const { default: mermaid } = await import('mermaid');

// The window must not outlive the test file. Left on the global, Jest's teardown "soft-deletes" its properties
// (wraps each in an accessor whose setter, for a data property, calls itself); the next event jsdom dispatches
// on it then sets window._currentEvent and overflows the stack, which killed the worker (or, in band, the
// whole run) and left "A worker process has failed to exit gracefully" at the end of the run.
afterAll(() => {
  if (installed) {
    delete globals.window;
    delete globals.document;
  }
  dom.window.close();
});

export interface GanttTask {
  task: string;
  startTime: Date;
  endTime: Date;
  crit?: boolean;
  active?: boolean;
}

/** Parses a diagram; throws mermaid's own error when it does not parse. */
export async function parseMermaid(source: string): Promise<string> {
  const result = await mermaid.parse(source);
  if (!result) throw new Error('mermaid.parse returned false');
  return result.diagramType;
}

/** Parses a gantt chart and returns its tasks with resolved dates. */
export async function ganttTasks(source: string): Promise<GanttTask[]> {
  const type = await parseMermaid(source);
  if (type !== 'gantt') throw new Error(`expected a gantt chart, got ${type}`);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as unknown as { getTasks(): GanttTask[] };
  return db.getTasks();
}

/** The contents of every ```mermaid block in a Markdown document. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}
