// Private instances of real STARTTLS servers on loopback (the Debian packages .ci/run installs): each starts
// in its own temp dir on a free high port with the certificate and cipher list the test gives it, and stops
// with the test. A launcher returns null with the reason when its package is absent or it cannot run here,
// so the test can skip visibly.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, tempDir, waitForPort, type KeyPair, type RunningServer } from './servers.js';

/** What every server is given: its certificate and its TLS 1.2 cipher list (OpenSSL syntax). TLS 1.2 is the
 *  lowest version each is configured to accept; TLS 1.3 keeps OpenSSL's default suites. */
export interface StarttlsServerConfig {
  key: KeyPair;
  cipher: string;
}

export type Unavailable = { skip: string };

export function isUnavailable(value: unknown): value is Unavailable {
  return typeof value === 'object' && value !== null && 'skip' in value;
}

/** The uid/gid a daemon runs as when the tests run as root (daemons refuse root); as ourselves otherwise. */
function runAs(user: string): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function ownedBy(user: string, ...files: string[]): void {
  const ids = runAs(user);
  if (!('uid' in ids)) return;
  for (const file of files) chownSync(file, ids.uid, ids.gid);
}

/** A copy of the key pair the daemon's user can read (key 0600), in `dir`. */
function installKey(key: KeyPair, dir: string, user: string): { cert: string; key: string } {
  const cert = path.join(dir, 'server.crt');
  const keyFile = path.join(dir, 'server.key');
  copyFileSync(key.certFile, cert);
  copyFileSync(key.keyFile, keyFile);
  chmodSync(keyFile, 0o600);
  ownedBy(user, cert, keyFile);
  return { cert, key: keyFile };
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

/** Spawns a foreground daemon, collecting its output for the error when it does not come up. */
async function startDaemon(
  command: string,
  args: string[],
  ports: number[],
  options: { user?: string; cwd?: string; env?: NodeJS.ProcessEnv; stopSignal?: NodeJS.Signals } = {}
): Promise<RunningServer> {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: options.cwd,
    env: options.env ?? process.env,
    ...(options.user ? runAs(options.user) : {})
  });
  let output = '';
  child.stdout!.on('data', (data: Buffer) => (output += data.toString('utf8')));
  child.stderr!.on('data', (data: Buffer) => (output += data.toString('utf8')));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code}: ${output.slice(-2000)}`)))
  );
  exited.catch(() => undefined);
  try {
    for (const port of ports) await Promise.race([waitForPort(port, 15000), exited]);
  } catch (error) {
    await stopChild(child, 'SIGKILL');
    throw new Error(`${(error as Error).message}\n${output.slice(-2000)}`, { cause: error });
  }
  return { port: ports[0]!, stop: () => stopChild(child, options.stopSignal) };
}

function missing(binary: string, pkg: string): Unavailable | null {
  return existsSync(binary) ? null : { skip: `${binary} is absent (Debian package ${pkg})` };
}

// ---------------------------------------------------------------- PostgreSQL 15

const PG_BIN = '/usr/lib/postgresql/15/bin';

export async function startPostgres(config: StarttlsServerConfig): Promise<RunningServer | Unavailable> {
  const absent = missing(`${PG_BIN}/postgres`, 'postgresql-15');
  if (absent) return absent;
  const dir = tempDir('tls-gate-pg-');
  ownedBy('postgres', dir);
  const data = path.join(dir, 'data');
  execFileSync(`${PG_BIN}/initdb`, ['-D', data, '-U', 'postgres', '--auth=trust', '-N'], {
    stdio: 'ignore',
    ...runAs('postgres')
  });
  const files = installKey(config.key, dir, 'postgres');
  const port = await freePort();
  return startDaemon(
    `${PG_BIN}/postgres`,
    [
      '-D',
      data,
      '-k',
      dir,
      '-p',
      String(port),
      '-h',
      '127.0.0.1',
      '-c',
      'ssl=on',
      '-c',
      `ssl_cert_file=${files.cert}`,
      '-c',
      `ssl_key_file=${files.key}`,
      '-c',
      `ssl_ciphers=${config.cipher}`,
      '-c',
      'ssl_min_protocol_version=TLSv1.2',
      '-c',
      'fsync=off'
    ],
    [port],
    { user: 'postgres', stopSignal: 'SIGINT' }
  );
}

// ---------------------------------------------------------------- Postfix

/** Postfix needs root to start (its master drops privileges to mail_owner). */
function needsRoot(what: string): Unavailable | null {
  return process.getuid?.() === 0
    ? null
    : { skip: `${what} must be started as root (these tests run as uid ${process.getuid?.()})` };
}

export interface PostfixPorts {
  /** SMTP with STARTTLS offered (smtpd_tls_security_level=may). */
  smtp: number;
  /** Submission: STARTTLS required (encrypt). */
  submission: number;
  /** SMTP without STARTTLS (smtpd_tls_security_level=none). */
  plain: number;
}

export interface PostfixOptions {
  /** main.cf's tls_ssl_options: named OpenSSL options or a hexadecimal mask of SSL_OP_ bits (postconf(5)). */
  tlsSslOptions?: string;
}

export async function startPostfix(
  config: StarttlsServerConfig,
  options: PostfixOptions = {}
): Promise<(RunningServer & { ports: PostfixPorts }) | Unavailable> {
  const absent = missing('/usr/sbin/postfix', 'postfix') ?? needsRoot('postfix');
  if (absent) return absent;
  const dir = tempDir('tls-gate-postfix-');
  chmodSync(dir, 0o755);
  const files = installKey(config.key, dir, 'root');
  mkdirSync(path.join(dir, 'queue'));
  mkdirSync(path.join(dir, 'data'));
  ownedBy('postfix', path.join(dir, 'data'));
  const ports: PostfixPorts = {
    smtp: await freePort(),
    submission: await freePort(),
    plain: await freePort()
  };
  const main = [
    'compatibility_level = 3.6',
    `queue_directory = ${path.join(dir, 'queue')}`,
    `data_directory = ${path.join(dir, 'data')}`,
    'mail_owner = postfix',
    'inet_interfaces = 127.0.0.1',
    'inet_protocols = ipv4',
    'myhostname = mail.tls-gate.test',
    'mydestination =',
    'alias_maps =',
    'alias_database =',
    `maillog_file = ${path.join(dir, 'maillog')}`,
    `maillog_file_prefixes = ${dir}`,
    `smtpd_tls_cert_file = ${files.cert}`,
    `smtpd_tls_key_file = ${files.key}`,
    'smtpd_tls_security_level = may',
    'smtpd_tls_protocols = >=TLSv1.2',
    'smtpd_tls_mandatory_protocols = >=TLSv1.2',
    `tls_medium_cipherlist = ${config.cipher}`,
    'smtpd_tls_ciphers = medium',
    'smtpd_tls_mandatory_ciphers = medium',
    ...(options.tlsSslOptions ? [`tls_ssl_options = ${options.tlsSslOptions}`] : [])
  ];
  const services = [
    `127.0.0.1:${ports.smtp} inet n - n - - smtpd`,
    `127.0.0.1:${ports.submission} inet n - n - - smtpd -o smtpd_tls_security_level=encrypt`,
    `127.0.0.1:${ports.plain} inet n - n - - smtpd -o smtpd_tls_security_level=none`,
    'tlsmgr unix - - n 1000? 1 tlsmgr',
    'anvil unix - - n - 1 anvil',
    'scache unix - - n - 1 scache',
    'postlog unix-dgram n - n - 1 postlogd',
    'rewrite unix - - n - - trivial-rewrite',
    'cleanup unix n - n - 0 cleanup',
    'proxymap unix - - n - - proxymap',
    'bounce unix - - n - 0 bounce',
    'defer unix - - n - 0 bounce',
    'trace unix - - n - 0 bounce',
    'verify unix - - n - 1 verify'
  ];
  writeFileSync(path.join(dir, 'main.cf'), `${main.join('\n')}\n`);
  writeFileSync(path.join(dir, 'master.cf'), `${services.join('\n')}\n`);
  const server = await startDaemon('/usr/sbin/postfix', ['-c', dir, 'start-fg'], Object.values(ports), {
    cwd: dir
  });
  // The master outlives a signal to `postfix start-fg`: stop it the way postfix is stopped.
  const stop = async (): Promise<void> => {
    try {
      execFileSync('/usr/sbin/postfix', ['-c', dir, 'stop'], { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
    await server.stop();
  };
  return { port: server.port, stop, ports };
}

// ---------------------------------------------------------------- Dovecot

export async function startDovecot(
  config: StarttlsServerConfig
): Promise<(RunningServer & { ports: { imap: number; pop3: number } }) | Unavailable> {
  const absent = missing('/usr/sbin/dovecot', 'dovecot-imapd and dovecot-pop3d') ?? needsRoot('dovecot');
  if (absent) return absent;
  const dir = tempDir('tls-gate-dovecot-');
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'run'));
  mkdirSync(path.join(dir, 'state'));
  const files = installKey(config.key, dir, 'root');
  const ports = { imap: await freePort(), pop3: await freePort() };
  const conf = `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/log
