// The TLS 1.3 pieces a certificate-reading probe needs: real key shares and decryption of the server's first
// flight (src/wire/tls13). Behind a small interface so the probe's state machine stays version-neutral.
import type { AlertInfo } from '../model/report.js';
import type { KeyShareEntry } from '../wire/client-hello-spec.js';
import type { TlsRecord } from '../wire/record.js';
import { createKeyShare } from '../wire/tls13/key-share.js';
import { Tls13HandshakeDecryptor } from '../wire/tls13/handshake-decryptor.js';

export interface Tls13Support {
  createKeyShare(group: number): { entry: KeyShareEntry; sharedSecret(serverKey: Buffer): Buffer } | null;
  createDecryptor(
    cipherSuite: number,
    sharedSecret: Buffer,
    transcript: Buffer
  ): {
    push(record: TlsRecord): { type: number; body: Buffer }[];
    /** An alert the server sent encrypted after its ServerHello, once seen. */
    readonly alert?: AlertInfo | null;
  };
}

/**
 * One key share per group per run: making a key pair costs more than the rest of a probe's crypto, and these
 * handshakes end at the server's Certificate, so reusing the client's ephemeral key across them reveals nothing.
 */
const sharesByGroup = new Map<number, ReturnType<typeof createKeyShare>>();

function keyShareOnce(group: number): ReturnType<typeof createKeyShare> {
  if (!sharesByGroup.has(group)) sharesByGroup.set(group, createKeyShare(group));
  return sharesByGroup.get(group)!;
}

export const TLS13_SUPPORT: Tls13Support = {
  createKeyShare: keyShareOnce,
  createDecryptor: (cipherSuite, sharedSecret, transcript) =>
    new Tls13HandshakeDecryptor(cipherSuite, sharedSecret, transcript)
};
