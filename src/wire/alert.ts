// Alerts (RFC 8446 §6, RFC 5246 §7.2, RFC 6066 §9, RFC 7301 §3.2, RFC 7507 §2, RFC 8446 §6.2). The description
// name is what people search for ("handshake_failure"), so every registered code has one.
import type { AlertInfo } from '../model/report.js';
import { DecodeError } from './bytes.js';

export const AlertLevel = { warning: 1, fatal: 2 } as const;

export const AlertDescription = {
  close_notify: 0,
  unexpected_message: 10,
  bad_record_mac: 20,
  decryption_failed_RESERVED: 21,
  record_overflow: 22,
  decompression_failure_RESERVED: 30,
  handshake_failure: 40,
  no_certificate_RESERVED: 41,
  bad_certificate: 42,
  unsupported_certificate: 43,
  certificate_revoked: 44,
  certificate_expired: 45,
  certificate_unknown: 46,
  illegal_parameter: 47,
  unknown_ca: 48,
  access_denied: 49,
  decode_error: 50,
  decrypt_error: 51,
  too_many_cids_requested: 52,
  export_restriction_RESERVED: 60,
  protocol_version: 70,
  insufficient_security: 71,
  internal_error: 80,
  inappropriate_fallback: 86,
  user_canceled: 90,
  no_renegotiation_RESERVED: 100,
  missing_extension: 109,
  unsupported_extension: 110,
  certificate_unobtainable_RESERVED: 111,
  unrecognized_name: 112,
  bad_certificate_status_response: 113,
  bad_certificate_hash_value_RESERVED: 114,
  unknown_psk_identity: 115,
  certificate_required: 116,
  no_application_protocol: 120,
  ech_required: 121
} as const;

const NAMES = new Map<number, string>(Object.entries(AlertDescription).map(([name, code]) => [code, name]));

/** The registered name of an alert description, e.g. 40 → "handshake_failure"; "unknown_alert_N" otherwise. */
export function alertName(code: number): string {
  return NAMES.get(code) ?? `unknown_alert_${code}`;
}

/** Decodes the first alert of an alert record's payload (level, description). */
export function decodeAlert(payload: Buffer): AlertInfo {
  if (payload.length < 2) throw new DecodeError(`alert: ${payload.length} byte(s), expected 2`);
  const levelCode = payload[0]!;
  const description = payload[1]!;
  const level = levelCode === 1 ? 'warning' : levelCode === 2 ? 'fatal' : levelCode;
  return { level, description, name: alertName(description) };
}

export function encodeAlert(level: number, description: number): Buffer {
  return Buffer.from([level, description]);
}
