// YAML loading that remembers where every value came from, so a bad policy or targets entry can be reported as
// "file:line:column: what was expected". js-yaml 5 has no position-carrying AST, but its event parser
// (`parseEvents`) gives source offsets for every node; we walk those events once to map each path
// (['targets', 2, 'port']) to the offsets of its key and value, and let `load` build the value itself so the
// semantics (schema, duplicate keys, tags) are exactly js-yaml's.
import { EVENT_ID, SCALAR_STYLE, getScalarValue, load, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { ConfigurationError } from '../errors.js';

export type YamlPath = readonly (string | number)[];

/** 1-based line and column, as editors show them. */
export interface YamlPosition {
  line: number;
  column: number;
}

export interface LocatedYaml {
  value: unknown;
  file: string;
  /** Where the value at `path` starts ([] is the document). */
  positionOf(path: YamlPath): YamlPosition | undefined;
  /** Where the mapping key that names the last element of `path` starts (items of a sequence: the `-`). */
  keyPositionOf(path: YamlPath): YamlPosition | undefined;
  /** positionOf(path), or of the nearest enclosing value that has one (for keys that are missing). */
  nearestPositionOf(path: YamlPath): YamlPosition | undefined;
  /** A ConfigurationError located at the value of `path` (or its nearest ancestor). */
  errorAt(path: YamlPath, message: string): ConfigurationError;
}

interface NodeOffsets {
  value: number;
  key: number;
}

/**
 * Parses one YAML document. Syntax errors, duplicate keys, empty input and several documents become a
 * ConfigurationError carrying file, line and column.
 */
export function loadYamlWithPositions(text: string, file: string): LocatedYaml {
  const lines = lineStarts(text);
  const toPosition = (offset: number): YamlPosition => positionAt(lines, offset);

  let events: Event[];
  let value: unknown;
  try {
    events = parseEvents(text, { filename: file });
    if (!events.some((event) => event.type === EVENT_ID.DOCUMENT)) {
      throw new ConfigurationError('the file is empty: expected a YAML document', {
        file,
        line: 1,
        column: 1
      });
    }
    value = load(text, { filename: file });
  } catch (error) {
    throw toConfigurationError(error, file);
  }

  const { offsets, aliases } = indexEvents(events, text);
  const lookup = (path: YamlPath): NodeOffsets | undefined =>
    offsets.get(pathKey(resolveAliases(path, aliases)));

  const located: LocatedYaml = {
    value,
    file,
    positionOf(path) {
      const node = lookup(path);
      return node ? toPosition(node.value) : undefined;
    },
    keyPositionOf(path) {
      const node = lookup(path);
      return node ? toPosition(node.key) : undefined;
    },
    nearestPositionOf(path) {
      for (let length = path.length; length >= 0; length--) {
        const position = located.positionOf(path.slice(0, length));
        if (position) return position;
      }
      return undefined;
    },
    errorAt(path, message) {
      const position = located.nearestPositionOf(path);
      return new ConfigurationError(message, { file, line: position?.line, column: position?.column });
    }
  };
  return located;
}

function toConfigurationError(error: unknown, file: string): ConfigurationError {
  if (error instanceof ConfigurationError) return error;
  const yamlError = error as { reason?: unknown; mark?: { line?: number; column?: number } } | null;
  if (yamlError && typeof yamlError.reason === 'string') {
    const mark = yamlError.mark;
    const line = typeof mark?.line === 'number' ? mark.line + 1 : undefined;
    const column = line !== undefined && typeof mark?.column === 'number' ? mark.column + 1 : undefined;
    return new ConfigurationError(`invalid YAML: ${yamlError.reason}`, { file, line, column });
  }
  return new ConfigurationError(`invalid YAML: ${error instanceof Error ? error.message : String(error)}`, {
    file
  });
}

// ---- walking the event stream ----

interface Frame {
  kind: 'sequence' | 'mapping' | 'document';
  path: (string | number)[];
  /** Sequences: index of the next item. */
  index: number;
  /** Mappings: the key waiting for its value (undefined when the next event is a key). */
  pendingKey: { name: string; offset: number } | undefined;
}

function indexEvents(
  events: Event[],
  text: string
): { offsets: Map<string, NodeOffsets>; aliases: Map<string, (string | number)[]> } {
  const offsets = new Map<string, NodeOffsets>();
  const anchors = new Map<string, (string | number)[]>();
  const aliases = new Map<string, (string | number)[]>();
  const stack: Frame[] = [];

  // Where the next node goes, given the innermost open collection; null while a mapping expects a key.
  const placeNode = (start: number): { path: (string | number)[]; key: number } | null => {
    const top = stack[stack.length - 1];
    if (!top) return { path: [], key: start };
    if (top.kind === 'document') return { path: [], key: start };
    if (top.kind === 'sequence') {
      const path = [...top.path, top.index++];
      return { path, key: dashBefore(text, start) };
    }
    if (top.pendingKey === undefined) return null;
    const path = [...top.path, top.pendingKey.name];
    const key = top.pendingKey.offset;
    top.pendingKey = undefined;
    return { path, key };
  };

  const record = (event: Event & { anchorStart: number; anchorEnd: number }, start: number) => {
    const top = stack[stack.length - 1];
    const place = placeNode(start);
    if (place === null) {
      // A mapping key. Only scalar keys name a path; anything else gets a placeholder that matches nothing.
      const name = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '\u0000complex-key';
      (top as Frame).pendingKey = { name, offset: start };
      return null;
    }
    offsets.set(pathKey(place.path), { value: start, key: place.key });
    if (event.type !== EVENT_ID.ALIAS && event.anchorStart >= 0)
      anchors.set(text.slice(event.anchorStart, event.anchorEnd), place.path);
    return place.path;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ kind: 'document', path: [], index: 0, pendingKey: undefined });
        break;
      case EVENT_ID.SCALAR: {
        const quoted =
          event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
        record(event, nodeStart(event, Math.max(0, event.valueStart - (quoted ? 1 : 0))));
        break;
      }
      case EVENT_ID.ALIAS: {
        const path = record(event, event.anchorStart - 1);
        const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd));
        if (path && target) aliases.set(pathKey(path), target);
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        const start = nodeStart(event, event.start);
        const path = record(event, start);
        // A collection used as a mapping key: walk into it under a path nobody asks for.
        const ownPath = path ?? ['\u0000complex-key'];
        stack.push({
          kind: event.type === EVENT_ID.SEQUENCE ? 'sequence' : 'mapping',
          path: ownPath,
          index: 0,
          pendingKey: undefined
        });
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return { offsets, aliases };
}