protocols = imap pop3
listen = 127.0.0.1
ssl = yes
ssl_cert = <${files.cert}
ssl_key = <${files.key}
ssl_min_protocol = TLSv1.2
ssl_cipher_list = ${config.cipher}
service imap-login {
  inet_listener imap {
    port = ${ports.imap}
  }
  inet_listener imaps {
    port = 0
  }
}
service pop3-login {
  inet_listener pop3 {
    port = ${ports.pop3}
  }
  inet_listener pop3s {
    port = 0
  }
}
passdb {
  driver = static
  args = nopassword=y
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=${dir}/home
}
`;
  const confFile = path.join(dir, 'dovecot.conf');
  writeFileSync(confFile, conf);
  const server = await startDaemon('/usr/sbin/dovecot', ['-F', '-c', confFile], Object.values(ports));
  return { ...server, ports };
}

// ---------------------------------------------------------------- MariaDB

export async function startMariadb(config: StarttlsServerConfig): Promise<RunningServer | Unavailable> {
  const absent = missing('/usr/sbin/mariadbd', 'mariadb-server');
  if (absent) return absent;
  const dir = tempDir('tls-gate-mariadb-');
  chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  mkdirSync(data);
  ownedBy('mysql', dir, data);
  const files = installKey(config.key, dir, 'mysql');
  const port = await freePort();
  // An empty data directory and no grant tables: the server greets and upgrades, which is all a scan needs.
  return startDaemon(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--socket=${path.join(dir, 'sock')}`,
      `--pid-file=${path.join(dir, 'pid')}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      ...(process.getuid?.() === 0 ? ['--user=mysql'] : []),
      `--ssl-cert=${files.cert}`,
      `--ssl-key=${files.key}`,
      `--ssl-cipher=${config.cipher}`,
      '--tls-version=TLSv1.2,TLSv1.3',
      '--skip-grant-tables',
      '--innodb-buffer-pool-size=8M',
      '--innodb-log-file-size=4M'
    ],
    [port]
  );
}

// ---------------------------------------------------------------- vsftpd

export async function startVsftpd(config: StarttlsServerConfig): Promise<RunningServer | Unavailable> {
  const absent = missing('/usr/sbin/vsftpd', 'vsftpd') ?? needsRoot('vsftpd');
  if (absent) return absent;
  const dir = tempDir('tls-gate-vsftpd-');
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'empty'));
  const files = installKey(config.key, dir, 'root');
  const port = await freePort();
  const conf = [
    'listen=YES',
    'listen_ipv6=NO',
    'listen_address=127.0.0.1',
    `listen_port=${port}`,
    'background=NO',
    'anonymous_enable=NO',
    'local_enable=YES',
    `secure_chroot_dir=${path.join(dir, 'empty')}`,
    'ssl_enable=YES',
    `rsa_cert_file=${files.cert}`,
    `rsa_private_key_file=${files.key}`,
    `ssl_ciphers=${config.cipher}`,
    'ssl_sslv2=NO',
    'ssl_sslv3=NO',
    'ssl_tlsv1=YES',
    'xferlog_enable=NO',
    'seccomp_sandbox=NO'
  ];
  const confFile = path.join(dir, 'vsftpd.conf');
  writeFileSync(confFile, `${conf.join('\n')}\n`);
  return startDaemon('/usr/sbin/vsftpd', [confFile], [port]);
}

// ---------------------------------------------------------------- OpenLDAP slapd

/**
 * Debian's slapd is built with GnuTLS, whose priority strings are not OpenSSL cipher lists: this is the GnuTLS
 * spelling of TEST_CIPHERS' two suites over TLS 1.2 only (ECDHE-RSA key exchange, AES-128-GCM and AES-256-GCM).
 */
export const SLAPD_TLS12_PRIORITY =
  'NONE:+VERS-TLS1.2:+ECDHE-RSA:+AES-128-GCM:+AES-256-GCM:+AEAD:+SIGN-ALL:+GROUP-ALL:+COMP-NULL';

export async function startSlapd(key: KeyPair, priority: string): Promise<RunningServer | Unavailable> {
  const absent = missing('/usr/sbin/slapd', 'slapd');
  if (absent) return absent;
  const dir = tempDir('tls-gate-slapd-');
  chmodSync(dir, 0o755);
  const files = installKey(key, dir, 'openldap');
  const port = await freePort();
  const conf = [
    'include /etc/ldap/schema/core.schema',
    `pidfile ${path.join(dir, 'pid')}`,
    `argsfile ${path.join(dir, 'args')}`,
    `TLSCertificateFile ${files.cert}`,
    `TLSCertificateKeyFile ${files.key}`,
    `TLSCipherSuite ${priority}`
  ];
  const confFile = path.join(dir, 'slapd.conf');
  writeFileSync(confFile, `${conf.join('\n')}\n`);
  ownedBy('openldap', dir);
  const user = process.getuid?.() === 0 ? ['-u', 'openldap', '-g', 'openldap'] : [];
  return startDaemon(
    '/usr/sbin/slapd',
    ['-d', '0', ...user, '-h', `ldap://127.0.0.1:${port}/`, '-f', confFile],
    [port]
  );
}

