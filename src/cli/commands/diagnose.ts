// Placeholder for `tls-gate diagnose` (issue 6); H-clients replaces this file.
import { EXIT, writeLine, type CliIo } from '../io.js';

export async function runDiagnoseCommand(_argv: string[], io: CliIo): Promise<number> {
  writeLine(io.stderr, 'tls-gate: diagnose is not available in this build yet');
  return EXIT.usage;
}
