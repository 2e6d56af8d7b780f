// Profile fidelity where the real client is on this machine: the ClientHello of Node's own tls.connect() and of
// `openssl s_client` (the OpenSSL 3 default, as curl/Python use it) is captured on a loopback listener and
// compared with the node and openssl-3 profiles. Elsewhere: every profile's hello encodes and decodes back to it.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import net from 'node:net';
import tls from 'node:tls';
import { CLIENT_PROFILES, profileById } from '../../src/clients/profiles/index.js';
import { profileHello } from '../../src/clients/hello.js';
import {
  decodeClientHello,
  encodeClientHello,
  type ClientHello,
  clientHello,
  offered
} from '../../src/wire/client-hello.js';
import { ClientExtension } from '../../src/wire/extension-codecs.js';

/** Listens on loopback, returns the first ClientHello a client sends, then closes the connection. */
async function captureHello(connect: (port: number) => () => void): Promise<ClientHello> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  let stop: (() => void) | null = null;
  try {
    return await new Promise<ClientHello>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no ClientHello within 5 s')), 5000);
      server.on('connection', (socket) => {
        let buffer = Buffer.alloc(0);
        socket.on('error', () => undefined);
        socket.on('data', (chunk: Buffer) => {
          buffer = Buffer.concat([buffer, chunk]);
          if (buffer.length < 9) return;
          const length = buffer.readUInt16BE(3);
          if (buffer.length < 5 + length) return;
          clearTimeout(timer);
          socket.destroy();
          resolve(decodeClientHello(buffer.subarray(9, 5 + length)));
        });
      });
      stop = connect(port);
    });
  } finally {
    (stop as (() => void) | null)?.();
    server.close();
  }
}

function expectSameOffer(hello: ClientHello, id: string): void {
  const profile = profileById(id)!;
  expect(hello.cipherSuites).toEqual(profile.cipherSuites);
  expect(offered(hello, ClientExtension.supportedGroups)).toEqual(profile.groups);
  expect(offered(hello, ClientExtension.signatureAlgorithms)).toEqual(profile.signatureAlgorithms);
  expect(offered(hello, ClientExtension.keyShares)?.map((share) => share.group)).toEqual(
    profile.keyShareGroups
  );
}

describe('client profiles', () => {
  it(`node-${process.versions.node.split('.')[0]} matches the ClientHello of this Node's tls.connect()`, async () => {
    const major = process.versions.node.split('.')[0]!;
    if (!profileById(`node-${major}`)) {
      console.warn(`skipped: no client profile for Node ${major}`);
      return;
    }
    const hello = await captureHello((port) => {
      const socket = tls.connect({ host: '127.0.0.1', port, servername: 'shop.test' });
      socket.on('error', () => undefined);
      return () => socket.destroy();
    });
    expectSameOffer(hello, `node-${major}`);
    // Node offers TLS 1.3 and 1.2 (tls.DEFAULT_MIN_VERSION is TLSv1.2).
    expect(offered(hello, ClientExtension.supportedVersions)).toEqual([0x0304, 0x0303]);
  });

  it('openssl-3 matches the ClientHello of the local openssl s_client (OpenSSL 3.0 defaults)', async () => {
    const hello = await captureHello((port) => {
      const child = spawn(
        'openssl',
        ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', 'shop.test'],
        { stdio: ['pipe', 'ignore', 'ignore'] }
      );
      child.on('error', () => undefined);
      return () => child.kill();
    });
    expectSameOffer(hello, 'openssl-3');
  });

  it('every profile has a unique id, a source, and a ClientHello that encodes and decodes back to its offer', () => {
    expect(new Set(CLIENT_PROFILES.map((p) => p.id)).size).toBe(CLIENT_PROFILES.length);
    for (const profile of CLIENT_PROFILES) {
      expect(profile.source.length).toBeGreaterThan(10);
      const hello = decodeClientHello(
        encodeClientHello(clientHello(profileHello(profile, 'shop.test'))).subarray(4)
      );
      expect({ id: profile.id, suites: hello.cipherSuites }).toEqual({
        id: profile.id,
        suites: profile.cipherSuites
      });
      expect(offered(hello, ClientExtension.serverName)).toBe('shop.test');
      const tls13 = profile.versions.includes('TLSv1.3');
      expect(offered(hello, ClientExtension.supportedVersions) !== null).toBe(tls13);
    }
  });
});
