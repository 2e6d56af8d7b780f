// Certificate-file fixes: a diagnosis's second certificate, renewed certificate and full chain are written
// in remediation/ with the same directives as the policy's chain fix.
import { describe, expect, it } from '@jest/globals';
import {
  chainFix,
  fullChainFix,
  renewedCertificateFix,
  secondCertificateFix
} from '../../src/remediation/index.js';

describe('certificate files', () => {
  it('a second certificate names its files by key type (ECDSA for EC) and keeps the current one in HAProxy', () => {
    const ec = secondCertificateFix('EC');
    expect(ec.nginx).toEqual([
      'ssl_certificate /etc/ssl/ecdsa-fullchain.pem;',
      'ssl_certificate_key /etc/ssl/ecdsa.key;'
    ]);
    expect(ec.haproxy).toEqual(['bind :443 ssl crt /etc/haproxy/site.pem crt /etc/haproxy/site-ecdsa.pem']);
    expect(ec.text).toContain('ECDSA (P-256)');
    expect(secondCertificateFix('RSA').apache).toEqual([
      'SSLCertificateFile /etc/ssl/rsa-fullchain.pem',
      'SSLCertificateKeyFile /etc/ssl/rsa.key'
    ]);
  });

  it('every certificate-file fix sets the certificate with the same directive per server', () => {
    for (const fix of [
      chainFix('incomplete'),
      fullChainFix(),
      renewedCertificateFix(),
      secondCertificateFix('RSA')
    ]) {
      expect(fix.nginx?.[0]).toMatch(/^ssl_certificate \/etc\/ssl\/\S+\.pem;/);
      expect(fix.apache?.[0]).toMatch(/^SSLCertificateFile \/etc\/ssl\/\S+\.pem/);
      expect(fix.haproxy?.[0]).toMatch(/^bind :443 ssl crt \/etc\/haproxy\/\S+\.pem/);
    }
  });
});
