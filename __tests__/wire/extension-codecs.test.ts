// The typed extension table: each entry writes the body its RFC defines and reads it back, and a body that
// does not match its format is a DecodeError, whichever message carries it.
import { describe, expect, test } from '@jest/globals';
import { ExtensionType } from '../../src/codepoints/index.js';
import { DecodeError } from '../../src/wire/bytes.js';
import {
  CertificateEntryExtension,
  ClientExtension,
  extension,
  findExtension,
  ServerExtension
} from '../../src/wire/extension-codecs.js';

const hex = (b: Buffer): string => b.toString('hex');

describe('ClientHello extensions', () => {
  test.each([
    ['server_name', extension(ClientExtension.serverName, 'server'), '0009000006736572766572'],
    ['supported_groups', extension(ClientExtension.supportedGroups, [0x001d, 0x0017]), '0004001d0017'],
    ['ec_point_formats', extension(ClientExtension.ecPointFormats, [0]), '0100'],
    ['signature_algorithms', extension(ClientExtension.signatureAlgorithms, [0x0804]), '00020804'],
    ['ALPN', extension(ClientExtension.alpn, ['h2']), '0003026832'],
    ['supported_versions', extension(ClientExtension.supportedVersions, [0x0304, 0x0303]), '0403040303'],
    ['psk_key_exchange_modes', extension(ClientExtension.pskKeyExchangeModes, [1]), '0101'],
    ['status_request', extension(ClientExtension.statusRequest, Buffer.alloc(0)), '0100000000'],
    ['renegotiation_info', extension(ClientExtension.renegotiationInfo, Buffer.alloc(0)), '00'],
    ['extended_master_secret', extension(ClientExtension.extendedMasterSecret, true), ''],
    ['padding', extension(ClientExtension.padding, 3), '000000']
  ])('%s is written as its RFC defines it', (_, written, body) => {
    expect(hex(written.data)).toBe(body);
  });

  test('key_share lists round-trip through the table', () => {
    const entries = [
      { group: 0x001d, keyExchange: Buffer.alloc(32, 1) },
      { group: 0x0017, keyExchange: Buffer.alloc(65, 4) }
    ];
    const written = extension(ClientExtension.keyShares, entries);
    expect(written.type).toBe(ExtensionType.key_share);
    expect(findExtension([written], ClientExtension.keyShares)).toEqual(entries);
  });

  test('a body with bytes left over, or a list cut short, is a DecodeError', () => {
    expect(() => ClientExtension.supportedVersions.decode(Buffer.from('0403040303ff', 'hex'))).toThrow(
      DecodeError
    );
    expect(() => ClientExtension.supportedGroups.decode(Buffer.from('0004001d', 'hex'))).toThrow(DecodeError);
    expect(() => ClientExtension.extendedMasterSecret.decode(Buffer.from([0]))).toThrow(DecodeError);
  });
});

describe('ServerHello and HelloRetryRequest extensions', () => {
  test('supported_versions holds one version, key_share one entry, or (in an HRR) one group', () => {
    expect(hex(extension(ServerExtension.selectedVersion, 0x0304).data)).toBe('0304');
    const share = { group: 0x001d, keyExchange: Buffer.alloc(32, 7) };
    expect(findExtension([extension(ServerExtension.keyShare, share)], ServerExtension.keyShare)).toEqual(
      share
    );
    expect(hex(extension(ServerExtension.retryGroup, 0x0017).data)).toBe('0017');
    expect(hex(extension(ServerExtension.cookie, Buffer.from('abcd', 'hex')).data)).toBe('0002abcd');
  });

  test('a list where one value belongs is a DecodeError', () => {
    expect(() => ServerExtension.selectedVersion.decode(Buffer.from('0403040303', 'hex'))).toThrow(
      DecodeError
    );
  });
});

describe('CertificateEntry extensions', () => {
  test('status_request carries a CertificateStatus: ocsp(1) and the DER response', () => {
    const ocsp = Buffer.from('3003020100', 'hex');
    const written = extension(CertificateEntryExtension.statusRequest, ocsp);
    expect(hex(written.data)).toBe('01000005' + hex(ocsp));
    expect(findExtension([written], CertificateEntryExtension.statusRequest)).toEqual(ocsp);
    expect(() => CertificateEntryExtension.statusRequest.decode(Buffer.from('02000000', 'hex'))).toThrow(
      /not ocsp\(1\)/
    );
  });
});

test('findExtension is null when the list lacks the extension', () => {
  expect(findExtension([], ClientExtension.serverName)).toBeNull();
});
