// RSA ClientKeyExchange both ways: TLS's 2-byte length prefix, SSL 3.0's bare ciphertext.
import { describe, expect, it } from '@jest/globals';
import {
  decodeRsaClientKeyExchange,
  encodeRsaClientKeyExchange
} from '../../src/wire/client-key-exchange.js';
import { DecodeError } from '../../src/wire/bytes.js';

describe('RSA ClientKeyExchange', () => {
  const ciphertext = Buffer.alloc(256, 0xab);

  it('prefixes the ciphertext with its length in TLS, not in SSL 3.0', () => {
    const tls = encodeRsaClientKeyExchange(ciphertext, false);
    expect([...tls.subarray(0, 6)]).toEqual([16, 0x00, 0x01, 0x02, 0x01, 0x00]);
    expect(decodeRsaClientKeyExchange(tls.subarray(4), false)).toEqual(ciphertext);
    const ssl3 = encodeRsaClientKeyExchange(ciphertext, true);
    expect([...ssl3.subarray(0, 4)]).toEqual([16, 0x00, 0x01, 0x00]);
    expect(decodeRsaClientKeyExchange(ssl3.subarray(4), true)).toEqual(ciphertext);
  });

  it('rejects a TLS body whose length prefix disagrees with it', () => {
    expect(() => decodeRsaClientKeyExchange(Buffer.from([0x01, 0x00, 0xab]), false)).toThrow(DecodeError);
  });
});
