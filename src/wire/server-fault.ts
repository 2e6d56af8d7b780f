// Whose fault an exception is. Decoders throw DecodeError (DecryptionError for a record that fails
// authentication) for bytes the peer got wrong: the server's fault, reported as a malformed reply. Every other
// exception (a TypeError, a RangeError from our own code) is a bug of tls-gate and must not pass for a property
// of the server.
import { DecodeError } from './bytes.js';

/** True when `error` says the peer sent bytes we cannot accept, false when it is a bug of ours. */
export function isServerFault(error: unknown): error is DecodeError {
  return error instanceof DecodeError;
}
