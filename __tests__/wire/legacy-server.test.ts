import { ContentType, HandshakeType } from '../../src/codepoints/index.js';
import { describe, expect, test, afterEach } from '@jest/globals';
import { connect } from 'node:net';
import { startLegacyServer, type LegacyServer, type LegacyServerOptions } from '../helpers/legacy-server.js';
import { decodeAlert } from '../../src/wire/alert.js';
import { decodeCertificate } from '../../src/wire/certificate.js';
import type { ClientHelloSpec } from '../../src/wire/client-hello-spec.js';
import { encodeClientHelloRecords, encodeSslv2ClientHello } from '../../src/wire/client-hello.js';
import { HandshakeAssembler, type HandshakeMessage } from '../../src/wire/handshake.js';
import { RecordReader, isSslv2Record } from '../../src/wire/record.js';
import { decodeServerKeyExchange } from '../../src/wire/server-key-exchange.js';
import { decodeServerHello } from '../../src/wire/server-hello.js';
import { decodeSslv2Error, decodeSslv2ServerHello, readSslv2Record } from '../../src/wire/sslv2.js';
import { suiteByName } from '../../src/registry/index.js';

const code = (name: string): number => suiteByName(name)!.code;
const RC4_MD5 = code('TLS_RSA_WITH_RC4_128_MD5');
const RC4_SHA = code('TLS_RSA_WITH_RC4_128_SHA');
const EXP_RC4 = code('TLS_RSA_EXPORT_WITH_RC4_40_MD5');
const AES128_SHA = code('TLS_RSA_WITH_AES_128_CBC_SHA');
const AES128_GCM = code('TLS_RSA_WITH_AES_128_GCM_SHA256');
const DHE_AES = code('TLS_DHE_RSA_WITH_AES_128_CBC_SHA');
const ECDHE_AES = code('TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA');
const ADH = code('TLS_DH_anon_WITH_AES_128_CBC_SHA');
const NULL_SHA = code('TLS_RSA_WITH_NULL_SHA');

let server: LegacyServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(options: LegacyServerOptions): Promise<LegacyServer> {
  server = await startLegacyServer(options);
  return server;
}

/** Sends bytes, returns everything the server sent before closing. */
function exchange(port: number, bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    socket.on('data', (c) => chunks.push(c));
    socket.on('close', () => resolve(Buffer.concat(chunks)));
    socket.on('error', reject);
  });
}

type Answer = {
  alert: ReturnType<typeof decodeAlert> | null;
  messages: HandshakeMessage[];
  recordVersions: number[];
};

async function hello(port: number, spec: ClientHelloSpec): Promise<Answer> {
  const bytes = await exchange(port, encodeClientHelloRecords(spec));
  const reader = new RecordReader();
  reader.push(bytes);
  const assembler = new HandshakeAssembler();
  const answer: Answer = { alert: null, messages: [], recordVersions: [] };
  for (let r = reader.next(); r; r = reader.next()) {
    answer.recordVersions.push(r.version);
    if (r.type === ContentType.alert) answer.alert = decodeAlert(r.fragment);
    else assembler.push(r.fragment);
    for (let m = assembler.next(); m; m = assembler.next()) answer.messages.push(m);
  }
  return answer;
}

const tls12 = (suites: number[], extra: Partial<ClientHelloSpec> = {}): ClientHelloSpec => ({
  clientVersion: 0x0303,
  cipherSuites: suites,
  supportedGroups: [0x0017, 0x001d],
  ecPointFormats: [0],
  signatureAlgorithms: [0x0401, 0x0804],
  renegotiationInfo: true,
  ...extra
});

