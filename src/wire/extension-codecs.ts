// The typed extension table: for each extension a message carries, its code point and the codec of its
// extension_data, both ways (in the manner of rustls' ClientExtension/ServerExtension). ClientHello,
// ServerHello/HelloRetryRequest and the TLS 1.3 CertificateEntry read and write their extensions through it, so
// each body format is written once. Where one code point has different bodies in different messages
// (supported_versions, key_share, status_request), each form is its own entry.
import { CertificateStatusType, ExtensionType } from '../codepoints/index.js';
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';
import type { KeyShareEntry, OfferedPsks, PskIdentity } from './client-hello-spec.js';
import {
  decodeAlpn,
  decodeServerName,
  encodeAlpn,
  encodeServerName,
  type Extension,
  readU16List,
  readU8List,
  u16List,
  u8List
} from './extensions.js';

/** An extension's code point and body codec; `Written` differs from `T` only where decoding may find nothing. */
export interface ExtensionCodec<T, Written = T> {
  type: number;
  decode(data: Buffer): T;
  encode(value: Written): Buffer;
}

function codec<T, Written = T>(
  type: number,
  decode: (data: Buffer) => T,
  encode: (value: Written) => Buffer
): ExtensionCodec<T, Written> {
  return { type, decode, encode };
}

/** Reads a body with `read`, which must consume all of it. */
function whole<T>(what: string, read: (r: ByteReader) => T): (data: Buffer) => T {
  return (data) => {
    const r = new ByteReader(data, what);
    const value = read(r);
    r.expectDone();
    return value;
  };
}

const u16 = (value: number): Buffer => new ByteWriter().u16(value).finish();
const keyShareEntry = (entry: KeyShareEntry): Buffer =>
  new ByteWriter()
    .u16(entry.group)
    .vector16((k) => k.bytes(entry.keyExchange))
    .finish();

/** The bytes of an OfferedPsks' binders list, its u16 length included: what a binder's transcript leaves out. */
export function bindersListLength(binders: readonly Buffer[]): number {
  return 2 + binders.reduce((sum, binder) => sum + 1 + binder.length, 0);
}

function encodeOfferedPsks(offer: OfferedPsks): Buffer {
  return new ByteWriter()
    .vector16((list) =>
      offer.identities.forEach((psk) =>
        list.vector16((w) => w.bytes(psk.identity)).u32(psk.obfuscatedTicketAge)
      )
    )
    .vector16((list) => offer.binders.forEach((binder) => list.vector8((w) => w.bytes(binder))))
    .finish();
}

function decodeOfferedPsks(r: ByteReader): OfferedPsks {
  const identityList = r.vector16('pre_shared_key identities');
  const identities: PskIdentity[] = [];
  while (!identityList.done()) {
    identities.push({
      identity: Buffer.from(identityList.vector16().rest()),
      obfuscatedTicketAge: identityList.u32()
    });
  }
  const binderList = r.vector16('pre_shared_key binders');
  const binders: Buffer[] = [];
  while (!binderList.done()) binders.push(Buffer.from(binderList.vector8().rest()));
  if (identities.length === 0 || identities.length !== binders.length)
    throw new DecodeError('pre_shared_key: identities and binders must be as many, and at least one');
  return { identities, binders };
}

/** A flag extension: present with an empty body. */
const empty = (type: number): ExtensionCodec<true> =>
  codec(
    type,
    whole('empty extension', () => true as const),
    () => Buffer.alloc(0)
  );

/** CertificateStatus body (RFC 6066 §8): status_type ocsp(1), then a u24 OCSPResponse; the DER response. */
export const certificateStatusBody = codec(
  ExtensionType.status_request,
  (data: Buffer): Buffer => {
    const r = new ByteReader(data, 'CertificateStatus');
    const statusType = r.u8();
    if (statusType !== CertificateStatusType.ocsp)
      throw new DecodeError(`CertificateStatus: status_type ${statusType} is not ocsp(1)`);
    const response = r.vector24('OCSPResponse').rest();
    r.expectDone();
    return Buffer.from(response);
  },
  (ocsp: Buffer): Buffer =>
    new ByteWriter()
      .u8(CertificateStatusType.ocsp)
      .vector24((w) => w.bytes(ocsp))
      .finish()
);

