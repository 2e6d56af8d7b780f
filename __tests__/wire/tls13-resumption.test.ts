// The rest of the TLS 1.3 key schedule, NewSessionTicket, pre_shared_key and PSK binders, against RFC 8448: the
// end of the §3 handshake (client Finished, ticket) and the §4 resumed 0-RTT ClientHello, byte for byte.
import { describe, expect, test } from '@jest/globals';
import { ContentType, ExtensionType } from '../../src/codepoints/index.js';
import { clientHello, decodeClientHello, encodeClientHello } from '../../src/wire/client-hello.js';
import {
  ClientExtension,
  EncryptedExtension,
  extension,
  findExtension,
  ServerExtension
} from '../../src/wire/extension-codecs.js';
import {
  decodeNewSessionTicket,
  encodeNewSessionTicket,
  maxEarlyDataSize,
  TicketEarlyData
} from '../../src/wire/new-session-ticket.js';
import { bindPskBinders, truncatedForBinders } from '../../src/wire/psk-binders.js';
import { RecordReader } from '../../src/wire/record.js';
import { tls13Suite } from '../../src/wire/tls13/aead.js';
import {
  applicationSecrets,
  clientEarlyTrafficSecret,
  earlySecretOf,
  finishedVerifyData,
  handshakeSecrets,
  pskBinder,
  resumptionBinderKey,
  resumptionMasterSecret,
  ticketPsk,
  transcriptHash
} from '../../src/wire/tls13/key-schedule.js';
import { RecordProtection } from '../../src/wire/tls13/record-protection.js';
import { RFC8448 } from './fixtures/rfc8448.js';
import { RFC8448_APPLICATION as APP, RFC8448_RESUMED as RESUMED } from './fixtures/rfc8448-resumption.js';

const AES128 = tls13Suite(0x1301)!;
const hexOf = (b: Buffer): string => b.toString('hex');
const firstRecord = (bytes: Buffer) => {
  const reader = new RecordReader();
  reader.push(bytes);
  return reader.next()!;
};

const HELLOS = Buffer.concat([RFC8448.clientHello, RFC8448.serverHello]);
const THROUGH_SERVER_FINISHED = Buffer.concat([HELLOS, APP.serverFlightMessages]);
const THROUGH_CLIENT_FINISHED = Buffer.concat([THROUGH_SERVER_FINISHED, APP.clientFinished]);
const handshake = handshakeSecrets('sha256', RFC8448.sharedSecret, HELLOS);

describe('the key schedule after the server flight (RFC 8448 §3)', () => {
  test('master secret and application traffic secrets over ClientHello..server Finished', () => {
    const secrets = applicationSecrets('sha256', handshake.handshakeSecret, THROUGH_SERVER_FINISHED);
    expect(hexOf(secrets.masterSecret)).toBe(hexOf(APP.masterSecret));
    expect(hexOf(secrets.clientApplicationTrafficSecret)).toBe(hexOf(APP.clientApplicationTrafficSecret));
    expect(hexOf(secrets.serverApplicationTrafficSecret)).toBe(hexOf(APP.serverApplicationTrafficSecret));
  });

  test('the client Finished, sealed under the client handshake keys, is the RFC record', () => {
    const verifyData = finishedVerifyData(
      'sha256',
      handshake.clientHandshakeTrafficSecret,
      THROUGH_SERVER_FINISHED
    );
    expect(hexOf(verifyData)).toBe(hexOf(APP.clientFinished.subarray(4)));
    const sealer = new RecordProtection(AES128, handshake.clientHandshakeTrafficSecret);
    expect(hexOf(sealer.seal(ContentType.handshake, APP.clientFinished))).toBe(
      hexOf(APP.clientFinishedRecord)
    );
  });

  test('resumption master secret over ClientHello..client Finished, and the PSK of ticket nonce 0000', () => {
    const resumption = resumptionMasterSecret('sha256', APP.masterSecret, THROUGH_CLIENT_FINISHED);
    expect(hexOf(resumption)).toBe(hexOf(APP.resumptionMasterSecret));
    expect(hexOf(ticketPsk('sha256', resumption, APP.ticketNonce))).toBe(hexOf(APP.psk));
  });
});

describe('NewSessionTicket (RFC 8446 §4.6.1)', () => {
  test('the RFC 8448 ticket record opens under the server application keys and decodes', () => {
    const opener = new RecordProtection(AES128, APP.serverApplicationTrafficSecret);
    const { type, content } = opener.open(firstRecord(APP.newSessionTicketRecord));
    expect(type).toBe(ContentType.handshake);
    expect(hexOf(content)).toBe(hexOf(APP.newSessionTicket));
    const ticket = decodeNewSessionTicket(content.subarray(4));
    expect(ticket.lifetime).toBe(30);
    expect(ticket.ageAdd).toBe(0xfad6aac5);
    expect(hexOf(ticket.nonce)).toBe('0000');
    expect(ticket.ticket.length).toBe(0xb2);
    expect(maxEarlyDataSize(ticket)).toBe(1024);
    expect(hexOf(encodeNewSessionTicket(ticket))).toBe(hexOf(APP.newSessionTicket));
  });

  test('a ticket without early_data allows no 0-RTT data', () => {
    const ticket = {
      lifetime: 7200,
      ageAdd: 1,
      nonce: Buffer.from([1]),
      ticket: Buffer.alloc(16, 7),
      extensions: []
    };
    const decoded = decodeNewSessionTicket(encodeNewSessionTicket(ticket).subarray(4));
    expect(decoded).toEqual(ticket);
    expect(maxEarlyDataSize(decoded)).toBe(0);
  });

  test('a truncated ticket, an empty ticket or a short max_early_data_size is a DecodeError', () => {
    const body = APP.newSessionTicket.subarray(4);
    expect(() => decodeNewSessionTicket(body.subarray(0, body.length - 1))).toThrow('NewSessionTicket');
    const emptyTicket = encodeNewSessionTicket({
      lifetime: 1,
      ageAdd: 1,
      nonce: Buffer.alloc(0),
      ticket: Buffer.alloc(0),
      extensions: []
    });
    expect(() => decodeNewSessionTicket(emptyTicket.subarray(4))).toThrow('empty ticket');
    expect(() => TicketEarlyData.decode(Buffer.from([0, 0, 4]))).toThrow();
  });
});

