// The five PKCS#1 v1.5 blocks of the ROBOT paper (Böck, Somorovsky, Young, "Return Of Bleichenbacher's Oracle
// Threat", USENIX Security 2018, §3 and robotattack.org): one correctly formatted premaster secret and four
// malformed ones, each as the k-byte block that RSA then encrypts without further padding. The facts come from the
// paper; the code is ours.
import { randomBytes } from 'node:crypto';

export const ROBOT_QUERIES = [
  'valid',
  'wrong-first-bytes',
  'wrong-zero-position',
  'no-zero-separator',
  'wrong-version'
] as const;
export type RobotQuery = (typeof ROBOT_QUERIES)[number];

/** What each query sends, for evidence. */
export const ROBOT_QUERY_TEXT: Readonly<Record<RobotQuery, string>> = {
  valid: '00 02 ... 00 + version + 46 bytes (correct PKCS#1 v1.5)',
  'wrong-first-bytes': '41 17 instead of 00 02',
  'wrong-zero-position': 'no 00 after the padding, a 00 two bytes before the end',
  'no-zero-separator': 'no 00 separator at all',
  'wrong-version': 'correct padding, premaster version 02 02'
};

const PREMASTER_LENGTH = 48;

/** Random bytes none of which is zero (PKCS#1 padding bytes must be non-zero; a stray 0x00 would move the separator). */
export function nonZeroRandom(length: number): Buffer {
  const out = randomBytes(length);
  for (let i = 0; i < length; i++) while (out[i] === 0) out[i] = randomBytes(1)[0]!;
  return out;
}

/**
 * The k-byte block of one query for a modulus of `modulusBytes` bytes; `clientVersion` is the version of our
 * ClientHello, which a correct premaster secret starts with (RFC 5246 §7.4.7.1).
 */
export function robotBlock(query: RobotQuery, modulusBytes: number, clientVersion: number): Buffer {
  const padding = nonZeroRandom(modulusBytes - 3 - PREMASTER_LENGTH);
  const secret = nonZeroRandom(PREMASTER_LENGTH - 2);
  const version = Buffer.from([clientVersion >> 8, clientVersion & 0xff]);
  const parts: Record<RobotQuery, Buffer[]> = {
    valid: [Buffer.from([0x00, 0x02]), padding, Buffer.from([0x00]), version, secret],
    'wrong-first-bytes': [Buffer.from([0x41, 0x17]), padding, Buffer.from([0x00]), version, secret],
    // The separator replaced, a 0x00 placed so that the "message" after it is one byte long.
    'wrong-zero-position': [
      Buffer.from([0x00, 0x02]),
      padding,
      Buffer.from([0x11]),
      secret,
      Buffer.from([0x00, 0x11])
    ],
    'no-zero-separator': [Buffer.from([0x00, 0x02]), padding, Buffer.from([0x11, 0x11, 0x11]), secret],
    'wrong-version': [Buffer.from([0x00, 0x02]), padding, Buffer.from([0x00, 0x02, 0x02]), secret]
  };
  const block = Buffer.concat(parts[query]);
  if (block.length !== modulusBytes)
    throw new Error(`ROBOT block of ${block.length} bytes for a ${modulusBytes}-byte modulus`);
  return block;
}
