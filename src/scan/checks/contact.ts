// First contact: the TLS 1.3 hello. Its answer is reused as the first step of the TLS 1.3 enumeration, and a
// target that is unreachable, silent or not TLS ends here after one connection (two for a server that hangs
// on a TLS 1.3 hello), with its status and error in the report.
import type { Target, TargetReport } from '../../model/report.js';
import { suitesForProtocol } from '../../registry/index.js';
import { CHUNK_SIZE, legacyHello } from '../hellos.js';
import { firstHello } from '../suites.js';
import { describeTimeout } from '../outcome-text.js';
import type { ProbeOutcome } from '../probe-types.js';
import { where } from '../where.js';
import type { ScanCheck } from './check.js';

/** The status a first-contact outcome forces on the whole target, or null when the scan should go on. */
function fatalStatus(
  outcome: ProbeOutcome,
  target: Target,
  address: string,
  timeoutMs: number
): Pick<TargetReport, 'status' | 'error'> | null {
  switch (outcome.kind) {
    case 'unreachable':
      return { status: 'unreachable', error: { code: outcome.code, message: outcome.message } };
    case 'not-tls':
      return {
        status: 'not-tls',
        error: {
          code: 'NOT_TLS',
          message: `${outcome.description} answered on ${where(target, address)}, not a TLS server`
        }
      };
    case 'starttls-failed':
      // Never ok: a STARTTLS target that would not upgrade has no TLS to judge, and says why.
      return {
        status: 'error',
        error: { code: outcome.code, message: `${where(target, address)}: ${outcome.message}` }
      };
    case 'protocol-error':
      return {
        status: 'error',
        error: { code: 'PROTOCOL', message: `${where(target, address)}: ${outcome.message}` }
      };
    case 'timeout':
      return {
        status: 'error',
        error: {
          code: 'ETIMEDOUT',
          message:
            (outcome.receivedBytes ?? 0) > 0
              ? `${where(target, address)} did not finish answering the ClientHello: ${describeTimeout(outcome)}`
              : `${where(target, address)} accepted the connection but did not answer the ClientHello within ${timeoutMs} ms`
        }
      };
    default:
      return null;
  }
}

export const contactCheck: ScanCheck = {
  name: 'contact',
  needs: [],
  produces: ['contact'],
  handshakeBudget: () => 2,
  async run({ ctx, target, options, report }) {
    const address = ctx.endpoint.address;
    // Exactly the TLS 1.3 enumeration's first hello, whose answer that check reuses.
    // It reads on to the server's Certificate: the certificate capture's TLS 1.3 read, at no extra handshake.
    const outcome = await ctx.probe(firstHello(ctx, 'TLSv1.3'), { certificatesAlongside: true });
    let fatal = fatalStatus(outcome, target, address, options.timeoutMs);
    if (fatal?.error?.code === 'ETIMEDOUT' && !ctx.expired) {
      // Some old servers hang on a TLS 1.3 hello instead of refusing it: ask once more in plain TLS 1.2.
      const mainstream = suitesForProtocol('TLSv1.2')
        .filter((suite) => suite.openssl && !suite.sslv2)
        .slice(0, CHUNK_SIZE);
      const second = await ctx.probe({
        kind: 'tls',
        spec: legacyHello(
          'TLSv1.2',
          mainstream.map((suite) => suite.code),
          { serverName: ctx.endpoint.sni }
        )
      });
      if (second.kind !== 'timeout') fatal = fatalStatus(second, target, address, options.timeoutMs);
    }
    if (fatal) {
      Object.assign(report, fatal);
      if (fatal.error?.code === 'ETIMEDOUT' && ctx.expired) {
        report.error = {
          code: 'DEADLINE',
          message:
            outcome.kind === 'timeout' && (outcome.receivedBytes ?? 0) > 0
              ? `${where(target, address)} did not finish answering before the target's deadline (${options.targetDeadlineMs} ms): ${describeTimeout(outcome)}`
              : `${where(target, address)} did not answer before the target's deadline (${options.targetDeadlineMs} ms)`
        };
      }
    }
    return { contact: { outcome, goOn: fatal === null } };
  }
};