/**
 * The earliest of a node's anchor, tag and content offsets (`&a !!map {...}` starts at the `&`; js-yaml's
 * anchor range covers the name only, so the `&` is one before it).
 */
function nodeStart(event: { anchorStart: number; tagStart: number }, contentStart: number): number {
  const anchor = event.anchorStart >= 0 ? event.anchorStart - 1 : -1;
  return Math.min(...[anchor, event.tagStart, contentStart].filter((offset) => offset >= 0));
}

/** For a block sequence item, the offset of its `-` (when the item is on the same line). */
function dashBefore(text: string, start: number): number {
  let index = start - 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index--;
  return index >= 0 && text[index] === '-' ? index : start;
}

/** Rewrites a path that goes through an alias (`*x`) into the path of the anchored node. */
function resolveAliases(path: YamlPath, aliases: Map<string, (string | number)[]>): YamlPath {
  let current = [...path];
  for (let guard = 0; guard < 100 && aliases.size > 0; guard++) {
    let rewritten = false;
    for (let length = current.length; length > 0; length--) {
      const target = aliases.get(pathKey(current.slice(0, length)));
      if (target && length < current.length) {
        current = [...target, ...current.slice(length)];
        rewritten = true;
        break;
      }
    }
    if (!rewritten) break;
  }
  return current;
}

function pathKey(path: YamlPath): string {
  return JSON.stringify(path.map((part) => (typeof part === 'number' ? part : `k:${part}`)));
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 10) starts.push(index + 1);
  }
  return starts;
}

function positionAt(starts: number[], offset: number): YamlPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
