// Which CLI runs re-execute Node with the heap flags (src/runtime.ts): those that may scan a fleet. A one-host scan
// starts once; its memory never nears the bound the flags are for.
import { describe, expect, it } from '@jest/globals';
import { mayScanMany } from '../src/runtime.js';

describe('mayScanMany', () => {
  it('is false for a scan of a few hosts with flags', () => {
    expect(mayScanMany(['scan', 'a.example', 'b.example:8443', '--format', 'json', '--checks', 'none'])).toBe(
      false
    );
  });

  it('is true for a targets file, in either spelling', () => {
    expect(mayScanMany(['scan', '--targets', 'fleet.yml'])).toBe(true);
    expect(mayScanMany(['scan', '--targets=fleet.yml'])).toBe(true);
  });

  it('is true for targets read from stdin', () => {
    expect(mayScanMany(['scan', '-'])).toBe(true);
  });

  it('is true past 16 targets on the command line', () => {
    const hosts = (n: number) => Array.from({ length: n }, (_, i) => `127.0.0.${i + 1}:443`);
    expect(mayScanMany(['scan', ...hosts(16)])).toBe(false);
    expect(mayScanMany(['scan', ...hosts(17)])).toBe(true);
  });
});
