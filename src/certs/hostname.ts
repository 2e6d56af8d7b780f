// Does a certificate name the host we connected to? RFC 6125 section 6.4 with the CA/Browser Forum's limits:
// a wildcard is only the whole left-most label and stands for exactly one label (so "*.example.com" matches
// "a.example.com" but neither "example.com" nor "a.b.example.com"); IP targets match IP SANs only; names compare in
// A-label (punycode) form. The subject CN is never consulted: RFC 9525 section 6.3 takes identifiers from the
// subjectAltName only, the CA/B Baseline Requirements (7.1.4.3) require every name to be in it, and browsers, curl,
// Go and Python have all stopped falling back to the CN. A certificate without SANs names no host.
import { BlockList, isIP } from 'node:net';
import { domainToASCII } from 'node:url';

/** Lower-case A-label form without a trailing dot, or null when the name is not a valid host name. */
function asciiHostname(name: string): string | null {
  const trimmed = name.trim().replace(/\.$/, '');
  if (trimmed === '' || trimmed.includes('..')) return null;
  const ascii = domainToASCII(trimmed);
  return ascii === '' ? null : ascii.toLowerCase();
}

function matchesDnsName(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) {
    const base = asciiHostname(pattern.slice(2));
    // "*.com" or "*.localhost" would cover a whole public suffix: CA/B forbids at least the one-label case.
    if (!base || !base.includes('.')) return false;
    const dot = host.indexOf('.');
    return dot > 0 && host.slice(dot + 1) === base;
  }
  if (pattern.includes('*')) return false; // partial wildcards (f*o.example.com) are not allowed
  return asciiHostname(pattern) === host;
}

function sameIp(a: string, b: string): boolean {
  const familyA = isIP(a);
  const familyB = isIP(b);
  if (familyA === 0 || familyB === 0) return false;
  // BlockList compares addresses as numbers, so "::1" and "0:0:0:0:0:0:0:1" are equal, as are IPv4-mapped forms.
  const list = new BlockList();
  list.addAddress(a, familyA === 6 ? 'ipv6' : 'ipv4');
  return list.check(b, familyB === 6 ? 'ipv6' : 'ipv4');
}

/**
 * @param host the target host as the user wrote it (name or IP literal, IPv6 without brackets)
 * @param subjectAltNames "DNS:name" and "IP:address" entries, as in CertificateInfo
 */
export function hostnameMatches(host: string, subjectAltNames: string[]): boolean {
  const dnsNames = subjectAltNames.filter((san) => san.startsWith('DNS:')).map((san) => san.slice(4));
  const ipAddresses = subjectAltNames.filter((san) => san.startsWith('IP:')).map((san) => san.slice(3));
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (isIP(bare) !== 0) {
    return ipAddresses.some((ip) => sameIp(ip, bare));
  }
  const target = asciiHostname(bare);
  if (!target) return false;
  return dnsNames.some((name) => matchesDnsName(name, target));
}