/** Extensions a ClientHello carries. */
export const ClientExtension = {
  /** server_name: the host_name entry (null when the list holds none). */
  serverName: codec<string | null, string>(ExtensionType.server_name, decodeServerName, encodeServerName),
  supportedGroups: codec(ExtensionType.supported_groups, (d) => readU16List(d, 'supported_groups'), u16List),
  ecPointFormats: codec(ExtensionType.ec_point_formats, (d) => readU8List(d, 'ec_point_formats'), u8List),
  signatureAlgorithms: codec(
    ExtensionType.signature_algorithms,
    (d) => readU16List(d, 'signature_algorithms'),
    u16List
  ),
  signatureAlgorithmsCert: codec(
    ExtensionType.signature_algorithms_cert,
    (d) => readU16List(d, 'signature_algorithms_cert'),
    u16List
  ),
  alpn: codec(ExtensionType.application_layer_protocol_negotiation, decodeAlpn, encodeAlpn),
  /** supported_versions in a ClientHello: a u8-length list of versions (RFC 8446 §4.2.1). */
  supportedVersions: codec(
    ExtensionType.supported_versions,
    whole('supported_versions', (r) => {
      const list = r.vector8();
      const out: number[] = [];
      while (!list.done()) out.push(list.u16());
      return out;
    }),
    (versions: number[]) => new ByteWriter().vector8((w) => versions.forEach((v) => w.u16(v))).finish()
  ),
  /** key_share in a ClientHello: a u16-length list of entries (RFC 8446 §4.2.8). */
  keyShares: codec(
    ExtensionType.key_share,
    whole('key_share', (r) => {
      const list = r.vector16();
      const out: KeyShareEntry[] = [];
      while (!list.done()) out.push({ group: list.u16(), keyExchange: list.vector16().rest() });
      return out;
    }),
    (entries: KeyShareEntry[]) =>
      new ByteWriter().vector16((w) => entries.forEach((e) => w.bytes(keyShareEntry(e)))).finish()
  ),
  pskKeyExchangeModes: codec(
    ExtensionType.psk_key_exchange_modes,
    (d) => readU8List(d, 'psk_key_exchange_modes'),
    u8List
  ),
  /** status_request asking for OCSP with no responder ids or extensions (RFC 6066 §8): 01 0000 0000. */
  statusRequest: codec(
    ExtensionType.status_request,
    (data: Buffer) => data,
    () => Buffer.from([CertificateStatusType.ocsp, 0, 0, 0, 0])
  ),
  /** Empty to ask for a ticket, or a ticket to present (RFC 5077 §3.2). */
  sessionTicket: codec(
    ExtensionType.session_ticket,
    (data: Buffer) => data,
    (ticket: Buffer) => ticket
  ),
  /** renegotiation_info of an initial handshake: an empty renegotiated_connection (RFC 5746 §3.2). */
  renegotiationInfo: codec(
    ExtensionType.renegotiation_info,
    whole('renegotiation_info', (r) => r.vector8().rest()),
    (connection: Buffer) => new ByteWriter().vector8((w) => w.bytes(connection)).finish()
  ),
  encryptThenMac: empty(ExtensionType.encrypt_then_mac),
  extendedMasterSecret: empty(ExtensionType.extended_master_secret),
  /** early_data in a ClientHello: the client sends 0-RTT data after it (RFC 8446 §4.2.10). */
  earlyData: empty(ExtensionType.early_data),
  /** pre_shared_key in a ClientHello: the offered PSKs and their binders; the last extension (RFC 8446 §4.2.11). */
  preSharedKey: codec(
    ExtensionType.pre_shared_key,
    whole('pre_shared_key', decodeOfferedPsks),
    encodeOfferedPsks
  ),
  /** RFC 7685: zero bytes of the given length. */
  padding: codec(
    ExtensionType.padding,
    (data: Buffer) => data.length,
    (length: number) => Buffer.alloc(length)
  )
} as const;

/** Extensions a ServerHello or HelloRetryRequest carries. */
export const ServerExtension = {
  /** supported_versions in a ServerHello: the one selected version. */
  selectedVersion: codec(
    ExtensionType.supported_versions,
    whole('supported_versions', (r) => r.u16()),
    u16
  ),
  /** key_share in a ServerHello: the server's one entry. */
  keyShare: codec(
    ExtensionType.key_share,
    whole('key_share', (r) => ({ group: r.u16(), keyExchange: Buffer.from(r.vector16().rest()) })),
    keyShareEntry
  ),
  /** key_share in a HelloRetryRequest: the group the server asks for. */
  retryGroup: codec(
    ExtensionType.key_share,
    whole('key_share', (r) => r.u16()),
    u16
  ),
  /** pre_shared_key in a ServerHello: the index of the PSK the server selected (RFC 8446 §4.2.11). */
  selectedIdentity: codec(
    ExtensionType.pre_shared_key,
    whole('pre_shared_key', (r) => r.u16()),
    u16
  ),
  cookie: codec(
    ExtensionType.cookie,
    whole('cookie', (r) => Buffer.from(r.vector16().rest())),
    (cookie: Buffer) => new ByteWriter().vector16((w) => w.bytes(cookie)).finish()
  )
} as const;

/** Extensions an EncryptedExtensions carries (those the engine reads). */
export const EncryptedExtension = {
  /** early_data in EncryptedExtensions: the server accepted the client's 0-RTT data (RFC 8446 §4.2.10). */
  earlyData: empty(ExtensionType.early_data)
} as const;

/** Extensions of a TLS 1.3 CertificateEntry (RFC 8446 §4.4.2). */
export const CertificateEntryExtension = {
  /** The stapled OCSP response: a CertificateStatus body. */
  statusRequest: certificateStatusBody
} as const;

/** The extension holding `value`. */
export function extension<T, Written>(codec: ExtensionCodec<T, Written>, value: Written): Extension {
  return { type: codec.type, data: codec.encode(value) };
}

/** The decoded value of the extension of the codec's type, or null when the list has none. */
export function findExtension<T, Written>(
  extensions: readonly Extension[],
  codec: ExtensionCodec<T, Written>
): T | null {
  const found = extensions.find((e) => e.type === codec.type);
  return found ? codec.decode(found.data) : null;
}
