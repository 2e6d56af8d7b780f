// NewSessionTicket (RFC 8446 §4.6.1): what a TLS 1.3 server sends after the handshake, under its application
// traffic keys, so that the client can resume: the ticket's lifetime, the value that obfuscates its age, the
// nonce its PSK is derived with, the ticket itself, and extensions (early_data: how many bytes of 0-RTT data the
// server will take with it).
import { ExtensionType, HandshakeType } from '../codepoints/index.js';
import { ByteReader, ByteWriter, DecodeError } from './bytes.js';
import type { ExtensionCodec } from './extension-codecs.js';
import { type Extension, readExtensions, writeExtensions } from './extensions.js';
import { encodeHandshake } from './handshake.js';

export interface NewSessionTicket {
  /** Seconds the ticket may be used for; at most 604800, seven days (RFC 8446 §4.6.1). */
  lifetime: number;
  ageAdd: number;
  nonce: Buffer;
  ticket: Buffer;
  extensions: Extension[];
}

/** early_data in a NewSessionTicket: max_early_data_size, the 0-RTT bytes the server takes with this ticket. */
export const TicketEarlyData: ExtensionCodec<number> = {
  type: ExtensionType.early_data,
  decode(data: Buffer): number {
    const r = new ByteReader(data, 'early_data');
    const size = r.u32();
    r.expectDone();
    return size;
  },
  encode: (size: number) => new ByteWriter().u32(size).finish()
};

/** Decodes a NewSessionTicket body (after the 4-byte handshake header). */
export function decodeNewSessionTicket(body: Buffer): NewSessionTicket {
  const r = new ByteReader(body, 'NewSessionTicket');
  const lifetime = r.u32();
  const ageAdd = r.u32();
  const nonce = Buffer.from(r.vector8('ticket_nonce').rest());
  const ticket = Buffer.from(r.vector16('ticket').rest());
  const extensions = readExtensions(r, 'NewSessionTicket extensions');
  r.expectDone();
  if (ticket.length === 0) throw new DecodeError('NewSessionTicket: empty ticket', 'missing-data');
  return { lifetime, ageAdd, nonce, ticket, extensions };
}

/** The NewSessionTicket handshake message, header included. */
export function encodeNewSessionTicket(message: NewSessionTicket): Buffer {
  const w = new ByteWriter()
    .u32(message.lifetime)
    .u32(message.ageAdd)
    .vector8((n) => n.bytes(message.nonce))
    .vector16((t) => t.bytes(message.ticket));
  writeExtensions(w, message.extensions);
  return encodeHandshake(HandshakeType.new_session_ticket, w.finish());
}

/** The ticket's max_early_data_size, 0 when it carries no early_data extension (no 0-RTT with it). */
export function maxEarlyDataSize(message: NewSessionTicket): number {
  const found = message.extensions.find((e) => e.type === TicketEarlyData.type);
  return found ? TicketEarlyData.decode(found.data) : 0;
}
