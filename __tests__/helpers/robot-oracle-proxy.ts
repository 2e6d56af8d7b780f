// A ROBOT fixture for what no Debian server still does: answer a ClientKeyExchange differently when its
// PKCS#1 v1.5 padding is invalid (Bleichenbacher's oracle, as in the F5, Citrix, Radware, Cisco ACE and old
// OpenSSL/JSSE cases of the ROBOT paper). It sits in front of a real `openssl s_server` (TLS_RSA suites) and
// passes every byte through, so full handshakes (openssl s_client, testssl.sh's own connections) work. It really
// decrypts each RSA ClientKeyExchange with the server's key (raw RSA) and checks the padding itself:
//   - oracle: invalid padding is answered at once with alert handshake_failure(40) and a close; valid padding goes
//     on to OpenSSL, whose answer to a bad Finished is bad_record_mac(20): two distinguishable reactions;
//   - fixed: it decrypts and checks but never acts on it (every ClientKeyExchange goes on to OpenSSL, which
//     answers invalid padding like valid padding, RFC 5246 §7.4.7.1): one reaction for all.
import { constants, privateDecrypt } from 'node:crypto';
import net from 'node:net';
import { AlertDescription, AlertLevel, ContentType, HandshakeType } from '../../src/codepoints/index.js';
import { encodeAlert } from '../../src/wire/alert.js';
import { decodeRsaClientKeyExchange } from '../../src/wire/client-key-exchange.js';
import { HandshakeAssembler } from '../../src/wire/handshake.js';
import { encodeRecords, RecordReader, type TlsRecord } from '../../src/wire/record.js';
import { decodeServerHello } from '../../src/wire/server-hello.js';
import { suiteByCode } from '../../src/registry/index.js';
import type { KeyPair, RunningServer } from './servers.js';

export interface RobotProxyOptions {
  /** Where the real TLS server listens (127.0.0.1). */
  backendPort: number;
  /** The backend's RSA key pair (the proxy decrypts with it). */
  key: KeyPair;
  behaviour: 'oracle' | 'fixed';
}

export interface RobotProxy extends RunningServer {
  /** ClientKeyExchanges decrypted so far, by padding validity (ground truth for the tests). */
  readonly decrypted: { valid: number; invalid: number };
}

/** PKCS#1 v1.5 encryption-block check (RFC 8017 §7.2.2) for a 48-byte premaster secret. */
export function pkcs1PaddingValid(block: Buffer): boolean {
  if (block[0] !== 0x00 || block[1] !== 0x02) return false;
  const separator = block.indexOf(0x00, 2);
  return separator >= 10 && block.length - separator - 1 === 48;
}

function paddingValidOf(keyPem: string, body: Buffer, sslv3: boolean): boolean {
  try {
    const ciphertext = decodeRsaClientKeyExchange(body, sslv3);
    return pkcs1PaddingValid(privateDecrypt({ key: keyPem, padding: constants.RSA_NO_PADDING }, ciphertext));
  } catch {
    return false; // not a ciphertext of the modulus' size: as invalid as bad padding
  }
}

const isRsaKeyTransport = (code: number): boolean => {
  const suite = suiteByCode(code);
  return suite?.kx === 'RSA' && suite.au === 'RSA';
};

export async function startRobotProxy(options: RobotProxyOptions): Promise<RobotProxy> {
  const decrypted = { valid: 0, invalid: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const backend = net.connect({ host: '127.0.0.1', port: options.backendPort });
    for (const s of [client, backend]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    let suite: number | null = null;
    const fromServer = new RecordReader();
    const serverHandshake = new HandshakeAssembler();
    backend.on('data', (chunk: Buffer) => {
      client.write(chunk);
      if (suite !== null) return;
      try {
        fromServer.push(chunk);
        for (let record = fromServer.next(); record && suite === null; record = fromServer.next()) {
          if (record.type !== ContentType.handshake) continue;
          serverHandshake.push(record.fragment);
          const message = serverHandshake.next();
          if (message?.type === HandshakeType.server_hello)
            suite = decodeServerHello(message.body).cipherSuite;
        }
      } catch {
        suite = -1;
      }
    });
    backend.on('end', () => client.end());
    backend.on('close', () => client.destroy());
    client.on('close', () => backend.destroy());

    const fromClient = new RecordReader();
    const clientHandshake = new HandshakeAssembler();
    let encrypted = false;
    let answered = false;
    /** True when the record is a ClientKeyExchange the oracle answers itself. */
    const intercept = (record: TlsRecord): boolean => {
      if (encrypted || record.type !== ContentType.handshake) {
        if (record.type === ContentType.change_cipher_spec) encrypted = true;
        return false;
      }
      clientHandshake.push(record.fragment);
      const message = clientHandshake.next();
      if (message?.type !== HandshakeType.client_key_exchange || suite === null || !isRsaKeyTransport(suite))
        return false;
      const valid = paddingValidOf(options.key.keyPem, message.body, record.version === 0x0300);
      decrypted[valid ? 'valid' : 'invalid']++;
      return options.behaviour === 'oracle' && !valid;
    };
    let passThrough = false;
    client.on('data', (chunk: Buffer) => {
      if (answered) return;
      if (passThrough) return void backend.write(chunk);
      try {
        fromClient.push(chunk);
      } catch {
        // Not TLS records (an SSLv2-format hello): nothing to inspect, the backend answers as it would.
        passThrough = true;
        return void backend.write(chunk);
      }
      for (let record = fromClient.next(); record; record = fromClient.next()) {
        if (intercept(record)) {
          answered = true;
          backend.destroy();
          const alert = encodeAlert(AlertLevel.fatal, AlertDescription.handshake_failure);
          client.end(encodeRecords(ContentType.alert, record.version, alert));
          return;
        }
        backend.write(encodeRecords(record.type, record.version, record.fragment));
      }
    });
    client.on('end', () => backend.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    decrypted,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}
