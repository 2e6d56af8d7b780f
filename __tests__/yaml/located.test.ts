import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../src/errors.js';
import { loadYamlWithPositions } from '../../src/yaml/located.js';

const TARGETS = [
  '# targets for staging',
  'targets:',
  '  - host: a.example',
  '    port: 443',
  '  - &second { host: "b.example", port: 8443 }',
  '  - !!map',
  '    host: c.example',
  '  - *second',
  'tags: [one, two]',
  'note: |',
  '  several',
  '  lines',
  ''
].join('\n');

function errorOf(run: () => unknown): ConfigurationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadYamlWithPositions', () => {
  it('returns the same value as js-yaml load', () => {
    const { value } = loadYamlWithPositions(TARGETS, 'targets.yml');
    expect(value).toEqual({
      targets: [
        { host: 'a.example', port: 443 },
        { host: 'b.example', port: 8443 },
        { host: 'c.example' },
        { host: 'b.example', port: 8443 }
      ],
      tags: ['one', 'two'],
      note: 'several\nlines\n'
    });
  });

  it('gives 1-based line and column of values in block mappings and sequences', () => {
    const yaml = loadYamlWithPositions(TARGETS, 'targets.yml');
    expect(yaml.positionOf(['targets', 0, 'host'])).toEqual({ line: 3, column: 11 });
    expect(yaml.positionOf(['targets', 0, 'port'])).toEqual({ line: 4, column: 11 });
    expect(yaml.positionOf(['targets', 0])).toEqual({ line: 3, column: 5 });
    expect(yaml.positionOf(['targets'])).toEqual({ line: 3, column: 3 });
  });

  it('gives the position of the key naming a value, and of the dash of a sequence item', () => {
    const yaml = loadYamlWithPositions(TARGETS, 'targets.yml');
    expect(yaml.keyPositionOf(['targets', 0, 'port'])).toEqual({ line: 4, column: 5 });
    expect(yaml.keyPositionOf(['targets', 1])).toEqual({ line: 5, column: 3 });
    expect(yaml.keyPositionOf(['tags'])).toEqual({ line: 9, column: 1 });
  });

  it('locates values in flow collections, quoted scalars, and nodes with anchors or tags', () => {
    const yaml = loadYamlWithPositions(TARGETS, 'targets.yml');
    expect(yaml.positionOf(['targets', 1])).toEqual({ line: 5, column: 5 });
    expect(yaml.positionOf(['targets', 1, 'host'])).toEqual({ line: 5, column: 21 });
    expect(yaml.positionOf(['targets', 1, 'port'])).toEqual({ line: 5, column: 40 });
    expect(yaml.positionOf(['targets', 2])).toEqual({ line: 6, column: 5 });
    expect(yaml.positionOf(['targets', 2, 'host'])).toEqual({ line: 7, column: 11 });
    expect(yaml.positionOf(['tags', 1])).toEqual({ line: 9, column: 13 });
  });

  it('locates an alias at the alias, and paths through it at the anchored node', () => {
    const yaml = loadYamlWithPositions(TARGETS, 'targets.yml');
    expect(yaml.positionOf(['targets', 3])).toEqual({ line: 8, column: 5 });
    expect(yaml.positionOf(['targets', 3, 'port'])).toEqual({ line: 5, column: 40 });
  });

  it('returns undefined for a path that is not in the document, and the nearest ancestor on request', () => {
    const yaml = loadYamlWithPositions(TARGETS, 'targets.yml');
    expect(yaml.positionOf(['targets', 0, 'sni'])).toBeUndefined();
    expect(yaml.positionOf(['targets', 9])).toBeUndefined();
    expect(yaml.nearestPositionOf(['targets', 0, 'sni'])).toEqual({ line: 3, column: 5 });
  });

  it('builds a ConfigurationError located at a path', () => {
    const yaml = loadYamlWithPositions(TARGETS, 'targets.yml');
    const error = yaml.errorAt(['targets', 0, 'port'], 'port must be 1..65535');
    expect(error.describe()).toBe('targets.yml:4:11: port must be 1..65535');
  });

  it('counts lines of files with CRLF line ends', () => {
    const yaml = loadYamlWithPositions('a: 1\r\nb:\r\n  c: 2\r\n', 'crlf.yml');
    expect(yaml.positionOf(['b', 'c'])).toEqual({ line: 3, column: 6 });
  });

  it('turns a YAML syntax error into a ConfigurationError with file, line and column', () => {
    const error = errorOf(() => loadYamlWithPositions('a: 1\nb: c: d\n', 'bad.yml'));
    expect(error.file).toBe('bad.yml');
    expect(error.line).toBe(2);
    expect(error.column).toBe(5);
    expect(error.message).toMatch(/^invalid YAML: /);
  });

  it('rejects duplicate keys with the line of the second one', () => {
    const error = errorOf(() => loadYamlWithPositions('host: a\nport: 1\nhost: b\n', 'dup.yml'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/duplicated mapping key/);
  });

  it('rejects an empty file or one with only comments', () => {
    expect(errorOf(() => loadYamlWithPositions('', 'empty.yml')).describe()).toMatch(
      /^empty\.yml:1:1: the file is empty/
    );
    expect(errorOf(() => loadYamlWithPositions('# nothing\n', 'c.yml')).message).toMatch(/empty/);
  });

  it('rejects a file holding several documents', () => {
    const error = errorOf(() => loadYamlWithPositions('a: 1\n---\nb: 2\n', 'multi.yml'));
    expect(error.file).toBe('multi.yml');
    expect(error.message).toMatch(/single document/);
  });
});
