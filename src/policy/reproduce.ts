// Command lines a person can paste to see the problem for themselves: openssl s_client with the version,
// suite or group that the finding is about, or curl. Every argument is shell-quoted: host names come from
// configuration and are not trusted to be shell-safe.
import { suiteByName } from '../registry/index.js';
import { groupByName } from '../registry/index.js';
import type { ProtocolName, TargetReport } from '../model/report.js';

/** POSIX single-quoting when needed. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

const VERSION_FLAG: Record<ProtocolName, string> = {
  SSLv2: '-ssl2',
  SSLv3: '-ssl3',
  'TLSv1.0': '-tls1',
  'TLSv1.1': '-tls1_1',
  'TLSv1.2': '-tls1_2',
  'TLSv1.3': '-tls1_3'
};

type Endpoint = Pick<TargetReport, 'host' | 'port' | 'address' | 'sni'>;

function connectArgs(t: Endpoint): string[] {
  const address = t.address ?? t.host;
  const hostPort = address.includes(':') ? `[${address}]:${t.port}` : `${address}:${t.port}`;
  const args = ['-connect', hostPort];
  if (t.sni) args.push('-servername', t.sni);
  else args.push('-noservername');
  return args;
}

function sClient(t: Endpoint, extra: string[], tail = ' </dev/null'): string {
  return `${['openssl', 's_client', ...connectArgs(t), ...extra].map(shellQuote).join(' ')}${tail}`;
}

const legacy = (p: ProtocolName): boolean => p === 'SSLv3' || p === 'TLSv1.0' || p === 'TLSv1.1';

export function reproduceProtocol(t: Endpoint, p: ProtocolName): string {
  // OpenSSL 3 only offers TLS 1.0/1.1 at security level 0; SSLv2/3 need a build that still has them.
  const extra = [VERSION_FLAG[p]];
  if (legacy(p)) extra.push('-cipher', 'DEFAULT:@SECLEVEL=0');
  return sClient(t, extra);
}

export function reproduceSuite(t: Endpoint, p: ProtocolName, suiteName: string): string {
  const suite = suiteByName(suiteName);
  if (p === 'TLSv1.3') return sClient(t, ['-tls1_3', '-ciphersuites', suite?.iana ?? suiteName]);
  const name = suite?.openssl ?? suiteName;
  return sClient(t, [VERSION_FLAG[p], '-cipher', `${name}:@SECLEVEL=0`]);
}

export function reproduceGroup(t: Endpoint, group: string, tls13: boolean): string {
  const info = groupByName(group);
  const name = info?.opensslNames.find((alias) => !/^P-\d+$/.test(alias)) ?? info?.opensslNames[0] ?? group;
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
  const host = t.host.includes(':') ? `[${t.host}]` : t.host;
  const parts = ['curl', '-v', '--max-time', '10'];
  if (t.address && t.address !== t.host) parts.push('--resolve', `${t.host}:${t.port}:${t.address}`);
  parts.push(`https://${host}:${t.port}/`);
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