describe('legacy server', () => {
  test('an SSLv3-only server answers a TLS 1.2 hello with an SSLv3 ServerHello, Certificate and ServerHelloDone', async () => {
    const s = await start({ versions: ['SSLv3'], suites: [RC4_MD5, RC4_SHA], order: 'server' });
    const answer = await hello(s.port, tls12([RC4_SHA, RC4_MD5]));
    expect(answer.alert).toBeNull();
    expect(answer.messages.map((m) => m.type)).toEqual([
      HandshakeType.server_hello,
      HandshakeType.certificate,
      HandshakeType.server_hello_done
    ]);
    const sh = decodeServerHello(answer.messages[0]!.body);
    expect(sh.legacyVersion).toBe(0x0300);
    expect(sh.cipherSuite).toBe(RC4_MD5);
    expect(sh.extensions).toEqual([]);
    expect(answer.recordVersions.every((v) => v === 0x0300)).toBe(true);
    expect(decodeCertificate(answer.messages[1]!.body, false).certificates).toHaveLength(1);
    expect(s.hellos).toBe(1);
  });

  test('server order picks the server favourite; client order the client favourite', async () => {
    const s = await start({ versions: ['TLSv1.0'], suites: [RC4_MD5, AES128_SHA], order: 'server' });
    expect(
      decodeServerHello((await hello(s.port, tls12([AES128_SHA, RC4_MD5]))).messages[0]!.body).cipherSuite
    ).toBe(RC4_MD5);
    await s.close();
    const c = await start({ versions: ['TLSv1.0'], suites: [RC4_MD5, AES128_SHA], order: 'client' });
    expect(
      decodeServerHello((await hello(c.port, tls12([AES128_SHA, RC4_MD5]))).messages[0]!.body).cipherSuite
    ).toBe(AES128_SHA);
  });

  test('no suite in common is alert 40 handshake_failure', async () => {
    const s = await start({ versions: ['TLSv1.0'], suites: [EXP_RC4], order: 'server' });
    expect((await hello(s.port, tls12([AES128_SHA]))).alert).toEqual({
      level: 'fatal',
      description: 40,
      name: 'handshake_failure'
    });
  });

  test('a client below every server version gets alert 70 protocol_version', async () => {
    const s = await start({ versions: ['TLSv1.2'], suites: [AES128_SHA], order: 'server' });
    const answer = await hello(s.port, { ...tls12([AES128_SHA]), clientVersion: 0x0301 });
    expect(answer.alert?.name).toBe('protocol_version');
  });

  test('negotiates the highest common version, through supported_versions too', async () => {
    const s = await start({
      versions: ['SSLv3', 'TLSv1.0', 'TLSv1.1'],
      suites: [AES128_SHA],
      order: 'server'
    });
    expect(
      decodeServerHello((await hello(s.port, tls12([AES128_SHA]))).messages[0]!.body).legacyVersion
    ).toBe(0x0302);
    const viaExtension = await hello(
      s.port,
      tls12([AES128_SHA], { supportedVersions: [0x0304, 0x0303, 0x0301] })
    );
    expect(decodeServerHello(viaExtension.messages[0]!.body).legacyVersion).toBe(0x0301);
  });

  test('never picks a TLS 1.2-only suite for TLS 1.0', async () => {
    const s = await start({
      versions: ['TLSv1.0', 'TLSv1.2'],
      suites: [AES128_GCM, AES128_SHA],
      order: 'server'
    });
    const answer = await hello(s.port, { ...tls12([AES128_GCM, AES128_SHA]), clientVersion: 0x0301 });
    expect(decodeServerHello(answer.messages[0]!.body).cipherSuite).toBe(AES128_SHA);
    const modern = await hello(s.port, tls12([AES128_GCM, AES128_SHA]));
    expect(decodeServerHello(modern.messages[0]!.body).cipherSuite).toBe(AES128_GCM);
  });

  test('DHE suites carry a ServerKeyExchange with a prime of dhBits', async () => {
    const s = await start({ versions: ['TLSv1.2'], suites: [DHE_AES], order: 'server', dhBits: 1024 });
    const answer = await hello(s.port, tls12([DHE_AES]));
    const ske = answer.messages.find((m) => m.type === HandshakeType.server_key_exchange)!;
    expect(decodeServerKeyExchange(ske.body, 'DHE', 'RSA')).toEqual({ dhPrimeBits: 1024 });
  });

  test('ECDHE suites use a curve the client offered, or are not chosen without one', async () => {
    const s = await start({
      versions: ['TLSv1.2'],
      suites: [ECDHE_AES, AES128_SHA],
      order: 'server',
      groups: [0x0017, 0x0018]
    });
    const answer = await hello(s.port, tls12([ECDHE_AES, AES128_SHA], { supportedGroups: [0x0018] }));
    const ske = answer.messages.find((m) => m.type === HandshakeType.server_key_exchange)!;
    expect(decodeServerKeyExchange(ske.body, 'ECDHE', 'RSA')).toEqual({ namedGroup: 0x0018 });
    const noCurve = await hello(s.port, tls12([ECDHE_AES, AES128_SHA], { supportedGroups: [0x001e] }));
    expect(decodeServerHello(noCurve.messages[0]!.body).cipherSuite).toBe(AES128_SHA);
  });

  test('anonymous suites send no Certificate; NULL-cipher RSA suites do', async () => {
    const s = await start({ versions: ['TLSv1.0'], suites: [ADH, NULL_SHA], order: 'client', dhBits: 768 });
    const anon = await hello(s.port, tls12([ADH]));
    expect(anon.messages.map((m) => m.type)).toEqual([
      HandshakeType.server_hello,
      HandshakeType.server_key_exchange,
      HandshakeType.server_hello_done
    ]);
    expect(decodeServerKeyExchange(anon.messages[1]!.body, 'DH', 'anon')).toEqual({ dhPrimeBits: 768 });
    const nul = await hello(s.port, tls12([NULL_SHA]));
    expect(nul.messages.map((m) => m.type)).toContain(HandshakeType.certificate);
  });

  test('sends the configured chain as given', async () => {
    const chain = [Buffer.from('3003020101', 'hex'), Buffer.from('3003020102', 'hex')];
    const s = await start({
      versions: ['TLSv1.2'],
      suites: [AES128_SHA],
      order: 'server',
      certificates: chain
    });
    const answer = await hello(s.port, tls12([AES128_SHA]));
    expect(decodeCertificate(answer.messages[1]!.body, false).certificates).toEqual(chain);
  });

  test('SSLv2: SERVER-HELLO lists the common cipher kinds; none in common is NO-CIPHER-ERROR', async () => {
    const s = await start({
      versions: ['SSLv2', 'SSLv3'],
      suites: [0x010080, 0x0700c0, RC4_MD5],
      order: 'server'
    });
    const bytes = await exchange(
      s.port,
      encodeSslv2ClientHello({ version: 0x0002, cipherSpecs: [0x0700c0, 0x020080, 0x010080] })
    );
    expect(isSslv2Record(bytes)).toBe(true);
    const sh = decodeSslv2ServerHello(readSslv2Record(bytes)!.body);
    expect(sh.cipherSpecs).toEqual([0x010080, 0x0700c0]);
    expect(sh.certificate.length).toBeGreaterThan(100);
    const refused = await exchange(
      s.port,
      encodeSslv2ClientHello({ version: 0x0002, cipherSpecs: [0x060040] })
    );
    expect(decodeSslv2Error(readSslv2Record(refused)!.body).name).toBe('NO-CIPHER-ERROR');
  });

  test('an SSLv2-compatible hello for SSLv3 is answered in SSLv3', async () => {
    const s = await start({ versions: ['SSLv3'], suites: [RC4_SHA], order: 'server' });
    const bytes = await exchange(
      s.port,
      encodeSslv2ClientHello({ version: 0x0300, cipherSpecs: [0x010080, RC4_SHA] })
    );
    const reader = new RecordReader();
    reader.push(bytes);
    const assembler = new HandshakeAssembler();
    assembler.push(reader.next()!.fragment);
    const sh = decodeServerHello(assembler.next()!.body);
    expect([sh.legacyVersion, sh.cipherSuite]).toEqual([0x0300, RC4_SHA]);
  });

  test('a server without SSLv2 drops an SSLv2 hello without answering', async () => {
    const s = await start({ versions: ['TLSv1.0'], suites: [AES128_SHA], order: 'server' });
    expect(
      (await exchange(s.port, encodeSslv2ClientHello({ version: 0x0002, cipherSpecs: [0x010080] }))).length
    ).toBe(0);
  });

  test('bytes that are not a TLS record get a fatal decode_error alert', async () => {
    const s = await start({ versions: ['TLSv1.0'], suites: [AES128_SHA], order: 'server' });
    const bytes = await exchange(s.port, Buffer.from('GET / HTTP/1.0\r\n\r\n'));
    const reader = new RecordReader();
    reader.push(bytes);
    expect(decodeAlert(reader.next()!.fragment).name).toBe('decode_error');
  });
});