/** The RFC 8448 §4 ClientHello as a spec: the §3 ticket offered with early_data, padded to 512 bytes. */
function resumedHelloSpec() {
  const ticket = decodeNewSessionTicket(APP.newSessionTicket.subarray(4));
  return clientHello({
    clientVersion: 0x0303,
    random: RESUMED.clientHello.subarray(6, 38),
    cipherSuites: [0x1301, 0x1303, 0x1302],
    serverName: 'server',
    renegotiationInfo: true,
    supportedGroups: [0x001d, 0x0017, 0x0018, 0x0019, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104],
    keyShares: [{ group: 0x001d, keyExchange: RESUMED.clientPublicKey }],
    earlyData: true,
    supportedVersions: [0x0304],
    signatureAlgorithms: [
      0x0403, 0x0503, 0x0603, 0x0203, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0201, 0x0402, 0x0502,
      0x0602, 0x0202
    ],
    pskKeyExchangeModes: [1],
    extraExtensions: [{ type: ExtensionType.record_size_limit, data: Buffer.from('4001', 'hex') }],
    padTo: 512,
    preSharedKey: {
      identities: [{ identity: ticket.ticket, obfuscatedTicketAge: RESUMED.obfuscatedTicketAge }],
      binders: [Buffer.alloc(32)]
    }
  });
}

describe('a resumed 0-RTT ClientHello (RFC 8448 §4)', () => {
  const earlySecret = earlySecretOf('sha256', APP.psk);

  test('the early secret and binder key from the PSK', () => {
    expect(hexOf(earlySecret)).toBe(hexOf(RESUMED.earlySecret));
    expect(hexOf(resumptionBinderKey('sha256', earlySecret))).toBe(hexOf(RESUMED.binderKey));
  });

  test('padding goes before pre_shared_key, which stays last; the binder is over the truncated hello', () => {
    const unbound = resumedHelloSpec();
    expect(unbound.extensions.at(-1)!.type).toBe(ExtensionType.pre_shared_key);
    expect(unbound.extensions.at(-2)!.type).toBe(ExtensionType.padding);
    const truncated = truncatedForBinders(unbound);
    expect(hexOf(transcriptHash('sha256', truncated))).toBe(hexOf(RESUMED.binderHash));
    const bound = bindPskBinders(unbound, (t) => [pskBinder('sha256', earlySecret, t)]);
    expect(hexOf(encodeClientHello(bound))).toBe(hexOf(RESUMED.clientHello));
  });

  test('the client early traffic secret over the whole ClientHello seals the RFC 0-RTT record', () => {
    const secret = clientEarlyTrafficSecret('sha256', earlySecret, RESUMED.clientHello);
    expect(hexOf(secret)).toBe(hexOf(RESUMED.clientEarlyTrafficSecret));
    const sealer = new RecordProtection(AES128, secret);
    expect(hexOf(sealer.seal(ContentType.application_data, RESUMED.earlyData))).toBe(
      hexOf(RESUMED.earlyDataRecord)
    );
  });

  test('pre_shared_key and early_data decode from the RFC hello and encode back', () => {
    const hello = decodeClientHello(RESUMED.clientHello.subarray(4));
    const offer = findExtension(hello.extensions, ClientExtension.preSharedKey)!;
    expect(offer.identities).toHaveLength(1);
    expect(offer.identities[0]!.obfuscatedTicketAge).toBe(RESUMED.obfuscatedTicketAge);
    expect(hexOf(offer.binders[0]!)).toBe(hexOf(RESUMED.binder));
    expect(findExtension(hello.extensions, ClientExtension.earlyData)).toBe(true);
    expect(hexOf(extension(ClientExtension.preSharedKey, offer).data)).toBe(
      hexOf(hello.extensions.at(-1)!.data)
    );
  });

  test('binders that do not match the placeholders, or a pre_shared_key not last, are refused', () => {
    const unbound = resumedHelloSpec();
    expect(() => bindPskBinders(unbound, () => [Buffer.alloc(48)])).toThrow('length');
    const moved = { ...unbound, extensions: [...unbound.extensions].reverse() };
    expect(() => bindPskBinders(moved, () => [Buffer.alloc(32)])).toThrow('last');
    expect(() => ClientExtension.preSharedKey.decode(Buffer.from('0000' + '0000', 'hex'))).toThrow('as many');
  });
});

describe('the server side of 0-RTT', () => {
  test('ServerHello pre_shared_key names the selected identity; EncryptedExtensions early_data is empty', () => {
    const selected = extension(ServerExtension.selectedIdentity, 0);
    expect(hexOf(selected.data)).toBe('0000');
    expect(ServerExtension.selectedIdentity.decode(Buffer.from('0002', 'hex'))).toBe(2);
    const early = extension(EncryptedExtension.earlyData, true);
    expect(early).toEqual({ type: ExtensionType.early_data, data: Buffer.alloc(0) });
    expect(() => EncryptedExtension.earlyData.decode(Buffer.from([0]))).toThrow();
  });
});
