// The engine's core: start every check in dependency order at once; each waits for the facts it needs, decides
// whether it applies, and runs on its own budgeted view of the target's context (one limiter, one deadline).
// Nothing here knows any particular check.
import type { ScanContext } from '../context.js';
import type { CheckInput, CheckRun, FactReader, ScanCheck } from './check.js';
import type { FactName, ScanFacts } from './facts.js';
import { CheckGraphError, orderChecks } from './order.js';

export interface ChecksSetup extends CheckInput {
  readonly report: CheckRun['report'];
  readonly ctx: ScanContext;
}

function readerFor(check: ScanCheck, produced: ReadonlyMap<FactName, Promise<unknown>>): FactReader {
  return {
    get<K extends FactName>(name: K) {
      if (!check.needs.includes(name))
        throw new CheckGraphError(`the check ${check.name} reads ${name} without declaring it in needs`);
      return produced.get(name)! as Promise<ScanFacts[K] | undefined>;
    }
  };
}

async function runOne(check: ScanCheck, setup: ChecksSetup, facts: FactReader): Promise<Partial<ScanFacts>> {
  const ctx = setup.ctx.forCheck({
    budget: check.handshakeBudget(setup),
    counted: check.countsHandshakes ?? true,
    facts: check.produces
  });
  const run: CheckRun = { ...setup, ctx, facts };
  if (check.applies && !(await check.applies(run))) return {};
  setup.options.onProgress?.(setup.target.name, check.name);
  const out = await check.run(run);
  const undeclared = Object.keys(out).filter((fact) => !check.produces.includes(fact as FactName));
  if (undeclared.length > 0)
    throw new CheckGraphError(
      `the check ${check.name} produced ${undeclared.join(', ')} without declaring it`
    );
  return out;
}

/** Starts `check` (once `after` has settled, when given) and publishes the facts it will produce. */
function start(
  check: ScanCheck,
  setup: ChecksSetup,
  produced: Map<FactName, Promise<unknown>>,
  after?: Promise<unknown>
): Promise<Partial<ScanFacts>> {
  const facts = readerFor(check, produced);
  const done = after ? after.then(() => runOne(check, setup, facts)) : runOne(check, setup, facts);
  for (const fact of check.produces) {
    const value = done.then((out) => out[fact]);
    // A failed check rejects here too; whoever reads the fact sees it, and Promise.all below reports it.
    value.catch(() => undefined);
    produced.set(fact, value);
  }
  return done;
}

/**
 * Runs the checks for one target; resolves with every fact produced once all checks have ended. Checks that run
 * last start once every other check has ended, failed ones included.
 */
export async function runChecks(
  checks: readonly ScanCheck[],
  setup: ChecksSetup
): Promise<Partial<ScanFacts>> {
  const produced = new Map<FactName, Promise<unknown>>();
  const ordered = orderChecks(checks);
  const first = ordered.filter((check) => !check.runsLast).map((check) => start(check, setup, produced));
  const othersEnded = Promise.allSettled(first);
  const last = ordered
    .filter((check) => check.runsLast)
    .map((check) => start(check, setup, produced, othersEnded));
  return Object.assign({}, ...(await Promise.all([...first, ...last]))) as Partial<ScanFacts>;
}
