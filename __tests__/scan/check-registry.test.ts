// The scan-check registry: checks start in the order of what they need and produce, a graph that cannot run
// is refused before any connection, and each check is held to what it declared (facts it reads, connections
// it may make).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { emptyProtocols, type Target, type TargetReport } from '../../src/model/report.js';
import {
  CheckGraphError,
  SCAN_CHECKS,
  orderChecks,
  runChecks,
  type FactName,
  type ScanCheck
} from '../../src/scan/checks/index.js';
import { ScanContext } from '../../src/scan/context.js';
import { tls13Hello } from '../../src/scan/hellos.js';
import { testScanOptions } from './scan-options.js';

/** A check that makes no connection and produces `true`-ish facts (their values do not matter here). */
function check(name: string, needs: string[], produces: string[], extra: Partial<ScanCheck> = {}): ScanCheck {
  return {
    name,
    needs: needs as FactName[],
    produces: produces as FactName[],
    handshakeBudget: () => 0,
    run: async () => Object.fromEntries(produces.map((fact) => [fact, { ok: true }])),
    ...extra
  };
}

const names = (checks: ScanCheck[]): string[] => checks.map((c) => c.name);

describe('orderChecks', () => {
  it('puts every check after the producers of what it needs, keeping the given order otherwise', () => {
    const ordered = orderChecks([
      check('certificate analysis', ['handshake', 'certificates:captured'], ['certificate']),
      check('contact', [], ['contact']),
      check('protocols', ['contact'], ['handshake']),
      check('certificates', ['contact'], ['certificates:captured']),
      check('resumption', ['handshake'], ['resumption'])
    ]);
    expect(names(ordered)).toEqual([
      'contact',
      'protocols',
      'certificates',
      'certificate analysis',
      'resumption'
    ]);
  });

  it('refuses a cycle', () => {
    expect(() =>
      orderChecks([check('a', ['handshake'], ['contact']), check('b', ['contact'], ['handshake'])])
    ).toThrow(new CheckGraphError("the checks a, b need each other's facts (a cycle)"));
  });

  it('refuses a fact that no check produces', () => {
    expect(() => orderChecks([check('resumption', ['handshake'], ['resumption'])])).toThrow(
      new CheckGraphError('the check resumption needs handshake, which no check produces')
    );
  });

  it('refuses a fact produced twice and a name used twice', () => {
    expect(() => orderChecks([check('a', [], ['contact']), check('b', [], ['contact'])])).toThrow(
      /produced by both a and b/
    );
    expect(() => orderChecks([check('a', [], []), check('a', [], [])])).toThrow(/two checks are named a/);
  });

  it('refuses a check that needs a fact of one that runs last', () => {
    expect(() =>
      orderChecks([
        check('contact', [], ['contact'], { runsLast: true }),
        check('protocols', ['contact'], ['handshake'])
      ])
    ).toThrow(
      new CheckGraphError(
        'the check protocols needs a fact of contact, which runs only after every other check'
      )
    );
  });

  it("accepts the engine's own checks", () => {
    expect(orderChecks(SCAN_CHECKS)).toHaveLength(SCAN_CHECKS.length);
  });
});

describe('runChecks', () => {
  let connections = 0;
  let listener: net.Server;
  const open = new Set<net.Socket>();
  let port = 0;
  beforeAll(async () => {
    // Counts connections and refuses each hello with a fatal alert: an answer (so nothing is retried), enough to
    // see how many connections a check was allowed to make.
    listener = net.createServer((socket) => {
      connections += 1;
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => undefined);
      socket.end(Buffer.from('15030300020228', 'hex')); // alert(21) TLS 1.2, fatal handshake_failure(40)
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    port = (listener.address() as net.AddressInfo).port;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        listener.close(() => resolve());
      })
  );

  async function setup() {
    const target: Target = { name: 't', host: '127.0.0.1', port, sni: null };
    const report = { name: 't', protocols: emptyProtocols() } as unknown as TargetReport;
    const ctx = new ScanContext(
      { host: '127.0.0.1', address: '127.0.0.1', port, sni: null },
      { timeoutMs: 2000, deadline: Date.now() + 10_000 },
      2
    );
    return { target, options: await testScanOptions(), addresses: ['127.0.0.1'], report, ctx };
  }

  it('hands facts from producer to consumer; a check that does not apply leaves its facts undefined', async () => {
    const seen: unknown[] = [];
    const facts = await runChecks(
      [
        check('contact', [], ['contact']),
        check('skipped', ['contact'], ['handshake'], { applies: () => false }),
        check('reader', ['contact', 'handshake'], ['resumption'], {
          run: async ({ facts }) => {
            seen.push(await facts.get('contact'), await facts.get('handshake'));
            return {};
          }
        })
      ],
      await setup()
    );
    expect(seen).toEqual([{ ok: true }, undefined]);
    expect(Object.keys(facts)).toEqual(['contact']);
  });

  it('refuses a read of a fact the check did not declare, and a fact it did not declare producing', async () => {
    await expect(
      runChecks(
        [
          check('contact', [], ['contact']),
          check('sneaky', [], [], {
            run: async ({ facts }) => ({ handshake: (await facts.get('contact')) as never })
          })
        ],
        await setup()
      )
    ).rejects.toThrow('the check sneaky reads contact without declaring it in needs');
    await expect(
      runChecks([check('contact', [], [], { run: async () => ({ contact: undefined }) })], await setup())
    ).rejects.toThrow('the check contact produced contact without declaring it');
  });

  it('starts a check that runs last once every other check has ended, a failed one included', async () => {
    const events: string[] = [];
    const slow = (name: string, fails = false) =>
      check(name, [], [], {
        run: async () => {
          events.push(`${name} start`);
          await new Promise((resolve) => setTimeout(resolve, 30));
          events.push(`${name} end`);
          if (fails) throw new Error(`${name} failed`);
          return {};
        }
      });
    let lastRan: () => void = () => undefined;
    const lastDone = new Promise<void>((resolve) => (lastRan = resolve));
    const last = check('last', ['contact'], [], {
      runsLast: true,
      run: async ({ facts }) => {
        events.push(`last start, contact ${JSON.stringify(await facts.get('contact'))}`);
        lastRan();
        return {};
      }
    });
    const run = runChecks(
      [last, slow('a'), slow('b', true), check('contact', [], ['contact'])],
      await setup()
    );
    await expect(run).rejects.toThrow('b failed');
    // The run rejected with b; the last check still starts, once a and b have both ended.
    await lastDone;
    expect(events).toEqual(['a start', 'b start', 'a end', 'b end', 'last start, contact {"ok":true}']);
  });

  it('holds a check to its handshake budget: probes beyond it answer timeout without connecting', async () => {
    connections = 0;
    const kinds: string[] = [];
    const hello = { kind: 'tls' as const, spec: tls13Hello([0x1301], { serverName: null }) };
    const run = await setup();
    await runChecks(
      [
        check('greedy', [], [], {
          handshakeBudget: () => 2,
          run: async ({ ctx }) => {
            for (let i = 0; i < 4; i++) kinds.push((await ctx.probe(hello)).kind);
            return {};
          }
        })
      ],
      run
    );
    expect(connections).toBe(2);
    expect(kinds.slice(2)).toEqual(['timeout', 'timeout']);
    expect(run.ctx.handshakes).toBe(2);
  });
});
