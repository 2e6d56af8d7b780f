// One TLS client context per set of options, made once per run and shared by every connection that uses it.
// tls.connect without a `secureContext` builds a new OpenSSL context for every connection (the cipher string
// parsed, the context allocated and freed), which a 1000-target fleet paid some 5000 times over.
// Sharing is safe: Node's client contexts keep no internal session cache (a session is resumed only when a
// connection is handed one), and certificates are not verified on these connections.
import tls from 'node:tls';

/** The context-level options our clients set: plain values, so equal options share one context. */
export interface ClientContextOptions {
  minVersion?: tls.SecureVersion;
  maxVersion?: tls.SecureVersion;
  ciphers?: string;
  secureOptions?: number;
}

const contexts = new Map<string, tls.SecureContext>();

/** The shared context for `options`. */
export function clientSecureContext(options: ClientContextOptions): tls.SecureContext {
  const key = JSON.stringify([
    options.minVersion,
    options.maxVersion,
    options.ciphers,
    options.secureOptions
  ]);
  let context = contexts.get(key);
  if (!context) {
    context = tls.createSecureContext(options);
    contexts.set(key, context);
  }
  return context;
}
