// HSTS (RFC 6797): one HTTPS GET of "/" (https-get.ts), judged against the minimum max-age the target's policy
// requires. Missing, ignored by browsers (no valid max-age) or shorter than the minimum: vulnerable. No TLS
// handshake, or an answer that is not HTTP: not-applicable, saying why. The values go to `details`.
import type { VulnerabilityResult } from '../../model/report.js';
import { parseHsts } from './hsts-header.js';
import type { HttpsHead } from './https-get.js';

/** RFC 6797 header name, lower-cased as https-get.ts keeps header names. */
const HEADER = 'strict-transport-security';
/** Quoted server text is cut to this many characters in evidence. */
const QUOTE_LIMIT = 120;

const quote = (text: string): string =>
  JSON.stringify(text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text);

/**
 * The verdict on one response head. `minMaxAge` is the policy's minimum in seconds; null when the policy does not
 * require HSTS (then only a missing or ignored header is vulnerable).
 */
export function hstsVerdict(head: HttpsHead, request: string, minMaxAge: number | null): VulnerabilityResult {
  if (head.kind === 'not-tried') {
    return { status: 'unknown', evidence: `${request}: not sent`, reason: head.why };
  }
  if (head.kind === 'failed') {
    return {
      status: 'not-applicable',
      evidence: `${request}: ${head.why}`,
      reason: `no HTTPS response: ${head.why}`
    };
  }
  if (head.kind === 'not-http') {
    return {
      status: 'not-applicable',
      evidence: `${request}: answered ${quote(head.firstBytes)}`,
      reason: 'the server does not speak HTTP over TLS'
    };
  }
  const answer = `${request} → ${quote(head.statusLine)}`;
  const value = head.headers.find(([name]) => name === HEADER)?.[1];
  if (value === undefined) {
    return {
      status: 'vulnerable',
      evidence: `${answer}, no Strict-Transport-Security header`,
      reason: null,
      details: { present: false, httpStatus: head.status, minMaxAge }
    };
  }
  const hsts = parseHsts(value);
  const details = { present: true, httpStatus: head.status, ...hsts, minMaxAge };
  const evidence = `${answer}, Strict-Transport-Security: ${quote(value)}`;
  const short = minMaxAge !== null && hsts.maxAge !== null && hsts.maxAge < minMaxAge;
  const vulnerable = !hsts.valid || hsts.maxAge === 0 || short;
  return { status: vulnerable ? 'vulnerable' : 'ok', evidence, reason: null, details };
}
