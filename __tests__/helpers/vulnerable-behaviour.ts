// What the legacy fixture server does after its first flight when it imitates a vulnerable (or fixed)
// implementation that no Debian package still ships. Each behaviour follows the code it imitates, byte for byte
// where the scanners look:
// - heartbeat 'leaks-memory': OpenSSL 1.0.1-1.0.1f tls1_process_heartbeat: the response copies payload_length
//   bytes starting at the request's payload, whatever was really sent, then 16 bytes of random padding;
// - heartbeat 'drops-overlong': OpenSSL 1.0.1g: a request shorter than 1 + 2 + payload_length + 16 is silently
//   discarded (RFC 6520 §4), an honest one is answered;
// - earlyCcs 'accepted': OpenSSL before 1.0.1h (CVE-2014-0224) takes a ChangeCipherSpec before the key exchange,
//   switches to keys from an empty master secret, and fails the next record's MAC: fatal bad_record_mac;
//   'refused': a fixed server answers the early ChangeCipherSpec with fatal unexpected_message.
import {
  AlertDescription,
  AlertLevel,
  ContentType,
  HeartbeatMessageType
} from '../../src/codepoints/index.js';
import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { encodeAlert } from '../../src/wire/alert.js';
import { ByteWriter } from '../../src/wire/bytes.js';
import type { TlsRecord } from '../../src/wire/record.js';
import { encodeRecords } from '../../src/wire/record.js';

export interface PostFlightBehaviour {
  heartbeat?: 'leaks-memory' | 'drops-overlong';
  earlyCcs?: 'accepted' | 'refused';
}

/** What "the server's memory" after the request's payload holds: another user's request, as in the 2014 demos. */
const MEMORY = Buffer.from(
  'POST /login HTTP/1.1\r\nHost: legacy.test\r\nCookie: session=4f1c0ffee0ddba11\r\n\r\nuser=alice&password=hunter2&'
);

function memoryLike(length: number, start: Buffer): Buffer {
  const out = Buffer.alloc(length);
  start.copy(out, 0, 0, Math.min(start.length, length));
  for (let i = start.length; i < length; i++) out[i] = MEMORY[(i - start.length) % MEMORY.length]!;
  return out;
}

/** Handles one record after the flight; returns false when the connection should close. */
export function afterFlight(
  socket: Socket,
  record: TlsRecord,
  behaviour: PostFlightBehaviour,
  state: { ccsSeen: boolean }
): boolean {
  const version = record.version;
  const fatal = (description: number): boolean => {
    socket.end(encodeRecords(ContentType.alert, version, encodeAlert(AlertLevel.fatal, description)));
    return false;
  };
  if (state.ccsSeen) return fatal(AlertDescription.bad_record_mac);
  if (record.type === ContentType.heartbeat && behaviour.heartbeat) {
    answerHeartbeat(socket, record, behaviour.heartbeat);
    return true;
  }
  if (record.type === ContentType.change_cipher_spec && behaviour.earlyCcs === 'accepted') {
    state.ccsSeen = true;
    return true;
  }
  return fatal(AlertDescription.unexpected_message);
}

function answerHeartbeat(socket: Socket, record: TlsRecord, mode: 'leaks-memory' | 'drops-overlong'): void {
  const fragment = record.fragment;
  if (fragment.length < 3 || fragment[0] !== HeartbeatMessageType.heartbeat_request) return;
  const claimed = fragment.readUInt16BE(1);
  const sent = fragment.subarray(3);
  if (mode === 'drops-overlong' && 1 + 2 + claimed + 16 > fragment.length) return;
  const payload = mode === 'leaks-memory' ? memoryLike(claimed, sent) : sent.subarray(0, claimed);
  const response = new ByteWriter()
    .u8(HeartbeatMessageType.heartbeat_response)
    .u16(claimed)
    .bytes(payload)
    .bytes(randomBytes(16))
    .finish();
  socket.write(encodeRecords(ContentType.heartbeat, record.version, response));
}
