// What the scanner's hello offered, read from the bytes it sent: enough for a reply that a client would take
// seriously (the suites and groups it offered, its key share, its session id) before the mutations bend it.
import { decodeClientHello, decodeSslv2ClientHello, offered } from '../../src/wire/client-hello.js';
import { ClientExtension } from '../../src/wire/extension-codecs.js';

export interface Offer {
  format: 'tls' | 'sslv2' | 'unknown';
  /** The whole ClientHello handshake message (header included): the TLS 1.3 transcript starts with it. */
  message: Buffer | null;
  legacyVersion: number;
  versions: number[];
  suites: number[];
  groups: number[];
  sessionId: Buffer;
  /** The client's X25519 share, when it sent a usable one. */
  x25519: Buffer | null;
}

const X25519 = 0x001d;

/**
 * The hello at the start of `received`: 'pending' while its bytes are still arriving, else the offer (format
 * 'unknown' when the bytes are no hello this harness reads: it still answers them).
 */
export function readOffer(received: Buffer): Offer | 'pending' {
  if (received.length === 0) return 'pending';
  if (received[0] & 0x80) return readSslv2(received);
  if (received[0] !== 0x16) return unknownOffer();
  const fragments: Buffer[] = [];
  let at = 0;
  while (at + 5 <= received.length && received[at] === 0x16) {
    const length = received.readUInt16BE(at + 3);
    if (at + 5 + length > received.length) return 'pending';
    fragments.push(received.subarray(at + 5, at + 5 + length));
    at += 5 + length;
    const payload = Buffer.concat(fragments);
    if (payload.length >= 4 && payload.length >= 4 + payload.readUIntBE(1, 3)) {
      return readTls(payload.subarray(0, 4 + payload.readUIntBE(1, 3)));
    }
  }
  return at < received.length && received[at] !== 0x16 ? unknownOffer() : 'pending';
}

function unknownOffer(): Offer {
  return {
    format: 'unknown',
    message: null,
    legacyVersion: 0x0303,
    versions: [0x0303],
    suites: [],
    groups: [],
    sessionId: Buffer.alloc(0),
    x25519: null
  };
}

function readTls(message: Buffer): Offer {
  try {
    const hello = decodeClientHello(message.subarray(4));
    const versions = offered(hello, ClientExtension.supportedVersions) ?? [hello.legacyVersion];
    const share = (offered(hello, ClientExtension.keyShares) ?? []).find((entry) => entry.group === X25519);
    return {
      format: 'tls',
      message,
      legacyVersion: hello.legacyVersion,
      versions,
      suites: hello.cipherSuites,
      groups: offered(hello, ClientExtension.supportedGroups) ?? [],
      sessionId: hello.sessionId,
      x25519: share && share.keyExchange.length === 32 ? share.keyExchange : null
    };
  } catch {
    return unknownOffer();
  }
}

function readSslv2(received: Buffer): Offer | 'pending' {
  if (received.length < 2) return 'pending';
  const length = ((received[0] & 0x7f) << 8) | received[1];
  if (received.length < 2 + length) return 'pending';
  try {
    const hello = decodeSslv2ClientHello(received.subarray(2, 2 + length));
    return { ...unknownOffer(), format: 'sslv2', suites: hello.cipherSpecs };
  } catch {
    return unknownOffer();
  }
}
