// Alerts (RFC 8446 §6, RFC 5246 §7.2, RFC 6066 §9, RFC 7301 §3.2, RFC 7507 §2, RFC 8446 §6.2). The description
// name is what people search for ("handshake_failure"), so every registered code has one.
import type { AlertInfo } from '../model/report.js';
import { AlertDescription } from '../codepoints/index.js';
import { DecodeError } from './bytes.js';

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
