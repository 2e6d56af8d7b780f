// A TARGET's name and pinned address: `name=host:port@address` (the action's `hosts` input documents it; the
// CLI takes it too). The endpoint in between is parse.ts's syntax.
import { isIP } from 'node:net';
import { quoteFound } from '../errors.js';

/** A TARGET's optional `name=` prefix and `@address` suffix, around the endpoint itself. */
export interface PinnedParts {
  name?: string;
  endpoint: string;
  address?: string;
}

// A name holds no ":", "/", "@", "[", "]" or ",", and does not start with "-" (so "-o...=x" stays a bad host).
const NAME_PREFIX = /^([^=:/[\]@,-][^=:/[\]@,]*)=(.*)$/s;

/** An IP literal, IPv6 with or without brackets; null when `text` is not one. */
export function ipLiteral(text: string): string | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return isIP(bare) ? bare.toLowerCase() : null;
}

/**
 * Splits `name=endpoint@address`. The `@` part is taken only when it follows the endpoint and is an IP literal,
 * so `https://user@host/` is left to the URL rules (which refuse credentials).
 */
export function splitPinned(text: string, fail: (why: string) => never): PinnedParts {
  const parts: PinnedParts = { endpoint: text };
  const named = NAME_PREFIX.exec(text);
  if (named && named[1]!.trim() !== '' && named[2]!.trim() !== '') {
    parts.name = named[1]!.trim();
    parts.endpoint = named[2]!.trim();
  }
  const at = parts.endpoint.lastIndexOf('@');
  if (at >= 0 && !/^[a-z][a-z0-9+.-]*:\/\//i.test(parts.endpoint)) {
    const address = ipLiteral(parts.endpoint.slice(at + 1).trim());
    if (address === null) {
      fail(
        `after "@" comes the address to connect to, an IPv4 or IPv6 address (name=host:port@address); got ${quoteFound(parts.endpoint.slice(at + 1))}`
      );
    }
    parts.address = address!;
    parts.endpoint = parts.endpoint.slice(0, at).trim();
  }
  return parts;
}
