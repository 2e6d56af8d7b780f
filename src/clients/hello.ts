// A client profile as a ClientHelloSpec: the extensions a real client of that kind sends, with key shares the
// server can accept (real X25519/X448/NIST shares; well-formed placeholders for ML-KEM hybrids, enough for
// the server to answer with its ServerHello).
import { ProtocolVersion } from '../codepoints/index.js';
import { randomBytes } from 'node:crypto';
import { protocolVersionCode } from '../registry/index.js';
import { type ClientHelloSpec } from '../wire/client-hello-spec.js';
import { placeholderKeyShare } from '../wire/tls13/key-share.js';
import type { ClientProfile } from './profiles/types.js';

export function profileHello(
  profile: ClientProfile,
  serverName: string | null,
  keyShareGroups?: number[]
): ClientHelloSpec {
  const tls13 = profile.versions.includes('TLSv1.3');
  const legacyVersions = profile.versions.filter((v) => v !== 'TLSv1.3');
  const highestLegacy = legacyVersions[0];
  const clientVersion = tls13
    ? ProtocolVersion.TLSv1_2
    : highestLegacy
      ? protocolVersionCode(highestLegacy)
      : ProtocolVersion.TLSv1_2;
  // signature_algorithms exists from TLS 1.2 on; older clients do not send it.
  const speaksTls12 = tls13 || profile.versions.includes('TLSv1.2');
  const spec: ClientHelloSpec = {
    clientVersion,
    cipherSuites: [...profile.cipherSuites],
    compressionMethods: [0],
    serverName: profile.sni ? serverName : null,
    supportedGroups: profile.groups.length ? [...profile.groups] : undefined,
    signatureAlgorithms:
      speaksTls12 && profile.signatureAlgorithms.length ? [...profile.signatureAlgorithms] : undefined,
    ecPointFormats: profile.ecPointFormats ? [0] : undefined,
    alpn: profile.alpn,
    statusRequest: profile.statusRequest,
    sessionTicket: profile.sessionTicket ? true : undefined,
    extendedMasterSecret: profile.extendedMasterSecret,
    renegotiationInfo: profile.renegotiationInfo
  };
  if (tls13) {
    spec.supportedVersions = profile.versions.map((v) => protocolVersionCode(v));
    spec.keyShares = (keyShareGroups ?? profile.keyShareGroups).map((group) => placeholderKeyShare(group));
    spec.pskKeyExchangeModes = [1];
    // TLS 1.3 clients send a 32-byte legacy session id (middlebox compatibility, RFC 8446 D.4).
    spec.sessionId = randomBytes(32);
  }
  return spec;
}
