import { describe, expect, it } from '@jest/globals';

import { finishedTargetLine } from '../../src/report/progress-line.js';
import { emptyProtocols } from '../../src/model/report.js';
import { finding, target } from './report-fixtures.js';

const now = new Date();

describe('finishedTargetLine', () => {
  it('gives a failing target its verdict and findings, not the scan status "ok"', () => {
    const legacy = target(now, {
      name: 'legacy',
      handshakes: 12,
      durationMs: 340.4,
      findings: [
        finding('protocol.not-allowed', 'error', 'accepts TLSv1.0', { protocol: 'TLSv1.0' }),
        finding('chain.order', 'warning', 'out of order')
      ]
    });
    expect(finishedTargetLine(legacy, 2, 10)).toBe(
      '[2/10] legacy: FAIL, 1 error, 1 warning (12 handshakes in 340 ms)'
    );
  });

  it('counts one handshake in the singular and names why a target could not be scanned', () => {
    const down = target(now, {
      name: 'down',
      status: 'unreachable',
      error: { code: 'ECONNREFUSED', message: 'refused' },
      protocols: emptyProtocols(),
      handshakes: 1,
      durationMs: 3,
      findings: [finding('target.unreachable', 'error', 'refused')]
    });
    expect(finishedTargetLine(down, 1, 1)).toBe(
      '[1/1] down: FAIL, unreachable (ECONNREFUSED), 1 error (1 handshake in 3 ms)'
    );
  });
});
