// Fetching the issuer a leaf names in its Authority Information Access caIssuers URL (RFC 5280 4.2.2.1), the way
// browsers complete a chain whose intermediate the server forgot to send. Bounded in every way a hostile URL could
// push: http only (RFC 5280 says caIssuers is http or ldap; an https fetch would need the very chain we are
// judging), a byte limit, a time limit, and redirects only on the URL's own host. The answer may be a DER or PEM
// certificate or a PKCS#7 "certs-only" bundle (.p7c), as CAs serve them.
import 'reflect-metadata';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { X509Certificate as NodeX509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';

export interface AiaLimits {
  /** The whole fetch, redirects included (ms). */
  timeoutMs: number;
  /** Largest body accepted; real intermediates are 1-2 KB, bundles a few KB. */
  maxBytes: number;
  /** Redirects followed, each on the same host as the URL. */
  maxRedirects: number;
}

export const DEFAULT_AIA_LIMITS: AiaLimits = { timeoutMs: 5000, maxBytes: 64 * 1024, maxRedirects: 2 };

// A certificate's URL is the server's to choose: it must not make the runner read its cloud metadata service
// (169.254.169.254 and friends live in the link-local ranges), whether named directly or through DNS.
const LINK_LOCAL = new BlockList();
LINK_LOCAL.addSubnet('169.254.0.0', 16, 'ipv4');
LINK_LOCAL.addSubnet('fe80::', 10, 'ipv6');
const isLinkLocal = (address: string): boolean =>
  isIP(address) !== 0 && LINK_LOCAL.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/** dns.lookup that refuses link-local answers, checked before any connection is made. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const allowed = addresses.filter((entry) => !isLinkLocal(entry.address));
    if (allowed.length === 0) {
      return callback(Object.assign(new Error('link-local address refused'), { code: 'ELINKLOCAL' }), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
    callback(null, allowed[0]!.address, allowed[0]!.family);
  });
};

export type AiaFetchResult = { certificates: Buffer[] } | { error: string };

/** Why a caIssuers URL is not fetched at all (decided before any connection), or null when it may be. */
export function refusedCaIssuersUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the caIssuers URL is not a URL';
  }
  if (parsed.protocol !== 'http:') return `only http caIssuers URLs are fetched, not ${parsed.protocol}`;
  if (isLinkLocal(parsed.hostname.replace(/^\[(.*)\]$/, '$1'))) {
    return `${parsed.hostname} is a link-local address (where cloud metadata services answer), not fetched`;
  }
  return null;
}

/** Fetches a caIssuers URL: the certificates it serves as DER, or why there are none. Never throws. */
export async function fetchCaIssuers(
  url: string,
  limits: AiaLimits = DEFAULT_AIA_LIMITS
): Promise<AiaFetchResult> {
  const refused = refusedCaIssuersUrl(url);
  if (refused) return { error: refused };
  const parsed = new URL(url);
  const deadline = Date.now() + limits.timeoutMs;
  let current = parsed;
  for (let redirects = 0; ; redirects++) {
    const answer = await get(current, limits.maxBytes, deadline);
    if ('error' in answer) return answer;
    if (answer.location === null) return certificatesIn(answer.body);
    if (redirects >= limits.maxRedirects) return { error: `more than ${limits.maxRedirects} redirects` };
    const next = new URL(answer.location, current);
    if (next.protocol !== 'http:' || next.host !== parsed.host) {
      return { error: `redirected off ${parsed.host} (to ${next.protocol}//${next.host}), not followed` };
    }
    current = next;
  }
}

type Answer = { body: Buffer; location: null } | { body: null; location: string } | { error: string };

function get(url: URL, maxBytes: number, deadline: number): Promise<Answer> {
  return new Promise((resolve) => {
    const left = deadline - Date.now();
    if (left <= 0) return resolve({ error: 'timed out' });
    const options = { timeout: left, headers: { accept: '*/*' }, lookup: guardedLookup };
    const request = http.get(url, options, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        return resolve({ body: null, location: response.headers.location });
      }
      if (status !== 200) {
        response.resume();
        return resolve({ error: `HTTP ${status}` });
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          request.destroy();
          resolve({ error: `the answer is larger than ${maxBytes} bytes` });
        } else chunks.push(chunk);
      });
      response.on('end', () => resolve({ body: Buffer.concat(chunks), location: null }));
      response.on('error', (error) => resolve({ error: error.message }));
    });
    const timer = setTimeout(() => {
      request.destroy();
      resolve({ error: 'timed out' });
    }, left);
    request.on('close', () => clearTimeout(timer));
    request.on('timeout', () => {
      request.destroy();
      resolve({ error: 'timed out' });
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
  });
}

/** One certificate (DER or PEM) or a PKCS#7 bundle, as DER certificates. */
function certificatesIn(body: Buffer): AiaFetchResult {
  try {
    return { certificates: [Buffer.from(new NodeX509Certificate(body).raw)] };
  } catch {
    // not a single certificate: try a bundle
  }
  try {
    const bundle = new x509.X509Certificates(body);
    if (bundle.length > 0) return { certificates: bundle.map((cert) => Buffer.from(cert.rawData)) };
  } catch {
    // fall through
  }
  return { error: 'the answer is neither a certificate nor a PKCS#7 bundle of certificates' };
}
