// The validity dates of a certificate, read from its DER strictly. A lenient parse turns garbage into a plausible
// date: a GeneralizedTime of zeros becomes 1899-11-30, a damaged UTCTime 1901-01-01, and a report would then
// call a certificate expired (or valid) on the strength of bytes that say nothing. Here a time is a date only when
// it is one X.509 can encode (RFC 5280 section 4.1.2.5): UTCTime YYMMDDHHMM[SS]Z for 1950-2049, GeneralizedTime
// YYYYMMDDHHMMSS[.f]Z for the rest, up to 9999, with a real month, day, hour, minute and second.
import { readTlv, SEQUENCE } from './der-outline.js';

const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

/** A validity date: the date, or why none can be given. */
export type ValidityTime = { date: Date; problem?: undefined } | { date: null; problem: string };

export interface Validity {
  notBefore: ValidityTime;
  notAfter: ValidityTime;
}

/**
 * The two times of tbsCertificate.validity, or null when the DER is not shaped like a certificate up to them
 * (then the caller falls back to what the libraries read, checked with plausibleDate).
 */
export function validityFromDer(der: Uint8Array): Validity | null {
  try {
    const certificate = readTlv(der, 0, der.length);
    if (certificate.tag !== SEQUENCE) return null;
    const tbs = readTlv(der, certificate.start, certificate.end);
    if (tbs.tag !== SEQUENCE) return null;
    let element = readTlv(der, tbs.start, tbs.end);
    // [0] EXPLICIT version is optional; then serialNumber, signature, issuer, validity.
    if (element.tag === 0xa0) element = readTlv(der, element.end, tbs.end);
    for (let skip = 0; skip < 3; skip++) element = readTlv(der, element.end, tbs.end);
    if (element.tag !== SEQUENCE) return null;
    const notBefore = readTlv(der, element.start, element.end);
    const notAfter = readTlv(der, notBefore.end, element.end);
    return { notBefore: decodeTime(der, notBefore), notAfter: decodeTime(der, notAfter) };
  } catch {
    return null;
  }
}

function decodeTime(der: Uint8Array, tlv: { tag: number; start: number; end: number }): ValidityTime {
  const text = Buffer.from(der.subarray(tlv.start, tlv.end)).toString('latin1');
  if (tlv.tag === UTC_TIME) {
    const match = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(text);
    if (!match) return { date: null, problem: 'not a UTCTime of the form YYMMDDHHMMSSZ' };
    const yy = Number(match[1]);
    return calendarDate(yy >= 50 ? 1900 + yy : 2000 + yy, match.slice(2));
  }
  if (tlv.tag === GENERALIZED_TIME) {
    const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d{1,9})?Z$/.exec(text);
    if (!match) return { date: null, problem: 'not a GeneralizedTime of the form YYYYMMDDHHMMSSZ' };
    const year = Number(match[1]);
    // Dates before 1950 are written as UTCTime, which cannot hold them: a GeneralizedTime before 1950 is damage.
    if (year < 1950) return { date: null, problem: `year ${year} is before 1950, which X.509 cannot encode` };
    return calendarDate(year, match.slice(2));
  }
  return { date: null, problem: 'neither a UTCTime nor a GeneralizedTime' };
}

function calendarDate(year: number, parts: (string | undefined)[]): ValidityTime {
  const [month, day, hour, minute, second] = parts.map((part) => Number(part ?? '0'));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const exact =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return exact ? { date } : { date: null, problem: 'not a calendar date and time' };
}

/** A date a library read, when the DER could not be walked: only 1950 to 9999 is a date X.509 can hold. */
export function plausibleDate(date: Date | null): Date | null {
  if (!date) return null;
  const year = date.getUTCFullYear();
  return year >= 1950 && year <= 9999 ? date : null;
}
