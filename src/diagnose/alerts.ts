// What a TLS alert usually means when it ends a handshake, in the words of the person who has to fix it.
// The number and RFC name are what the error message shows ("SSL alert number 40"); the meaning is a hint,
// the cause is computed from the data (predict.ts).
import { alertName } from '../wire/alert.js';

const MEANINGS: Record<number, string> = {
  10: 'the peer received a message it did not expect at that point of the handshake',
  20: 'a record failed its integrity check (broken middlebox, or mismatched keys)',
  40: 'the two sides found no acceptable set of parameters (cipher suite, group, signature algorithm or certificate)',
  42: 'a certificate was corrupt or used a signature the peer refuses',
  43: 'a certificate was of an unsupported type',
  44: 'a certificate was revoked by its signer',
  45: 'a certificate has expired or is not yet valid',
  46: 'a certificate could not be accepted for an unspecified reason (often: untrusted issuer)',
  47: 'a field in the handshake was out of range or inconsistent',
  48: 'the certificate chain does not lead to a CA the peer trusts (or an intermediate is missing)',
  49: 'access was denied (e.g. a client certificate was not authorised)',
  50: 'a message could not be decoded',
  51: 'a handshake signature or Finished message did not verify',
  70: 'the server does not speak any protocol version the client offered',
  71: 'the server requires stronger parameters than the client offered (e.g. cipher suites or DH size)',
  80: 'the peer had an internal error (sometimes a rejected key share or a misconfigured server)',
  86: 'the client retried with a lower version (TLS_FALLBACK_SCSV) although the server supports a higher one',
  90: 'the handshake was cancelled',
  109: 'a required extension was missing (TLS 1.3 needs supported_versions, key_share, signature_algorithms)',
  110: 'an extension was sent that the peer did not allow',
  112: 'the server does not know the name sent in SNI (or requires SNI and none was sent)',
  116: 'the server requires a client certificate',
  120: 'no application protocol (ALPN) in common'
};

/** "alert 40 (handshake_failure): the two sides found no ..." */
export function describeAlert(code: number): string {
  const meaning = MEANINGS[code];
  return `alert ${code} (${alertName(code)})${meaning ? `: ${meaning}` : ''}`;
}
