// The demo's servers: Node TLS servers on loopback, each with one defect people meet in real deployments,
// and one clean server to compare with. Certificates come from the in-process test PKI (no openssl needed),
// all under one demo root that the scan is told to trust, so every defect shown is the intended one.
import { once } from 'node:events';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createServer, type Server, type TlsOptions } from 'node:tls';
import { createTestPki, type TestCertificate } from '../testing/pki.js';

export interface DemoServer {
  /** Host name the target is scanned as (sent as SNI; the connection goes to 127.0.0.1). */
  host: string;
  port: number;
  /** What is wrong with it, in a few words. */
  defect: string;
}

export interface DemoServers {
  servers: DemoServer[];
  /** PEM of the demo root, to pass as the CA file. */
  rootPem: string;
  close(): Promise<void>;
}

const DOMAIN = 'demo.tls-gate.test';
/** Forward-secret AEAD suites for TLS 1.2, so servers without a cipher defect show none (Node's default has CBC). */
const STRONG_TLS12 = 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305';
/** Groups the default policy allows, so only the intended defect shows (OpenSSL also offers x448, ffdhe*). */
const ALLOWED_GROUPS = 'X25519:prime256v1:secp384r1';
const openSockets = new WeakMap<Server, Set<Socket>>();

function chainPem(...certificates: TestCertificate[]): string {
  return certificates.map((certificate) => certificate.certPem).join('');
}

async function listen(options: TlsOptions): Promise<Server> {
  const server = createServer({ ecdhCurve: ALLOWED_GROUPS, ...options }, (socket) => {
    socket.on('error', () => socket.destroy());
    // HSTS as the default policy (Mozilla intermediate) asks, so only each server's TLS defect shows.
    socket.end('HTTP/1.1 200 OK\r\nstrict-transport-security: max-age=63072000\r\ncontent-length: 0\r\n\r\n');
  });
  // Scanners open and abandon many handshakes: those errors are expected, not worth a crash.
  server.on('tlsClientError', () => undefined);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  openSockets.set(server, sockets);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

/**
 * The demo CA's "caIssuers" web server on loopback, as a real CA runs one: it serves the intermediate at the URL
 * every demo leaf names in its AIA extension, so the scan can tell the missing intermediate from an unknown root.
 */
async function startCaIssuersServer(): Promise<{
  server: HttpServer;
  url: string;
  serve(der: Buffer): void;
}> {
  let body: Buffer | null = null;
  const server = createHttpServer((request, response) => {
    if (request.url !== '/intermediate.der' || !body) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/pkix-cert' }).end(body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/intermediate.der`;
  return { server, url, serve: (der) => (body = der) };
}

export async function startDemoServers(): Promise<DemoServers> {
  const pki = createTestPki();
  const caIssuers = await startCaIssuersServer();
  const root = await pki.root({ commonName: 'tls-gate demo root CA' });
  const intermediate = await pki.intermediate(root, { commonName: 'tls-gate demo intermediate CA' });
  caIssuers.serve(intermediate.der);
  const leafFor = (name: string, extra: { notAfterDays?: number; notBeforeDays?: number } = {}) =>
    pki.leaf(intermediate, { commonName: name, dnsNames: [name], caIssuerUrls: [caIssuers.url], ...extra });

  const specs: { name: string; defect: string; options: () => Promise<TlsOptions> }[] = [
    {
      name: `clean.${DOMAIN}`,
      defect: 'none: TLS 1.2 and 1.3 with forward-secret AEAD suites and a complete chain',
      options: async () => {
        const leaf = await leafFor(`clean.${DOMAIN}`);
        return {
          cert: chainPem(leaf, intermediate),
          key: leaf.keyPem,
          minVersion: 'TLSv1.2',
          ciphers: STRONG_TLS12
        };
      }
    },
    {
      name: `expired.${DOMAIN}`,
      defect: 'the leaf certificate has expired (three days ago)',
      options: async () => {
        const leaf = await leafFor(`expired.${DOMAIN}`, { notBeforeDays: -93, notAfterDays: -3 });
        return {
          cert: chainPem(leaf, intermediate),
          key: leaf.keyPem,
          minVersion: 'TLSv1.2',
          ciphers: STRONG_TLS12
        };
      }
    },
    {
      name: `legacy.${DOMAIN}`,
      defect: 'TLS 1.0 and 1.1 are still enabled',
      options: async () => {
        const leaf = await leafFor(`legacy.${DOMAIN}`);
        // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level; level 0 is what such servers run.
        return {
          cert: chainPem(leaf, intermediate),
          key: leaf.keyPem,
          minVersion: 'TLSv1',
          ciphers: 'DEFAULT:@SECLEVEL=0'
        };
      }
    },
    {
      name: `no-intermediate.${DOMAIN}`,
      defect: 'the intermediate certificate is not sent',
      options: async () => {
        const leaf = await leafFor(`no-intermediate.${DOMAIN}`);
        return { cert: leaf.certPem, key: leaf.keyPem, minVersion: 'TLSv1.2', ciphers: STRONG_TLS12 };
      }
    },
    {
      name: `weak-ciphers.${DOMAIN}`,
      defect: 'TLS 1.2 only, with static-RSA key exchange and CBC suites',
      options: async () => {
        const leaf = await leafFor(`weak-ciphers.${DOMAIN}`);
        return {
          cert: chainPem(leaf, intermediate),
          key: leaf.keyPem,
          minVersion: 'TLSv1.2',
          maxVersion: 'TLSv1.2',
          ciphers: 'AES128-SHA:AES256-SHA:ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0'
        };
      }
    },
    {
      name: `wrong-host.${DOMAIN}`,
      defect: `the certificate names another host (www.${DOMAIN})`,
      options: async () => {
        const leaf = await leafFor(`www.${DOMAIN}`);
        return {
          cert: chainPem(leaf, intermediate),
          key: leaf.keyPem,
          minVersion: 'TLSv1.2',
          ciphers: STRONG_TLS12
        };
      }
    }
  ];

  const started: Server[] = [];
  const servers: DemoServer[] = [];
  try {
    for (const spec of specs) {
      const server = await listen(await spec.options());
      started.push(server);
      servers.push({ host: spec.name, port: (server.address() as AddressInfo).port, defect: spec.defect });
    }
  } catch (error) {
    await Promise.all([...started.map((server) => closeServer(server)), closeHttp(caIssuers.server)]);
    throw error;
  }
  return {
    servers,
    rootPem: root.certPem,
    close: async () => {
      await Promise.all([...started.map((server) => closeServer(server)), closeHttp(caIssuers.server)]);
    }
  };
}

async function closeServer(server: Server): Promise<void> {
  for (const socket of openSockets.get(server) ?? []) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function closeHttp(server: HttpServer): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
