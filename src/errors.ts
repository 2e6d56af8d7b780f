// User errors (bad flags, targets, policies, CA files) are kept apart from bugs: they exit 2 with a message
// naming the file, line and what was expected, and never print a stack trace.

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
