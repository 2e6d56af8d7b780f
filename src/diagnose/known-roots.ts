// Roots that are never a server's real issuer: TLS-inspection products re-sign every certificate with one, and
// developer tools mint local certificates with one. A chain ending at such a root means the scan went through
// the product (or reached a developer's machine), not that the server forgot an intermediate. Matched by the
// names these products put in their root's subject; names as the vendors ship them by default.

export interface KnownRoot {
  /** The product, as people call it. */
  product: string;
  kind: 'interception' | 'developer-tool';
}

const KNOWN_ROOTS: readonly { pattern: RegExp; root: KnownRoot }[] = [
  { pattern: /mkcert development CA/i, root: { product: 'mkcert', kind: 'developer-tool' } },
  { pattern: /\bmitmproxy\b/i, root: { product: 'mitmproxy', kind: 'developer-tool' } },
  { pattern: /FiddlerRoot|\bFiddler\b/i, root: { product: 'Fiddler', kind: 'developer-tool' } },
  { pattern: /Charles Proxy/i, root: { product: 'Charles Proxy', kind: 'developer-tool' } },
  { pattern: /PortSwigger/i, root: { product: 'Burp Suite', kind: 'developer-tool' } },
  {
    pattern: /ASP\.NET Core HTTPS development/i,
    root: { product: '.NET dev-certs', kind: 'developer-tool' }
  },
  { pattern: /\bZscaler\b/i, root: { product: 'Zscaler', kind: 'interception' } },
  { pattern: /\bNetskope\b/i, root: { product: 'Netskope', kind: 'interception' } },
  { pattern: /\bFortinet\b|\bFortiGate\b/i, root: { product: 'Fortinet FortiGate', kind: 'interception' } },
  { pattern: /Palo Alto Networks/i, root: { product: 'Palo Alto Networks', kind: 'interception' } },
  { pattern: /Cisco Umbrella/i, root: { product: 'Cisco Umbrella', kind: 'interception' } },
  { pattern: /Forcepoint|Websense/i, root: { product: 'Forcepoint', kind: 'interception' } },
  { pattern: /Blue ?Coat/i, root: { product: 'Blue Coat', kind: 'interception' } },
  { pattern: /\bSophos\b/i, root: { product: 'Sophos', kind: 'interception' } },
  { pattern: /Kaspersky/i, root: { product: 'Kaspersky', kind: 'interception' } },
  { pattern: /\bAvast\b|\bAVG\b/i, root: { product: 'Avast', kind: 'interception' } },
  { pattern: /\bESET\b/i, root: { product: 'ESET', kind: 'interception' } },
  { pattern: /Bitdefender/i, root: { product: 'Bitdefender', kind: 'interception' } }
];

/** The product whose root this subject names, or null for any other root. */
export function knownRoot(subject: string): KnownRoot | null {
  return KNOWN_ROOTS.find((known) => known.pattern.test(subject))?.root ?? null;
}
