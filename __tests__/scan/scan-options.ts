// The ScanOptions the engine tests share: loopback-sized timeouts, the default trust store and the real clock.
import { loadTrustStore } from '../../src/certs/index.js';
import type { ScanOptions } from '../../src/scan/index.js';

export async function testScanOptions(overrides: Partial<ScanOptions> = {}): Promise<ScanOptions> {
  return {
    timeoutMs: 3000,
    targetDeadlineMs: 30000,
    concurrency: 4,
    perTargetConcurrency: 6,
    trust: await loadTrustStore({}),
    now: new Date(),
    ...overrides
  };
}
