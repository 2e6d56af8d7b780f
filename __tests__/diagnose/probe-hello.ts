// A plain TLS 1.2 ClientHello for tests that only need a server's certificate.
import type { ClientHelloSpec } from '../../src/wire/client-hello-spec.js';

export function tls12Hello(serverName: string): ClientHelloSpec {
  return {
    clientVersion: 0x0303,
    cipherSuites: [0xc02b, 0xc02f, 0xc02c, 0xc030, 0x009c],
    serverName,
    supportedGroups: [29, 23, 24],
    signatureAlgorithms: [0x0403, 0x0503, 0x0804, 0x0805, 0x0401, 0x0501],
    ecPointFormats: [0]
  };
}
