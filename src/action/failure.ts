// How the action reports a run it could not complete. A ConfigurationError is the user's to fix: its message
// names the input or file, where, and what is allowed. Anything else is a bug in tls-gate (codeql-action draws
// the same line): one line saying so, and the stack only in the debug log, or in the log when TLS_GATE_DEBUG is
// set, so a user is never shown a stack trace for a mistake of ours without asking for it.
import * as core from '@actions/core';
import { bugDetail, bugSummary, isConfigurationError } from '../errors.js';
import { escapeForLog } from '../report/escape.js';

/** The one line that reports the failure, for the annotation, the summary and the step result. */
export function describeFailure(error: unknown): string {
  if (isConfigurationError(error)) return error.describe();
  return `tls-gate failed unexpectedly: ${bugSummary(error)}. This is a bug in tls-gate; please report it`;
}

/** A bug's stack: in the debug log always (step debug logging shows it), in the log with TLS_GATE_DEBUG. */
export function logBugDetail(error: unknown, env: NodeJS.ProcessEnv = process.env): void {
  if (isConfigurationError(error)) return;
  const detail = bugDetail(error);
  // core.debug encodes the line breaks of its message: the whole stack stays one debug command.
  core.debug(detail);
  if (env.TLS_GATE_DEBUG) {
    core.info(
      detail
        .split(/\r?\n/)
        .map((line) => escapeForLog(line))
        .join('\n')
    );
  }
}
