// The code-point module is the one definition of every number on the wire; the registry adds names and
// attributes on top. These tests hold the two together, so neither can grow a code point the other lacks.
import { describe, expect, it } from '@jest/globals';
import {
  AlertDescription,
  CipherSuite,
  ContentType,
  ExtensionType,
  HandshakeType,
  NamedGroup,
  ProtocolVersion,
  SignatureScheme
} from '../../src/codepoints/index.js';
import {
  GROUPS,
  SCSV,
  SIGNATURE_SCHEMES,
  protocolNameOf,
  protocolVersionCode,
  suiteByCode
} from '../../src/registry/index.js';
import { PROTOCOL_NAMES } from '../../src/model/report.js';

const values = (table: Record<string, number>): number[] => Object.values(table);

describe('code points', () => {
  it('name every registry group under its IANA name', () => {
    for (const group of GROUPS) expect(NamedGroup[group.name as keyof typeof NamedGroup]).toBe(group.code);
    expect(new Set(values(NamedGroup))).toEqual(new Set(GROUPS.map((group) => group.code)));
  });

  it('cover every registry signature scheme', () => {
    const schemes = new Set(values(SignatureScheme));
    for (const scheme of SIGNATURE_SCHEMES) expect(schemes.has(scheme.code)).toBe(true);
  });

  it('give the registry its protocol version numbers, both ways', () => {
    expect(PROTOCOL_NAMES.map(protocolVersionCode)).toEqual(values(ProtocolVersion));
    for (const name of PROTOCOL_NAMES) expect(protocolNameOf(protocolVersionCode(name))).toBe(name);
  });

  it('name only registered cipher suites, and the registry’s signalling values', () => {
    for (const [name, code] of Object.entries(CipherSuite)) expect(suiteByCode(code)?.name).toBe(name);
    expect(SCSV).toEqual({
      emptyRenegotiationInfo: CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV,
      fallback: CipherSuite.TLS_FALLBACK_SCSV
    });
  });

  it.each([
    ['ContentType', ContentType],
    ['HandshakeType', HandshakeType],
    ['ExtensionType', ExtensionType],
    ['AlertDescription', AlertDescription],
    ['NamedGroup', NamedGroup],
    ['SignatureScheme', SignatureScheme]
  ])('give each %s code point one name', (_, table: Record<string, number>) => {
    expect(new Set(values(table)).size).toBe(values(table).length);
  });

  it('hold the values the RFCs assign', () => {
    expect(ProtocolVersion.TLSv1_3).toBe(0x0304);
    expect(ContentType.handshake).toBe(22);
    expect(HandshakeType.certificate_verify).toBe(15);
    expect(ExtensionType.key_share).toBe(51);
    expect(AlertDescription.handshake_failure).toBe(40);
    expect(NamedGroup.X25519MLKEM768).toBe(0x11ec);
    expect(SignatureScheme.rsa_pss_rsae_sha256).toBe(0x0804);
  });
});
