// Real TLS servers on loopback for engine tests (openssl s_server, Node tls, nginx) and hostile peers that
// misbehave on purpose. Every launcher returns { port, stop() }; tests read the expected result from the
// configuration they passed in, never from the scanner.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { offered } from '../../src/wire/client-hello.js';
import { ClientExtension } from '../../src/wire/extension-codecs.js';

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------- certificates

export interface KeyPair {
  certFile: string;
  keyFile: string;
  certPem: string;
  keyPem: string;
}

const tempDirs: string[] = [];

export function tempDir(prefix = 'tls-gate-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Removes every temp dir this module created (call from afterAll). */
export function cleanupTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A self-signed certificate made now with the openssl CLI (valid from now for 30 days): enough for engine
 * tests, which look at protocols and suites, not at the certificate's judgement (src/certs does that).
 */
export function selfSigned(
  options: { key: 'rsa' | 'ec'; cn?: string; bits?: number; curve?: string } = { key: 'rsa' }
): KeyPair {
  const dir = tempDir('tls-gate-cert-');
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const cn = options.cn ?? 'localhost';
  const keyArgs =
    options.key === 'rsa'
      ? ['-newkey', `rsa:${options.bits ?? 2048}`]
      : ['-newkey', 'ec', '-pkeyopt', `ec_paramgen_curve:${options.curve ?? 'P-256'}`];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      ...keyArgs,
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '30',
      '-subj',
      `/CN=${cn}`,
      '-addext',
      `subjectAltName=DNS:${cn},IP:127.0.0.1`
    ],
    { stdio: 'ignore' }
  );
  return {
    certFile,
    keyFile,
    certPem: readFileSync(certFile, 'utf8'),
    keyPem: readFileSync(keyFile, 'utf8')
  };
}

// ---------------------------------------------------------------- ports

/** A port that was free a moment ago (for servers that cannot bind port 0 and tell us, like nginx). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves once something accepts TCP connections on the port (or rejects after timeoutMs). */
export async function waitForPort(port: number, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 2000).unref();
  });
}

// ---------------------------------------------------------------- openssl s_server

export interface OpensslServerOptions {
  /** e.g. ['-tls1_2'] or ['-no_tls1_3']: version flags passed as is. */
  versions?: string[];
  /** TLS <= 1.2 cipher string (-cipher). */
  cipher?: string;
  /** TLS 1.3 suites (-ciphersuites). */
  ciphersuites?: string;
  /** -groups, e.g. 'X25519:P-256'. */
  groups?: string;
  serverPref?: boolean;
  key?: KeyPair;
  /** A second certificate (-dcert/-dkey), e.g. ECDSA next to RSA. */
  dualKey?: KeyPair;
  certChainFile?: string;
  statusFile?: string;
  www?: boolean;
  extraArgs?: string[];
}

/** Starts `openssl s_server` on 127.0.0.1 with port 0 and waits for its ACCEPT line. */
export async function startOpensslServer(
  options: OpensslServerOptions = {}
): Promise<RunningServer & { args: string[] }> {
  const key = options.key ?? selfSigned({ key: 'rsa' });
  const args = ['s_server', '-accept', '127.0.0.1:0', '-cert', key.certFile, '-key', key.keyFile];
  if (options.dualKey) args.push('-dcert', options.dualKey.certFile, '-dkey', options.dualKey.keyFile);
  args.push(...(options.versions ?? []));
  if (options.cipher !== undefined) args.push('-cipher', options.cipher);
  if (options.ciphersuites !== undefined) args.push('-ciphersuites', options.ciphersuites);
  if (options.groups !== undefined) args.push('-groups', options.groups);
  if (options.serverPref) args.push('-serverpref');
  if (options.certChainFile) args.push('-cert_chain', options.certChainFile);
  if (options.statusFile) args.push('-status_file', options.statusFile);
  if (options.www) args.push('-www');
  args.push(...(options.extraArgs ?? []));
  // stdin stays an open pipe: s_server treats EOF on stdin as "quit".
  const child = spawn('openssl', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`openssl s_server did not start: ${output} (args: ${args.join(' ')})`));
    }, 5000);
    const onData = (data: Buffer): void => {
      output += data.toString('utf8');
      const match = /ACCEPT\s+\S*:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`openssl s_server exited with ${code}: ${output} (args: ${args.join(' ')})`));
    });
  });
  // Keep draining output so a chatty server never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  return { port, args, stop: () => stopChild(child) };
}

