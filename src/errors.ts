// User errors (bad flags, targets, policies, CA files) are kept apart from bugs: a user error is a
// ConfigurationError, reported with a message naming the file, line and what was expected, never with a stack
// trace (the CLI exits 2). Any other error is a bug in tls-gate, reported as one (the CLI exits 3) in one line,
// with the stack only when TLS_GATE_DEBUG is set.

export interface ErrorPosition {
  file?: string;
  line?: number;
  column?: number;
}

export class ConfigurationError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, position: ErrorPosition = {}) {
    super(message);
    this.name = 'ConfigurationError';
    this.file = position.file;
    this.line = position.line;
    this.column = position.column;
  }

  /** "file:line:column: message", the form editors and people both read. */
  describe(): string {
    if (!this.file) return this.message;
    const where = [this.file, this.line, this.line !== undefined ? this.column : undefined]
      .filter((part) => part !== undefined)
      .join(':');
    return `${where}: ${this.message}`;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A bug's message as one line, for the one-line report the entry points give (the stack goes elsewhere):
 * its first line, without a final period, since the report goes on after it.
 */
export function bugSummary(error: unknown): string {
  const [first = ''] = errorMessage(error).trim().split(/\r?\n/);
  return first.replace(/\.+$/, '') || (error instanceof Error ? error.name : 'unknown error');
}

/** The stack of a bug when it has one, else its message: what TLS_GATE_DEBUG shows. */
export function bugDetail(error: unknown): string {
  return error instanceof Error && error.stack ? error.stack : errorMessage(error);
}

/** Values longer than this are never quoted in a message (see quoteFound). */
const MOST_QUOTED = 64;

/**
 * A value found in a user's file, as an error message shows it: quoted when short and on one line (a typo is
 * seen at a glance), else only its size. A file that is not what was expected (/etc/passwd given as a targets
 * file, a key pasted in the wrong place) is never echoed into logs and annotations.
 */
export function quoteFound(value: unknown): string {
  if (typeof value === 'string' && (value.length > MOST_QUOTED || /[\r\n]/.test(value)))
    return `a text of ${value.length} characters`;
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > MOST_QUOTED + 2 ? `a value of ${json.length} characters` : json;
}

/** A scalar found where something else was expected: its type, and the value when quoteFound shows it. */
export function describeFound(value: unknown): string {
  const quoted = quoteFound(value);
  return quoted.startsWith('a ') ? quoted : `${typeof value} ${quoted}`;
}
