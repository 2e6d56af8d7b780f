// The fuzz harness's cases (scripts/fuzz): reproducible from seed and index, reaching every family, and with
// TLS 1.3 flights a real client can decrypt (so the mutations of the encrypted messages are seen by the scanner).
import { afterAll, describe, expect, it } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { buildCase, type CaseMaterial } from '../../scripts/fuzz/case.js';
import { readOffer, type Offer } from '../../scripts/fuzz/offer.js';
import { encodeClientHelloRecords } from '../../src/wire/client-hello.js';
import { decodeCertificate } from '../../src/wire/certificate.js';
import { ReplyReader } from '../../src/wire/framing.js';
import { decodeServerHello, serverKeyShare } from '../../src/wire/server-hello.js';
import { Tls13HandshakeDecryptor } from '../../src/wire/tls13/handshake-decryptor.js';
import { createKeyShare } from '../../src/wire/tls13/key-share.js';
import { cleanupTempDirs, selfSigned } from '../helpers/servers.js';

afterAll(cleanupTempDirs);

const leaf = Buffer.from(new X509Certificate(selfSigned({ key: 'ec' }).certPem).raw);
const material: CaseMaterial = { certificates: { leaf }, captured: [] };
const share = createKeyShare(0x1d)!;
const helloRecords = encodeClientHelloRecords({
  clientVersion: 0x0303,
  supportedVersions: [0x0304, 0x0303],
  cipherSuites: [0x1301, 0xc02f, 0x009c],
  supportedGroups: [0x1d, 0x17],
  keyShares: [share.entry],
  signatureAlgorithms: [0x0804, 0x0403],
  sessionId: Buffer.alloc(32, 9)
});
const offer = readOffer(helloRecords) as Offer;

describe('fuzz cases', () => {
  it('are a pure function of seed and index: the same case twice is made of the same parts, of the same size', () => {
    for (let index = 0; index < 100; index++) {
      const first = buildCase('spec', index, offer, material);
      const again = buildCase('spec', index, offer, material);
      expect(again.labels).toEqual(first.labels);
      expect(again.delivery).toEqual(first.delivery);
      expect(again.bytes.length).toBe(first.bytes.length);
    }
  });

  it('reach every family, certificate kind and delivery within 1500 cases', () => {
    const labels = new Set<string>();
    for (let index = 0; index < 1500; index++) {
      for (const label of buildCase('reach', index, offer, material).labels)
        labels.add(label.replace(/-\d+$/, ''));
    }
    for (const family of ['tls12', 'tls13', 'hrr', 'sslv2', 'alert', 'banner'])
      expect(labels).toContain(family);
    for (const kind of ['real', 'broken-length', 'nested', 'many-tiny', 'hostile-names', 'huge-integer'])
      expect(labels).toContain(`cert:${kind}`);
    for (const how of ['all', 'slow', 'reset-after', 'reset-now', 'silent'])
      expect(labels).toContain(`deliver:${how}`);
    for (const cut of ['wire:cut-at-boundary', 'msg:length', 'enc:length', 'enc-rec:tag', 'rec:one-byte'])
      expect(labels).toContain(cut);
  });

  it('seal TLS 1.3 flights under the real handshake keys: the client decrypts the Certificate it was given', () => {
    let index = 0;
    const plain = (labels: string[]): boolean =>
      labels[0] === 'tls13' &&
      labels.includes('cert:real') &&
      labels.every((l) => !/^(msg|enc|wire):|enc-rec:(?!one$|per-message$|random$|one-byte$)/.test(l));
    while (!plain(buildCase('keys', index, offer, material).labels)) index++;
    const fuzzCase = buildCase('keys', index, offer, material);
    const reader = new ReplyReader(false);
    reader.push(fuzzCase.bytes);
    const serverHello = reader.next();
    if (serverHello?.kind !== 'handshake') throw new Error('no ServerHello');
    const key = serverKeyShare(decodeServerHello(serverHello.message.body))!;
    const clientHello = helloRecords.subarray(5);
    const decryptor = new Tls13HandshakeDecryptor(
      decodeServerHello(serverHello.message.body).cipherSuite,
      share.sharedSecret(key.keyExchange),
      Buffer.concat([clientHello, serverHello.message.raw])
    );
    const messages = [];
    for (let frame = reader.next(); frame; frame = reader.next()) {
      if (frame.kind === 'record') messages.push(...decryptor.push(frame.record));
    }
    const certificate = messages.find((m) => m.type === 11)!;
    expect(decodeCertificate(certificate.body, true).certificates[0]).toEqual(leaf);
  });
});
