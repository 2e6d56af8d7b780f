// isDerSequence: the one DER check a probe makes before a certificate counts (a whole SEQUENCE, nothing more).
import { describe, expect, it } from '@jest/globals';
import { isDerSequence } from '../../src/wire/der.js';
import { createTestPki } from '../../src/testing/pki.js';

describe('isDerSequence', () => {
  it('accepts a real certificate and a short SEQUENCE', async () => {
    const { der } = await createTestPki().selfSigned({
      commonName: 'der.test',
      dnsNames: ['der.test'],
      isCA: false
    });
    expect(isDerSequence(der)).toBe(true);
    expect(isDerSequence(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x00]))).toBe(true);
  });

  it.each([
    ['text', Buffer.from('not a certificate')],
    ['empty', Buffer.alloc(0)],
    ['not a SEQUENCE', Buffer.from([0x31, 0x00])],
    ['length longer than the bytes', Buffer.from([0x30, 0x05, 0x02, 0x01, 0x00])],
    ['trailing bytes', Buffer.from([0x30, 0x00, 0x00])],
    ['indefinite length (BER)', Buffer.from([0x30, 0x80, 0x00, 0x00])],
    ['long form for a short length', Buffer.from([0x30, 0x81, 0x01, 0x00])],
    ['leading zero length byte', Buffer.from([0x30, 0x82, 0x00, 0x81, ...Buffer.alloc(0x81)])]
  ])('refuses %s', (_name, bytes) => {
    expect(isDerSequence(bytes)).toBe(false);
  });
});
