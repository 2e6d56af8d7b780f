// The certificate files a server serves: the full chain (leaf first, then each intermediate), a renewed
// certificate, a second certificate with another key type. The paths are examples; the directives are not.
import type { FixLines, KeyType } from '../model/report.js';

/** A policy finding about the sent chain: serve the CA's full-chain file. */
export function chainFix(problem: 'incomplete' | 'order' | 'extra'): FixLines {
  const what = {
    incomplete: 'Serve the intermediate certificates after the leaf (the CA\'s "full chain" file).',
    order: 'Serve the leaf first, then each certificate followed by the one that issued it.',
    extra: 'Remove certificates that do not belong to the chain from the certificate file.'
  }[problem];
  return {
    nginx: ['ssl_certificate /etc/ssl/fullchain.pem;'],
    apache: ['SSLCertificateFile /etc/ssl/fullchain.pem'],
    haproxy: ['bind :443 ssl crt /etc/haproxy/fullchain-and-key.pem'],
    text: `${what} The file holds the leaf, then the intermediates in order; the root is not needed.`
  };
}

/** A client rejects the chain because an intermediate is missing. */
export function fullChainFix(): FixLines {
  return {
    nginx: ['ssl_certificate /etc/ssl/fullchain.pem;  # leaf first, then each intermediate'],
    apache: ['SSLCertificateFile /etc/ssl/fullchain.pem  # leaf first, then each intermediate'],
    haproxy: ['bind :443 ssl crt /etc/haproxy/fullchain-and-key.pem'],
    text: 'Concatenate the leaf certificate and its intermediate(s), leaf first, and serve that file.'
  };
}

/** A client rejects the expired certificate. */
export function renewedCertificateFix(): FixLines {
  return {
    nginx: [
      'ssl_certificate /etc/ssl/renewed-fullchain.pem;  # the renewed certificate, then its intermediates'
    ],
    apache: ['SSLCertificateFile /etc/ssl/renewed-fullchain.pem'],
    haproxy: ['bind :443 ssl crt /etc/haproxy/renewed.pem'],
    text: 'Renew the certificate and reload the server; check that the renewal job deploys to this endpoint.'
  };
}

/** A client accepts none of the server's key types: a second certificate next to the current one. */
export function secondCertificateFix(keyType: KeyType): FixLines {
  const file = keyType === 'EC' ? 'ecdsa' : keyType.toLowerCase();
  return {
    nginx: [`ssl_certificate /etc/ssl/${file}-fullchain.pem;`, `ssl_certificate_key /etc/ssl/${file}.key;`],
    apache: [
      `SSLCertificateFile /etc/ssl/${file}-fullchain.pem`,
      `SSLCertificateKeyFile /etc/ssl/${file}.key`
    ],
    haproxy: [`bind :443 ssl crt /etc/haproxy/site.pem crt /etc/haproxy/site-${file}.pem`],
    text: `Serve a second certificate with an ${keyType === 'EC' ? 'ECDSA (P-256)' : keyType} key next to the current one (servers pick per client).`
  };
}