// ---------------------------------------------------------------- Node tls server

export interface NodeTlsServerOptions extends Omit<tls.TlsOptions, 'key' | 'cert'> {
  key?: KeyPair;
  /** Several key pairs (e.g. RSA and ECDSA): Node serves the one matching the client's offer. */
  keys?: KeyPair[];
  /** Loopback address to listen on: 127.0.0.1 (default) or ::1. */
  listenHost?: string;
}

/** Starts a Node `tls.createServer` on 127.0.0.1:0 that completes handshakes and then closes. */
export async function startNodeTlsServer(
  options: NodeTlsServerOptions = {}
): Promise<RunningServer & { server: tls.Server }> {
  const { key, keys, listenHost = '127.0.0.1', ...rest } = options;
  const pairs = keys ?? [key ?? selfSigned({ key: 'rsa' })];
  const server = tls.createServer({
    ...rest,
    key: pairs.map((pair) => pair.keyPem),
    cert: pairs.map((pair) => pair.certPem)
  });
  // Our probes abort handshakes on purpose; those errors are expected and must not crash the test process.
  server.on('tlsClientError', () => undefined);
  server.on('error', () => undefined);
  server.on('secureConnection', (socket) => {
    socket.on('error', () => undefined);
    socket.end();
  });
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, listenHost, resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}

// ---------------------------------------------------------------- nginx

export interface NginxOptions {
  key?: KeyPair;
  /** ssl_protocols, e.g. 'TLSv1.2 TLSv1.3'. */
  protocols: string;
  /** ssl_ciphers (TLS <= 1.2). */
  ciphers?: string;
  preferServerCiphers?: boolean;
  /** ssl_ecdh_curve, e.g. 'X25519:prime256v1'. */
  ecdhCurve?: string;
  /** Extra lines inside the server block. */
  extra?: string[];
}

/** Path of the nginx binary, or null when nginx is not installed (callers skip visibly). */
export function nginxBinary(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Starts nginx in the foreground with a generated config in a temp prefix dir, on a free loopback port. */
export async function startNginx(options: NginxOptions): Promise<RunningServer & { config: string }> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed');
  const key = options.key ?? selfSigned({ key: 'rsa' });
  const prefix = tempDir('tls-gate-nginx-');
  const port = await freePort();
  const lines = [
    'daemon off;',
    'master_process off;',
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${path.join(prefix, 'body')};`,
    `  proxy_temp_path ${path.join(prefix, 'proxy')};`,
    `  fastcgi_temp_path ${path.join(prefix, 'fastcgi')};`,
    `  uwsgi_temp_path ${path.join(prefix, 'uwsgi')};`,
    `  scgi_temp_path ${path.join(prefix, 'scgi')};`,
    '  server {',
    `    listen 127.0.0.1:${port} ssl;`,
    '    server_name localhost;',
    `    ssl_certificate ${key.certFile};`,
    `    ssl_certificate_key ${key.keyFile};`,
    `    ssl_protocols ${options.protocols};`,
    ...(options.ciphers ? [`    ssl_ciphers ${options.ciphers};`] : []),
    `    ssl_prefer_server_ciphers ${options.preferServerCiphers ? 'on' : 'off'};`,
    ...(options.ecdhCurve ? [`    ssl_ecdh_curve ${options.ecdhCurve};`] : []),
    ...(options.extra ?? []).map((line) => `    ${line}`),
    '    location / { return 200 "ok\\n"; }',
    '  }',
    '}'
  ];
  const config = lines.join('\n') + '\n';
  const configFile = path.join(prefix, 'nginx.conf');
  writeFileSync(configFile, config);
  const child = spawn(binary, ['-p', prefix, '-c', configFile, '-e', path.join(prefix, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout!.on('data', (data: Buffer) => (output += data.toString('utf8')));
  child.stderr!.on('data', (data: Buffer) => (output += data.toString('utf8')));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited with ${code}: ${output}\n${config}`)))
  );
  exited.catch(() => undefined);
  await Promise.race([waitForPort(port), exited]);
  return { port, config, stop: () => stopChild(child) };
}

// ---------------------------------------------------------------- hostile peers

