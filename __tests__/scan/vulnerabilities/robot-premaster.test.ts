// The five ROBOT blocks, read back the way a receiver parses PKCS#1 v1.5 (RFC 8017 §7.2.2): where the first zero
// after the padding is, and what follows it. Exactly one block is correctly formatted with our version.
import { describe, expect, it } from '@jest/globals';
import { ROBOT_QUERIES, robotBlock } from '../../../src/scan/vulnerabilities/robot-premaster.js';
import { pkcs1PaddingValid } from '../../helpers/robot-oracle-proxy.js';

const K = 256; // a 2048-bit modulus
const TLS12 = 0x0303;

describe('robotBlock', () => {
  it('makes blocks exactly as long as the modulus, with non-zero padding bytes', () => {
    for (const query of ROBOT_QUERIES) {
      const block = robotBlock(query, K, TLS12);
      expect([query, block.length]).toEqual([query, K]);
      expect([query, block.subarray(2, K - 49).includes(0)]).toEqual([query, false]);
    }
  });

  it('formats only "valid" and "wrong-version" correctly, and only "valid" with our version', () => {
    const blocks = Object.fromEntries(ROBOT_QUERIES.map((q) => [q, robotBlock(q, K, TLS12)]));
    expect(ROBOT_QUERIES.filter((q) => pkcs1PaddingValid(blocks[q]!))).toEqual(['valid', 'wrong-version']);
    expect(blocks.valid!.readUInt16BE(K - 48)).toBe(TLS12);
    expect(blocks['wrong-version']!.readUInt16BE(K - 48)).toBe(0x0202);
  });

  it('breaks each malformed block in its own way', () => {
    expect(robotBlock('wrong-first-bytes', K, TLS12).subarray(0, 2)).toEqual(Buffer.from([0x41, 0x17]));
    const misplaced = robotBlock('wrong-zero-position', K, TLS12);
    expect(misplaced.indexOf(0, 1)).toBe(K - 2);
    expect(robotBlock('no-zero-separator', K, TLS12).indexOf(0, 1)).toBe(-1);
  });
});
