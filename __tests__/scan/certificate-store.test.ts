// A target's certificates are kept once each, by the SHA-256 of their DER: every probe's decoded list shares the
// same copies, so a chain read by 200 probes is held once.
import { describe, expect, it } from '@jest/globals';
import { CertificateStore } from '../../src/scan/certificate-store.js';

const der = (byte: number): Buffer => Buffer.from([0x30, 0x03, 0x02, 0x01, byte]);

describe('CertificateStore', () => {
  it("replaces each probe's copy with the one kept for the same DER", () => {
    const store = new CertificateStore();
    const first = store.keep([der(1), der(2)]);
    const second = store.keep([der(1), der(2)]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(store.size).toBe(2);
  });

  it('keeps different certificates apart', () => {
    const store = new CertificateStore();
    const [a, b] = store.keep([der(1), der(2)]);
    expect(a!.equals(der(1))).toBe(true);
    expect(b!.equals(der(2))).toBe(true);
    expect(a).not.toBe(b);
  });

  it('stops keeping new certificates at its limit, and still returns every list whole', () => {
    const store = new CertificateStore(2);
    const list = store.keep([der(1), der(2), der(3)]);
    expect(list.map((cert) => cert[4])).toEqual([1, 2, 3]);
    expect(store.size).toBe(2);
    expect(store.keep([der(3)])[0]).not.toBe(list[2]);
  });

  it('hands back copies that do not keep the reply they were read from alive, kept or over the limit', () => {
    // A decoded certificate is a view into a socket read of up to 64 KiB; a view keeps all of it.
    const reply = Buffer.alloc(64 * 1024);
    der(7).copy(reply, 100);
    der(8).copy(reply, 200);
    const store = new CertificateStore(1);
    const list = store.keep([reply.subarray(100, 105), reply.subarray(200, 205)]);
    expect(list.map((cert) => cert.buffer.byteLength)).toEqual([5, 5]);
    expect(list[1]!.equals(der(8))).toBe(true);
  });
});
