// Cipher-suite classes for `cipher-suites.denied-classes`, derived from the registry attributes of a suite.
import type { CipherSuiteInfo } from '../registry/index.js';
import type { CipherClass } from './policy-rules.js';

const TLS13_KX = 'any';

/** Does the suite belong to the class? */
export function suiteIsInClass(suite: CipherSuiteInfo, cls: CipherClass): boolean {
  switch (cls) {
    case 'no-pfs':
      return !suite.pfs && suite.kx !== TLS13_KX;
    case 'cbc':
      return suite.mode === 'CBC';
    case '3des':
      return suite.cipher === '3DES';
    case 'des':
      return suite.cipher === 'DES';
    case 'rc4':
      return suite.cipher === 'RC4';
    case 'rc2':
      return suite.cipher === 'RC2';
    case 'idea':
      return suite.cipher === 'IDEA';
    case 'null':
      return suite.cipher === 'NULL';
    case 'export':
      return suite.export;
    case 'anonymous':
      return suite.anonymous;
    case 'sha1-mac':
      return suite.mac === 'HMAC-SHA1';
    case 'md5-mac':
      return suite.mac === 'HMAC-MD5';
    case 'dhe':
      return suite.kx === 'DHE';
    case 'static-rsa':
      return suite.kx === 'RSA';
    case 'psk':
      return suite.kx === 'PSK' || suite.au === 'PSK';
    case 'srp':
      return suite.kx === 'SRP';
    case 'camellia':
      return suite.cipher === 'CAMELLIA';
    case 'aria':
      return suite.cipher === 'ARIA';
    case 'chacha20':
      return suite.cipher === 'CHACHA20_POLY1305';
    case 'ccm':
      return suite.mode === 'CCM' || suite.mode === 'CCM_8';
    case 'ccm8':
      return suite.mode === 'CCM_8';
    case 'non-aead':
      return !suite.aead;
    case 'weak':
      return suite.rating === 'weak' || suite.rating === 'insecure';
  }
}

export function classesOf(suite: CipherSuiteInfo, among: readonly CipherClass[]): CipherClass[] {
  return among.filter((cls) => suiteIsInClass(suite, cls));
}
