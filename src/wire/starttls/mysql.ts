// MySQL / MariaDB TLS (MySQL client/server protocol, "Initial Handshake" and "SSL Handshake"): the server
// speaks first with its initial handshake packet (protocol version 10) whose capability flags say whether it
// offers TLS (CLIENT_SSL); the client answers with the 32-byte SSLRequest packet and starts TLS right away (no
// answer from the server). A server that refuses the client (host blocked, too many connections) sends an ERR
// packet (0xff) instead.
import { DecodeError } from '../bytes.js';
import { failed, MAX_DIALOGUE_BYTES, type Move, type StarttlsDialogue } from './dialogue.js';

/** Capability flags of the MySQL protocol ("Capabilities Flags"). */
export const CLIENT_PROTOCOL_41 = 0x0200;
export const CLIENT_SSL = 0x0800;
export const CLIENT_SECURE_CONNECTION = 0x8000;
const UTF8_GENERAL_CI = 33;
/** Largest packet we say we accept (16 MiB, the protocol's own limit per packet). */
const MAX_PACKET = 0xffffff;

export interface MysqlGreeting {
  protocolVersion: number;
  serverVersion: string;
  capabilities: number;
}

/** Decodes the payload of the initial handshake packet, as far as the capability flags. */
export function decodeGreeting(payload: Buffer): MysqlGreeting {
  const protocolVersion = payload[0];
  if (protocolVersion !== 10)
    throw new DecodeError(`protocol version ${protocolVersion ?? 'missing'}, not 10`);
  const nul = payload.indexOf(0, 1);
  if (nul < 0 || nul > 256) throw new DecodeError('server version is not NUL-terminated');
  const serverVersion = payload.subarray(1, nul).toString('latin1');
  // After the version: connection id (4), auth-plugin-data part 1 (8), filler (1), then the flags' low half;
  // character set (1) and status (2) come before the high half. Multi-byte fields are little-endian.
  const low = nul + 1 + 4 + 8 + 1;
  if (payload.length < low + 2)
    throw new DecodeError('the packet ends before the capability flags', 'missing-data');
  const high = low + 2 + 1 + 2;
  const upper = payload.length >= high + 2 ? payload.readUInt16LE(high) : 0;
  return { protocolVersion, serverVersion, capabilities: ((upper << 16) | payload.readUInt16LE(low)) >>> 0 };
}

/** The SSLRequest packet (sequence 1): our capability flags with CLIENT_SSL, max packet size, character set. */
export function encodeSslRequest(): Buffer {
  const payload = Buffer.alloc(32);
  payload.writeUInt32LE(CLIENT_SSL | CLIENT_PROTOCOL_41 | CLIENT_SECURE_CONNECTION, 0);
  payload.writeUInt32LE(MAX_PACKET, 4);
  payload[8] = UTF8_GENERAL_CI;
  const header = Buffer.from([payload.length, 0, 0, 1]);
  return Buffer.concat([header, payload]);
}

export class MysqlDialogue implements StarttlsDialogue {
  private buffered = Buffer.alloc(0);

  opening(): null {
    return null;
  }

  receive(chunk: Buffer): Move {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    if (this.buffered.length < 4) return { kind: 'more' };
    const length = this.buffered.readUIntLE(0, 3);
    if (length > MAX_DIALOGUE_BYTES)
      return failed('STARTTLS_PROTOCOL', `the server's first packet announces ${length} bytes`);
    if (this.buffered.length < 4 + length) return { kind: 'more' };
    if (this.buffered.length > 4 + length)
      return failed('STARTTLS_PROTOCOL', 'the server sent more than its initial handshake packet');
    const payload = this.buffered.subarray(4);
    if (payload[0] === 0xff) {
      // ERR packet: 0xff, error code (2), then "#" and a 5-character SQL state, then the message.
      const text = payload
        .subarray(3)
        .toString('utf8')
        .replace(/^#\w{5}/, '');
      return failed('STARTTLS_REFUSED', 'the server refused the connection', text);
    }
    let greeting: MysqlGreeting;
    try {
      greeting = decodeGreeting(payload);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      return failed('STARTTLS_PROTOCOL', `the server's initial handshake is malformed: ${error.message}`);
    }
    if ((greeting.capabilities & CLIENT_SSL) === 0) {
      return failed(
        'STARTTLS_UNSUPPORTED',
        'the server does not offer TLS (no CLIENT_SSL in its capability flags)',
        greeting.serverVersion
      );
    }
    return { kind: 'ready', bytes: encodeSslRequest() };
  }
}
