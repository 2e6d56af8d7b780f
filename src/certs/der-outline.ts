// The two reads of a certificate that Node's X509Certificate lacks, done directly on the DER so that they work at
// any certificate size: @peculiar's ASN.1 parser stops at 10,000 nodes (a guard we keep against hostile input),
// which a certificate with thousands of subjectAltNames exceeds. Certificate ::= SEQUENCE { tbsCertificate,
// signatureAlgorithm AlgorithmIdentifier, signatureValue } (RFC 5280 section 4.1); only definite DER lengths.

export interface Tlv {
  tag: number;
  /** First byte of the contents. */
  start: number;
  /** One past the last byte of the contents. */
  end: number;
}

export function readTlv(der: Uint8Array, offset: number, limit: number): Tlv {
  if (offset + 2 > limit) throw new Error('DER element truncated');
  const tag = der[offset]!;
  let length = der[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0 || octets > 4 || start + octets > limit) throw new Error('DER length not definite');
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + der[start + i]!;
    start += octets;
  }
  const end = start + length;
  if (end > limit) throw new Error('DER element longer than its container');
  return { tag, start, end };
}

export const SEQUENCE = 0x30;
const OBJECT_IDENTIFIER = 0x06;

function decodeOid(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new Error('empty OBJECT IDENTIFIER');
  const arcs: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new Error('OBJECT IDENTIFIER arc too large');
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  if (bytes[bytes.length - 1]! & 0x80) throw new Error('OBJECT IDENTIFIER truncated');
  const first = arcs.shift()!;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

/** The OID of the certificate's outer signatureAlgorithm. Throws on anything that is not that shape. */
export function outerSignatureAlgorithmOid(der: Uint8Array): string {
  const certificate = readTlv(der, 0, der.length);
  if (certificate.tag !== SEQUENCE) throw new Error('not a SEQUENCE');
  const tbs = readTlv(der, certificate.start, certificate.end);
  const algorithm = readTlv(der, tbs.end, certificate.end);
  if (tbs.tag !== SEQUENCE || algorithm.tag !== SEQUENCE) throw new Error('not a certificate');
  const oid = readTlv(der, algorithm.start, algorithm.end);
  if (oid.tag !== OBJECT_IDENTIFIER) throw new Error('signatureAlgorithm without an OID');
  return decodeOid(der.subarray(oid.start, oid.end));
}

/**
 * "DNS:name" and "IP:address" entries from Node's X509Certificate.subjectAltName, which OpenSSL renders as
 * `DNS:a.example, IP Address:127.0.0.1, email:x@y`, with a JSON-quoted value where a name holds a comma or a
 * quote. Other kinds of name are skipped.
 */
export function subjectAltNamesFromOpenSsl(text: string | undefined): string[] {
  const names: string[] = [];
  const entry = /([A-Za-z][A-Za-z ]*):("(?:\\.|[^"\\])*"|[^,]*)(?:, |$)/y;
  for (let at = 0; text && at < text.length;) {
    entry.lastIndex = at;
    const match = entry.exec(text);
    if (!match) break;
    at = entry.lastIndex;
    const value = match[2]!.startsWith('"') ? (JSON.parse(match[2]!) as string) : match[2]!;
    if (match[1] === 'DNS') names.push(`DNS:${value}`);
    else if (match[1] === 'IP Address') names.push(`IP:${value}`);
  }
  return names;
}