export type HostileKind =
  | 'silent' // accepts and never says a word
  | 'http' // answers like a web server
  | 'ssh' // greets with an SSH banner
  | 'close-mid-handshake' // sends half a ServerHello record, then FIN
  | 'reset' // resets the connection on the ClientHello
  | 'garbage' // answers with bytes that are no protocol at all
  | 'oversized-record' // a handshake record longer than TLS allows
  | 'drip'; // a plausible ServerHello, one byte a second

/** A plausible start of a TLS 1.2 ServerHello record (header + the first bytes of the message). */
const SERVER_HELLO_START = Buffer.from('160303004a0200004603035f', 'hex');

/** A TCP server that misbehaves in one chosen way. */
export async function startHostilePeer(kind: HostileKind): Promise<RunningServer> {
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (kind === 'ssh') socket.write('SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n');
    socket.once('data', () => {
      switch (kind) {
        case 'http':
          socket.end(
            'HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'
          );
          break;
        case 'close-mid-handshake':
          socket.end(SERVER_HELLO_START);
          break;
        case 'reset':
          socket.resetAndDestroy();
          break;
        case 'garbage':
          socket.end(Buffer.from('9c3f00e2a1b7c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7', 'hex'));
          break;
        case 'oversized-record':
          socket.write(Buffer.concat([Buffer.from('160303ffff', 'hex'), Buffer.alloc(1024, 0x41)]));
          break;
        case 'drip': {
          let index = 0;
          const timer = setInterval(() => {
            if (index >= SERVER_HELLO_START.length || socket.destroyed) {
              clearInterval(timer);
              timers.delete(timer);
              return;
            }
            socket.write(SERVER_HELLO_START.subarray(index, index + 1));
            index++;
          }, 1000);
          timers.add(timer);
          break;
        }
        default:
          break; // silent, ssh: say nothing more
      }
    });
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}

/** A loopback port with nothing listening (bound, then released). */
export async function refusedPort(): Promise<number> {
  return freePort();
}

/**
 * A version-intolerant front for a real TLS server: it never answers a ClientHello that offers TLS 1.3
 * (supported_versions lists 0x0304), as some old middleboxes did, and pipes every other connection through.
 */
export function startTls13HangingProxy(backendPort: number): Promise<RunningServer> {
  return startHangingProxy(backendPort, (_, offersTls13) => offersTls13);
}

/** A front that answers through the backend for the first `count` connections, then hangs on every hello. */
export function startTiringProxy(backendPort: number, count: number): Promise<RunningServer> {
  return startHangingProxy(backendPort, (index) => index >= count);
}

type DecodedHello = import('../../src/wire/client-hello.js').ClientHello;

/** A front that hangs on TLS 1.3 hellos with an empty key_share (servers that never ask for a group by HRR). */
export function startEmptyKeyShareHangingProxy(backendPort: number): Promise<RunningServer> {
  return startHangingProxy(
    backendPort,
    (_, offersTls13, hello) =>
      offersTls13 && hello !== null && offered(hello, ClientExtension.keyShares)?.length === 0
  );
}

/** Pipes connections to a real server, except that it hangs on those `hang` picks (by order and TLS 1.3 offer). */
export async function startHangingProxy(
  backendPort: number,
  hang: (connectionIndex: number, offersTls13: boolean, hello: DecodedHello | null) => boolean
): Promise<RunningServer> {
  const { decodeClientHello } = await import('../../src/wire/client-hello.js');
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    const index = connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let pending = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      pending = Buffer.concat([pending, chunk]);
      if (pending.length < 9) return;
      const recordLength = pending.readUInt16BE(3);
      if (pending.length < 5 + recordLength) return;
      socket.removeListener('data', onData);
      let hello: DecodedHello | null;
      try {
        hello = decodeClientHello(pending.subarray(9, 5 + recordLength));
      } catch {
        hello = null; // not a ClientHello we can read (e.g. SSLv2): not a TLS 1.3 offer
      }
      const versions = hello ? offered(hello, ClientExtension.supportedVersions) : null;
      const offersTls13 = (versions ?? []).includes(0x0304);
      if (hang(index, offersTls13, hello)) return; // hang: say nothing, keep the connection open
      const backend = net.connect({ host: '127.0.0.1', port: backendPort });
      sockets.add(backend);
      backend.on('close', () => sockets.delete(backend));
      backend.on('error', () => socket.destroy());
      backend.write(pending);
      socket.pipe(backend).pipe(socket);
    };
    socket.on('data', onData);
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}
