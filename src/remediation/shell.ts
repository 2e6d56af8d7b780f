// Command lines a person pastes into a shell. Host names and SNI come from configuration and from scanned
// servers, so no word is trusted to be shell-safe.

/** POSIX single-quoting when needed; words made only of safe characters stay readable. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
