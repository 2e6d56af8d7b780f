// The one DER check the probe needs: whether a certificate is at least one whole DER SEQUENCE (tag, definite
// length, exactly the bytes given). A client parses the certificate before it can go on with the handshake;
// bytes that are not even that are a flight no client can continue. The full X.509 parse is src/certs'.

/** Whether `bytes` is exactly one DER SEQUENCE with a definite, minimally encoded length. */
export function isDerSequence(bytes: Buffer): boolean {
  if (bytes.length < 2 || bytes[0] !== 0x30) return false;
  const first = bytes[1]!;
  if (first < 0x80) return bytes.length === 2 + first;
  const lengthBytes = first & 0x7f;
  // 0x80 is BER's indefinite length; more than 4 length bytes cannot describe anything a probe reads.
  if (lengthBytes === 0 || lengthBytes > 4 || bytes.length < 2 + lengthBytes) return false;
  if (bytes[2] === 0) return false; // not minimal
  let length = 0;
  for (let i = 0; i < lengthBytes; i++) length = length * 256 + bytes[2 + i]!;
  if (length < 0x80) return false; // not minimal: a short length written in long form
  return bytes.length === 2 + lengthBytes + length;
}
