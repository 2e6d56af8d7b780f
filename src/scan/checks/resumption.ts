// Session resumption (scan/resumption.ts does the work), when asked for, on a target that completed a TLS
// handshake: its connections take the target's limiter slots and end at the target's one deadline. The
// pool is the addresses the engine resolved and selected once for the whole scan (pinned `addresses` or
// `address` included); without them, what the target names.
import net from 'node:net';
import { checkResumption, resumptionHandshakeBudget } from '../resumption.js';
import type { CheckInput, ScanCheck } from './check.js';

/** The addresses a session should resume across, the scanned one first. */
export function resumptionPool({ target, addresses }: Pick<CheckInput, 'target' | 'addresses'>): string[] {
  if (addresses.length > 0) return [...new Set(addresses)];
  if (target.address && !target.addresses) return [target.address];
  if (target.addresses && target.addresses.length > 0) return [...new Set(target.addresses)];
  if (net.isIP(target.host)) return [target.host];
  return [...new Set(addresses)];
}

export const resumptionCheck: ScanCheck = {
  name: 'resumption',
  needs: ['handshake'],
  produces: ['resumption'],
  handshakeBudget: (input) => resumptionHandshakeBudget(resumptionPool(input)),
  // Full handshakes of Node's TLS client, not configuration probes: not counted in `handshakes`.
  countsHandshakes: false,
  // A session crosses the pool: it runs once per target, from the first address.
  perPool: true,
  applies: async ({ options, facts }) =>
    options.resumption === true && (await facts.get('handshake'))?.ok === true,
  async run(run) {
    const { ctx, target, report } = run;
    report.resumption = await checkResumption(
      { host: target.host, port: target.port, sni: target.sni, starttls: target.starttls },
      resumptionPool(run),
      {
        timeoutMs: ctx.limits.timeoutMs,
        deadline: ctx.limits.deadline,
        connection: (connect, refused) => ctx.connection(connect, refused)
      }
    );
    return { resumption: report.resumption };
  }
};
