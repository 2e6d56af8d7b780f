// The Strict-Transport-Security header (RFC 6797 §6.1): directives separated by ";", max-age required (delta
// seconds, optionally quoted), includeSubDomains optional; `preload` is the hstspreload.org convention. A header
// without a valid max-age, or with a directive twice, is one a browser ignores (§6.1, §8.1).

export interface HstsHeader {
  /** Seconds; null when the header has no valid max-age (a browser then ignores it). */
  maxAge: number | null;
  includeSubDomains: boolean;
  preload: boolean;
  /** false when a browser ignores the header (no valid max-age, a directive repeated). */
  valid: boolean;
}

export function parseHsts(value: string): HstsHeader {
  const seen = new Set<string>();
  let maxAge: number | null = null;
  let valid = true;
  for (const part of value.split(';')) {
    const directive = part.trim();
    if (directive === '') continue;
    const [rawName, ...rest] = directive.split('=');
    const name = rawName!.trim().toLowerCase();
    if (seen.has(name)) valid = false;
    seen.add(name);
    if (name !== 'max-age') continue;
    const text = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    maxAge = /^\d{1,15}$/.test(text) ? Number(text) : null;
  }
  return {
    maxAge: valid ? maxAge : null,
    includeSubDomains: seen.has('includesubdomains'),
    preload: seen.has('preload'),
    valid: valid && maxAge !== null
  };
}
