// What a server's first flight must hold before a client could go on with it. A version, suite or group counts
// as accepted only from such a flight (issue: "a fact counts when a client could use it"); a flight with a gap
// is kept as what the server selected, with the gap as the reason. Only gaps every client stops at are named:
// a suite the registry does not describe is taken as complete.
import type { ProtocolName } from '../model/report.js';
import { suiteByCode } from '../registry/index.js';
import { isDerSequence } from '../wire/der.js';

export interface ServerFlight {
  version: ProtocolName | null;
  /** TLS <= 1.2: the suite the ServerHello chose (TLS 1.3 suites say nothing about the flight). */
  cipherSuite?: number;
  certificates: Buffer[] | null;
  /** TLS <= 1.2: whether a ServerKeyExchange came before ServerHelloDone. */
  sawServerKeyExchange?: boolean;
}

/** Authentications whose suites must send a Certificate (anon, PSK, SRP, KRB5... send none or their own). */
const CERTIFICATE_AUTH = ['RSA', 'ECDSA', 'DSS'];
/** Ephemeral key exchanges: the server's share travels only in ServerKeyExchange. */
const EPHEMERAL_KX = ['ECDHE', 'DHE'];

/** Why no client could continue this flight, or null when it is complete. */
export function flightGap(flight: ServerFlight): string | null {
  const unparsable = (flight.certificates ?? []).findIndex((der) => !isDerSequence(der));
  if (unparsable === 0) return 'the certificate is not valid DER';
  if (unparsable > 0) return `certificate ${unparsable + 1} of the chain is not valid DER`;
  if (flight.version === 'TLSv1.3' || flight.cipherSuite === undefined) return null;
  const suite = suiteByCode(flight.cipherSuite);
  if (!suite) return null;
  const au = suite.au ?? '';
  if (CERTIFICATE_AUTH.includes(au) && (flight.certificates ?? []).length === 0) {
    return `Certificate missing for ${article(au)} ${au}-authenticated suite`;
  }
  const kx = suite.kx ?? '';
  if (EPHEMERAL_KX.includes(kx) && !flight.sawServerKeyExchange) {
    return `ServerKeyExchange missing for ${article(kx)} ${kx} suite`;
  }
  return null;
}

/** "an" before a name read with a vowel sound (ECDHE, RSA: "ee", "ar"), "a" otherwise (DHE, DSS: "dee"). */
function article(name: string): string {
  return /^[AEFHILMNORSX]/.test(name) ? 'an' : 'a';
}
