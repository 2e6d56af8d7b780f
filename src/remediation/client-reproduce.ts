// The openssl s_client and curl commands that make the same offer as a client, so a person can see the
// failure (and, after the fix, the success) with tools they already have.
import { groupByCode, suiteByCode } from '../registry/index.js';
import type { ProtocolName } from '../model/report.js';
import {
  connectAddress,
  curlResolve,
  curlScheme,
  httpsUrl,
  starttlsArgs,
  type Endpoint
} from './endpoint.js';
import { opensslSpelling } from './groups.js';
import { cipherString } from './seclevel.js';
import { shellQuote } from './shell.js';

export type { Endpoint } from './endpoint.js';

/** What a client offers, as far as the commands repeat it (a diagnose ClientOffer has these fields). */
export interface OfferedLists {
  /** Versions, highest first. */
  versions: ProtocolName[];
  cipherSuites: number[];
  groups: number[];
  /** Does the client send SNI? */
  sni: boolean;
}

const OPENSSL_VERSION: Partial<Record<ProtocolName, string>> = {
  SSLv3: 'SSLv3',
  'TLSv1.0': 'TLSv1',
  'TLSv1.1': 'TLSv1.1',
  'TLSv1.2': 'TLSv1.2',
  'TLSv1.3': 'TLSv1.3'
};
const CURL_VERSION: Partial<Record<ProtocolName, string>> = {
  'TLSv1.0': '1.0',
  'TLSv1.1': '1.1',
  'TLSv1.2': '1.2',
  'TLSv1.3': '1.3'
};

interface OfferNames {
  tls12: string[];
  tls13: string[];
  groups: string[];
}

function names(offer: OfferedLists): OfferNames {
  const tls12: string[] = [];
  const tls13: string[] = [];
  for (const code of offer.cipherSuites) {
    const suite = suiteByCode(code);
    if (!suite?.openssl || suite.scsv) continue;
    (suite.minVersion === 'TLSv1.3' ? tls13 : tls12).push(suite.openssl);
  }
  const groups = offer.groups
    .map((code) => groupByCode(code))
    .map((g) => (g ? opensslSpelling(g) : null))
    .filter((g): g is string => Boolean(g));
  return { tls12, tls13, groups };
}

export function opensslCommand(offer: OfferedLists, endpoint: Endpoint): string {
  const { tls12, tls13, groups } = names(offer);
  const parts = [
    'openssl s_client',
    '-connect',
    shellQuote(connectAddress(endpoint)),
    ...starttlsArgs(endpoint).map(shellQuote)
  ];
  if (offer.sni && endpoint.sni) parts.push('-servername', shellQuote(endpoint.sni));
  else parts.push('-noservername');
  const lowest = offer.versions[offer.versions.length - 1];
  const highest = offer.versions[0];
  if (lowest && OPENSSL_VERSION[lowest]) parts.push('-min_protocol', OPENSSL_VERSION[lowest]!);
  if (highest && OPENSSL_VERSION[highest]) parts.push('-max_protocol', OPENSSL_VERSION[highest]!);
  if (tls12.length) parts.push('-cipher', shellQuote(cipherString(tls12, offer.versions)));
  if (offer.versions.includes('TLSv1.3')) parts.push('-ciphersuites', shellQuote(tls13.join(':')));
  if (groups.length) parts.push('-groups', shellQuote(groups.join(':')));
  parts.push('</dev/null');
  return parts.join(' ');
}

export function curlCommand(offer: OfferedLists, endpoint: Endpoint): string {
  const { tls12, tls13, groups } = names(offer);
  const scheme = curlScheme(endpoint);
  if (!scheme)
    return `# curl cannot upgrade ${endpoint.starttls ?? 'this protocol'} with STARTTLS: use the openssl command`;
  const parts = ['curl -sv -o /dev/null', ...scheme.flags];
  const lowest = offer.versions[offer.versions.length - 1];
  const highest = offer.versions[0];
  if (lowest && CURL_VERSION[lowest]) parts.push(`--tlsv${CURL_VERSION[lowest]}`);
  if (highest && CURL_VERSION[highest]) parts.push('--tls-max', CURL_VERSION[highest]!);
  if (tls12.length) parts.push('--ciphers', shellQuote(tls12.join(':')));
  if (offer.versions.includes('TLSv1.3') && tls13.length)
    parts.push('--tls13-ciphers', shellQuote(tls13.join(':')));
  if (groups.length) parts.push('--curves', shellQuote(groups.join(':')));
  const resolve = curlResolve(endpoint);
  if (resolve) parts.push('--resolve', shellQuote(resolve));
  parts.push(shellQuote(httpsUrl(endpoint)));
  return parts.join(' ');
}
