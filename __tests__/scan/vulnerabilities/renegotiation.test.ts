// Renegotiation: RFC 5746 support (insecureRenegotiation) and client-initiated renegotiation
// (clientRenegotiation), on real servers whose configuration decides the answer: OpenSSL 3 refuses client
// renegotiation unless -client_renegotiation allows it, nginx always refuses it (with OpenSSL 3 it answers no_renegotiation), Node's TLS server accepts it
// (it limits it to 3 in 10 minutes, tls.CLIENT_RENEG_LIMIT); the legacy fixture without RFC 5746 answers
// neither the extension nor the SCSV.
import { afterAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import tls from 'node:tls';
import { startLegacyServer } from '../../helpers/legacy-server.js';
import {
  cleanupTempDirs,
  nginxBinary,
  selfSigned,
  startNginx,
  startOpensslServer
} from '../../helpers/servers.js';
import { ACTIVE_VULNERABILITY_CHECKS } from '../../../src/model/report.js';
import { checkResult, scanChecks } from './vulnerability-scan.js';

afterAll(() => cleanupTempDirs());

describe('clientRenegotiation', () => {
  it('is ok on OpenSSL 3 by default: it refuses with no_renegotiation', async () => {
    const server = await startOpensslServer({});
    try {
      const result = await checkResult(server.port, 'clientRenegotiation');
      expect(result).toMatchObject({ status: 'ok', evidence: expect.stringMatching(/no renegotiation/) });
    } finally {
      await server.stop();
    }
  }, 30_000);

  it('is vulnerable on OpenSSL 3 with -client_renegotiation', async () => {
    const server = await startOpensslServer({ extraArgs: ['-client_renegotiation'] });
    try {
      expect((await checkResult(server.port, 'clientRenegotiation')).status).toBe('vulnerable');
    } finally {
      await server.stop();
    }
  }, 30_000);

  it('is vulnerable on a Node TLS server, which allows a few client renegotiations', async () => {
    const pair = selfSigned({ key: 'rsa' });
    const sockets = new Set<net.Socket>();
    const server = tls.createServer({ key: pair.keyPem, cert: pair.certPem, maxVersion: 'TLSv1.2' });
    server.on('tlsClientError', () => undefined);
    server.on('secureConnection', (socket) => socket.on('error', () => undefined));
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as net.AddressInfo).port;
      expect((await checkResult(port, 'clientRenegotiation')).status).toBe('vulnerable');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 30_000);

  const nginx = nginxBinary();
  if (!nginx) console.warn('nginx is not installed: the nginx client renegotiation test is skipped');
  (nginx ? it : it.skip)(
    'is ok on nginx, which refuses with no_renegotiation (OpenSSL 3 under nginx)',
    async () => {
      const server = await startNginx({ protocols: 'TLSv1.2 TLSv1.3' });
      try {
        expect(await checkResult(server.port, 'clientRenegotiation')).toMatchObject({
          status: 'ok',
          evidence: expect.stringMatching(/no renegotiation/)
        });
      } finally {
        await server.stop();
      }
    },
    30_000
  );

  // Whether the close reaches us before or after our renegotiation hello depends on the machine's load; the fuzz
  // campaign saw this server's answer flip between two scans. Both are the same fact, with the same words.
  it('is ok, with the same evidence as nginx, on a server that closes right after the handshake', async () => {
    const pair = selfSigned({ key: 'rsa' });
    const server = tls.createServer({ key: pair.keyPem, cert: pair.certPem, maxVersion: 'TLSv1.2' });
    server.on('tlsClientError', () => undefined);
    server.on('secureConnection', (socket) => {
      socket.on('error', () => undefined);
      socket.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as net.AddressInfo).port;
      expect(await checkResult(port, 'clientRenegotiation')).toMatchObject({
        status: 'ok',
        evidence:
          'a client-initiated renegotiation on an established connection was refused (the server closed the connection)'
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 30_000);

  it('runs after every other connection: a server that bans a renegotiating client costs no other check', async () => {
    const server = await startOpensslServer({});
    const proxy = await banAfterRenegotiation(server.port);
    try {
      const report = await scanChecks(proxy.port, [...ACTIVE_VULNERABILITY_CHECKS]);
      expect(report.vulnerabilities?.clientRenegotiation?.status).toBe('ok');
      expect(proxy.renegotiations()).toBe(1);
      expect(proxy.banned()).toBe(0);
    } finally {
      await proxy.close();
      await server.stop();
    }
  }, 60_000);

  it('is not-applicable on a TLS 1.3-only server', async () => {
    const server = await startOpensslServer({ versions: ['-tls1_3'] });
    try {
      expect((await checkResult(server.port, 'clientRenegotiation')).status).toBe('not-applicable');
    } finally {
      await server.stop();
    }
  }, 30_000);
});

describe('insecureRenegotiation', () => {
  it('is ok on OpenSSL 3, from the enumeration ServerHellos alone', async () => {
    const server = await startOpensslServer({});
    try {
      const result = await checkResult(server.port, 'insecureRenegotiation');
      expect(result).toMatchObject({ status: 'ok', evidence: expect.stringMatching(/enumeration hello/) });
    } finally {
      await server.stop();
    }
  }, 30_000);

  it('is vulnerable on a server that answers neither renegotiation_info nor the SCSV', async () => {
    const server = await startLegacyServer({
      versions: ['TLSv1.2'],
      suites: [0xc02f],
      order: 'server',
      secureRenegotiation: false
    });
    try {
      expect((await checkResult(server.port, 'insecureRenegotiation')).status).toBe('vulnerable');
    } finally {
      await server.close();
    }
  }, 30_000);
});

/**
 * A TCP proxy in front of `port` that, once a client has asked for a renegotiation, refuses every new connection
 * (as a server defending itself against THC-SSL-DOS might ban the client). A renegotiation is the client's second
 * handshake record after its ChangeCipherSpec: the first is its Finished (TLS 1.0-1.2; TLS 1.3 sends hers as
 * application data).
 */
async function banAfterRenegotiation(port: number) {
  let renegotiations = 0;
  let banned = 0;
  const sockets = new Set<net.Socket>();
  const listener = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (renegotiations > 0) {
      banned += 1;
      client.destroy();
      return;
    }
    const upstream = net.connect(port, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => (sockets.delete(upstream), client.destroy()));
    upstream.on('error', () => undefined);
    client.on('close', () => upstream.destroy());
    let pending = Buffer.alloc(0);
    let afterCcs = -1; // handshake records since the client's ChangeCipherSpec; -1: none sent yet
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 5 && pending.length >= 5 + pending.readUInt16BE(3)) {
        const type = pending[0];
        pending = pending.subarray(5 + pending.readUInt16BE(3));
        if (type === 20) afterCcs = 0;
        else if (type === 22 && afterCcs >= 0 && ++afterCcs === 2) renegotiations += 1;
      }
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  return {
    port: (listener.address() as net.AddressInfo).port,
    renegotiations: () => renegotiations,
    banned: () => banned,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        listener.close(() => resolve());
      })
  };
}
