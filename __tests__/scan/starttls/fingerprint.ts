// The SHA-256 fingerprint of a test certificate as the report writes it (upper-case hex, colon separated),
// computed from the PEM the server was given.
import { X509Certificate } from 'node:crypto';
import type { KeyPair } from '../../helpers/servers.js';

export function fingerprintOf(key: KeyPair): string {
  return new X509Certificate(key.certPem).fingerprint256;
}
