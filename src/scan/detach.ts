// Bytes a report or a later check keeps, copied out of the buffer they were decoded from. A decoded field is a view
// into the reply's buffer (a socket read of up to 64 KiB, or a handshake message of up to 256 KiB), and a view
// keeps the whole of that buffer alive: a probe outcome that kept a 32-byte random and a few tiny certificates
// kept every chunk of its hostile reply with them, for the rest of the target's scan.

/** A copy of `bytes` with a backing store of its own, exactly its size (not a slab of Node's pool). */
export function detach(bytes: Buffer): Buffer {
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(copy);
  return copy;
}
