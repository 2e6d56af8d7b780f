// runPipeline, the one code path of the CLI and the action: configuration errors before any traffic, the hook
// per target, and a complete report.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { ConfigurationError } from '../src/errors.js';
import { runPipeline, type PipelineSettings } from '../src/pipeline.js';
import type { TargetReport } from '../src/model/report.js';
import { runSettings } from '../src/settings/index.js';
import { parseTargetArgument } from '../src/targets/index.js';
import { startNodeTlsServer, type RunningServer } from './helpers/servers.js';
import { expectValidReport } from './helpers/report-schema.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startNodeTlsServer({ minVersion: 'TLSv1.2' });
});
afterAll(async () => server?.stop());

function settings(overrides: Partial<PipelineSettings>): PipelineSettings {
  return runSettings({
    targets: [],
    policyBaseDir: process.cwd(),
    failOn: 'error',
    timeoutMs: 3000,
    concurrency: 4,
    perTargetConcurrency: 4,
    ...overrides
  });
}

/** A listener that counts connections, to prove that a configuration error sends no traffic. */
async function countingListener(): Promise<{
  port: number;
  connections: () => number;
  close: () => Promise<void>;
}> {
  let count = 0;
  const listener = net.createServer((socket) => {
    count += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  return {
    port: (listener.address() as net.AddressInfo).port,
    connections: () => count,
    close: () => new Promise((resolve) => listener.close(() => resolve()))
  };
}

describe('runPipeline', () => {
  it('scans, evaluates and returns a complete report, calling onTargetDone once per target', async () => {
    const done: TargetReport[] = [];
    const targets = [
      parseTargetArgument(`127.0.0.1:${server.port}`),
      { ...parseTargetArgument(`127.0.0.1:${server.port}`), name: 'again' }
    ];
    const now = new Date('2030-01-01T00:00:00Z');
    const report = await runPipeline(settings({ targets, now }), { onTargetDone: (t) => done.push(t) });
    expectValidReport(report);
    expect(done.map((t) => t.name).sort()).toEqual(['127.0.0.1:' + server.port, 'again'].sort());
    expect(report.targets.map((t) => t.name)).toEqual([`127.0.0.1:${server.port}`, 'again']);
    expect(report.policy).toEqual({ name: 'mozilla-intermediate', source: 'default' });
    expect(report.summary.targets).toBe(2);
    // The self-signed certificate of the helper server is not trusted: the default policy fails it.
    expect(report.verdict).toBe('fail');
    // Among the reasons, for each target: the helper's certificate is self-signed and valid for 30 days from
    // today, so on 2030-01-01 it has expired.
    for (const target of report.targets) {
      const errors = target.findings.filter((f) => f.severity === 'error').map((f) => f.rule);
      expect(errors).toEqual(expect.arrayContaining(['certificate.expired', 'certificate.self-signed']));
    }
    expect(Date.parse(report.finishedAt)).toBeGreaterThanOrEqual(Date.parse(report.startedAt));
  });

  it('hands onTargetDone each target judged as the report judges it, and reports each check as it starts', async () => {
    const done: TargetReport[] = [];
    const started: [string, string][] = [];
    const target = parseTargetArgument(`127.0.0.1:${server.port}`);
    const report = await runPipeline(settings({ targets: [target], now: new Date('2030-01-01T00:00:00Z') }), {
      onTargetDone: (t) => done.push(t),
      onProgress: (name, check) => started.push([name, check])
    });
    expect(done).toHaveLength(1);
    expect(done[0]!.verdict).toBe(report.targets[0]!.verdict);
    expect(done[0]!.findings.map((f) => f.rule)).toEqual(report.targets[0]!.findings.map((f) => f.rule));
    // Every check that ran said so first, for this target; the first one makes contact.
    expect(started.every(([name]) => name === target.name)).toBe(true);
    expect(started[0]![1]).toBe('contact');
    expect(started.map(([, check]) => check)).toEqual(expect.arrayContaining(['certificates']));
  });

  it.each([
    ['an unknown policy', { policy: 'no-such-preset' }, /no-such-preset/],
    ['a missing CA file', { caFile: 'does-not-exist.pem' }, /does-not-exist\.pem/],
    ['a bad per-target policy', { targetPolicy: 'no-such-preset' }, /no-such-preset/],
    ['two targets with one name', { duplicate: true }, /named twice/]
  ])('rejects %s with a ConfigurationError before connecting anywhere', async (_what, options, message) => {
    const listener = await countingListener();
    try {
      const target = parseTargetArgument(`127.0.0.1:${listener.port}`);
      const opts = options as {
        policy?: string;
        caFile?: string;
        targetPolicy?: string;
        duplicate?: boolean;
      };
      const targets = opts.duplicate
        ? [target, { ...target }]
        : [opts.targetPolicy ? { ...target, policy: opts.targetPolicy } : target];
      const run = runPipeline(settings({ targets, policy: opts.policy, caFile: opts.caFile }));
      await expect(run).rejects.toBeInstanceOf(ConfigurationError);
      await expect(run).rejects.toThrow(message);
      expect(listener.connections()).toBe(0);
    } finally {
      await listener.close();
    }
  });

  it('rejects an empty target list', async () => {
    await expect(runPipeline(settings({ targets: [] }))).rejects.toThrow(/no targets/);
  });
});

describe('runPipeline: addresses', () => {
  // The injected resolver answers for the test name only; nothing reaches the machine's resolver.
  const resolver = {
    addressesOf: async (host: string) => {
      if (host !== 'pool.test') throw Object.assign(new Error('unknown'), { code: 'ENOTFOUND' });
      return ['::1', '127.0.0.1'];
    }
  };
  const target = () => ({ ...parseTargetArgument(`pool.test:${server.port}`) });

  it('resolves through the injected resolver and scans what the addresses setting selects', async () => {
    const report = await runPipeline(settings({ targets: [target()], addresses: 'ipv4' }), { resolver });
    const [scanned] = report.targets;
    expect([scanned!.status, scanned!.address, scanned!.addresses]).toEqual(['ok', '127.0.0.1', undefined]);
  });

  it('lets a target say which addresses to scan, over the run setting', async () => {
    const report = await runPipeline(
      settings({ targets: [{ ...target(), addressSelection: 'ipv6' }], addresses: 'ipv4' }),
      { resolver }
    );
    // Nothing listens on ::1 at that port.
    expect([report.targets[0]!.address, report.targets[0]!.status]).toEqual(['::1', 'unreachable']);
  });
});