// ---------------------------------------------------------------- Prosody

/** The XMPP domain the Prosody instance serves (a stream's `to` must name it). */
export const XMPP_DOMAIN = 'xmpp.tls-gate.test';

export async function startProsody(
  config: StarttlsServerConfig
): Promise<(RunningServer & { ports: { c2s: number; s2s: number } }) | Unavailable> {
  const absent = missing('/usr/bin/prosody', 'prosody');
  if (absent) return absent;
  const dir = tempDir('tls-gate-prosody-');
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'data'));
  mkdirSync(path.join(dir, 'certs'));
  const files = installKey(config.key, dir, 'prosody');
  const ports = { c2s: await freePort(), s2s: await freePort() };
  const lua = (text: string): string => JSON.stringify(text);
  const conf = `pidfile = ${lua(path.join(dir, 'pid'))}
data_path = ${lua(path.join(dir, 'data'))}
certificates = ${lua(path.join(dir, 'certs'))}
daemonize = false
log = { { levels = { min = "warn" }, to = "console" } }
interfaces = { "127.0.0.1" }
c2s_ports = { ${ports.c2s} }
s2s_ports = { ${ports.s2s} }
c2s_direct_tls_ports = { }
s2s_direct_tls_ports = { }
legacy_ssl_ports = { }
component_ports = { }
http_ports = { }
https_ports = { }
modules_enabled = { "tls", "saslauth", "dialback" }
modules_disabled = { "posix" }
ssl = { certificate = ${lua(files.cert)}, key = ${lua(files.key)}, ciphers = ${lua(config.cipher)}, protocol = "tlsv1_2+" }
VirtualHost ${lua(XMPP_DOMAIN)}
`;
  const confFile = path.join(dir, 'prosody.cfg.lua');
  writeFileSync(confFile, conf);
  ownedBy('prosody', dir, path.join(dir, 'data'), path.join(dir, 'certs'), confFile);
  const server = await startDaemon('/usr/bin/prosody', ['--config', confFile], Object.values(ports), {
    user: 'prosody'
  });
  return { ...server, ports };
}
