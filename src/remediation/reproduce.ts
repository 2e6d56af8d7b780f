// Command lines a person can paste to see a finding's problem for themselves: openssl s_client with the
// version, suite or group that the finding is about, or curl. Every argument is shell-quoted (shell.ts).
import { suiteByName } from '../registry/index.js';
import type { ProtocolName } from '../model/report.js';
import { connectAddress, curlResolve, httpsUrl, starttlsArgs, type Endpoint } from './endpoint.js';
import { opensslGroupName } from './groups.js';
import { needsSeclevel0 } from './seclevel.js';
import { shellQuote } from './shell.js';

const VERSION_FLAG: Record<ProtocolName, string> = {
  SSLv2: '-ssl2',
  SSLv3: '-ssl3',
  'TLSv1.0': '-tls1',
  'TLSv1.1': '-tls1_1',
  'TLSv1.2': '-tls1_2',
  'TLSv1.3': '-tls1_3'
};

function connectArgs(t: Endpoint): string[] {
  const args = ['-connect', connectAddress(t), ...starttlsArgs(t)];
  if (t.sni) args.push('-servername', t.sni);
  else args.push('-noservername');
  return args;
}

function sClient(t: Endpoint, extra: string[], tail = ' </dev/null'): string {
  return `${['openssl', 's_client', ...connectArgs(t), ...extra].map(shellQuote).join(' ')}${tail}`;
}

export function reproduceProtocol(t: Endpoint, p: ProtocolName): string {
  // OpenSSL 3 only offers TLS 1.0/1.1 at security level 0; SSLv2/3 need a build that still has them.
  const extra = [VERSION_FLAG[p]];
  if (needsSeclevel0([p])) extra.push('-cipher', 'DEFAULT:@SECLEVEL=0');
  return sClient(t, extra);
}

export function reproduceSuite(t: Endpoint, p: ProtocolName, suiteName: string): string {
  const suite = suiteByName(suiteName);
  if (p === 'TLSv1.3') return sClient(t, ['-tls1_3', '-ciphersuites', suite?.iana ?? suiteName]);
  const name = suite?.openssl ?? suiteName;
  return sClient(t, [VERSION_FLAG[p], '-cipher', `${name}:@SECLEVEL=0`]);
}

export function reproduceGroup(t: Endpoint, group: string, tls13: boolean): string {
  const name = opensslGroupName(group) ?? group;
  return sClient(t, [tls13 ? '-tls1_3' : '-tls1_2', '-groups', name]);
}

export function reproduceDh(t: Endpoint): string {
  // "Server Temp Key: DH, N bits" in the output shows the size.
  return sClient(t, ['-tls1_2', '-cipher', 'kDHE:@SECLEVEL=0']);
}

export function reproduceOrder(t: Endpoint, p: ProtocolName, suites: string[]): string {
  // Offer the server's least preferred suite first: a server that imposes its order still picks its favourite.
  const names = [...suites].reverse().map((n) => suiteByName(n)?.openssl ?? n);
  if (p === 'TLSv1.3') return sClient(t, ['-tls1_3', '-ciphersuites', [...suites].reverse().join(':')]);
  return sClient(t, [VERSION_FLAG[p], '-cipher', `${names.join(':')}:@SECLEVEL=0`]);
}

export function reproduceCertificate(t: Endpoint): string {
  return `${sClient(t, ['-showcerts'])} | openssl x509 -noout -subject -issuer -dates -ext subjectAltName`;
}

export function reproduceVerify(t: Endpoint): string {
  const extra = ['-showcerts', '-verify_return_error'];
  if (t.sni) extra.push('-verify_hostname', t.sni);
  return sClient(t, extra);
}

export function reproduceStapling(t: Endpoint): string {
  return `${sClient(t, ['-status'])} | grep -A 3 'OCSP response'`;
}

export function reproduceReachability(t: Endpoint): string {
  // A STARTTLS service is reached through its dialogue, which s_client speaks for every protocol.
  if (t.starttls) return sClient(t, []);
  const parts = ['curl', '-v', '--max-time', '10'];
  const resolve = curlResolve(t);
  if (resolve) parts.push('--resolve', resolve);
  parts.push(httpsUrl(t));
  return parts.map(shellQuote).join(' ');
}

/** Does the server resume a TLS 1.2 session? (-reconnect prints "New" then "Reused" when it does.) */
export function reproduceReconnect(t: Endpoint): string {
  return sClient(t, ['-tls1_2', '-reconnect'], " </dev/null | grep -E '^(New|Reused)'");
}

/** A session from one address of a pool offered to another: "Reused" when they share ticket keys or a cache. */
export function reproduceResumptionAcross(t: Endpoint, from: string, to: string): string {
  const save = sClient({ ...t, address: from }, ['-sess_out', 'sess.pem']);
  const resume = sClient(
    { ...t, address: to },
    ['-sess_in', 'sess.pem'],
    " </dev/null | grep -E '^(New|Reused)'"
  );
  return `${save} && ${resume}`;
}

/**
 * Two s_client runs: the first saves the session a ticket resumes (it must stay connected a moment, as TLS 1.3
 * tickets come after the handshake), the second resumes it with a line of early data; "Early data was accepted"
 * in its output is the finding.
 */
export function reproduceEarlyData(t: Endpoint): string {
  const save = sClient(t, ['-tls1_3', '-sess_out', 'tls-gate-session.pem'], ' >/dev/null');
  const resume = sClient(t, [
    '-tls1_3',
    '-sess_in',
    'tls-gate-session.pem',
    '-early_data',
    'tls-gate-early.txt'
  ]);
  return `printf '\\r\\n' > tls-gate-early.txt; sleep 1 | ${save}; ${resume} | grep -i 'early data'`;
}
