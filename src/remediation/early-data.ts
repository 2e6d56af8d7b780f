// What turns 0-RTT early data off (the finding tls.early-data), server by server: nginx accepts it only with
// ssl_early_data on, haproxy only with allow-0rtt on the bind line; Apache httpd's mod_ssl never accepts it.
import type { FixLines } from '../model/report.js';

export function earlyDataFix(): FixLines {
  return {
    nginx: ['ssl_early_data off;'],
    haproxy: ['bind <address>:443 ssl crt <certificate>  # the same bind line, without allow-0rtt'],
    text:
      'Other OpenSSL-based servers: SSL_CTX_set_max_early_data(ctx, 0) (openssl s_server: drop -early_data). ' +
      'Where 0-RTT must stay, the application must accept only replay-safe requests in early data (RFC 8470: ' +
      'nginx passes $ssl_early_data to the backend as "Early-Data: 1", which answers 425 Too Early otherwise).'
  };
}
