// Session resumption against real servers: Node tls.createServer with tickets on and off, and two servers on
// 127.0.0.1 and 127.0.0.2 (same port) with shared or different ticket keys, the seed's load-balancer case.
import { afterAll, describe, expect, it } from '@jest/globals';
import crypto from 'node:crypto';
import net from 'node:net';
import tls from 'node:tls';
import { evaluateResumption } from '../../src/policy/resumption.js';
import { resumptionPool } from '../../src/scan/checks/resumption.js';
import { checkResumption } from '../../src/scan/resumption.js';
import { emptyProtocols, type Target, type TargetReport } from '../../src/model/report.js';
import { cleanupTempDirs, selfSigned, startOpensslServer, type KeyPair } from '../helpers/servers.js';

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  cleanupTempDirs();
});

let keyPair: KeyPair | null = null;
function key(): KeyPair {
  keyPair ??= selfSigned({ key: 'ec', cn: 'pool.test' });
  return keyPair;
}

async function listen(options: tls.TlsOptions, address: string, port = 0): Promise<tls.Server> {
  const server = tls.createServer({ key: key().keyPem, cert: key().certPem, ...options });
  server.on('tlsClientError', () => undefined);
  server.on('secureConnection', (socket) => socket.on('error', () => undefined));
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => resolve());
  });
  stops.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  );
  return server;
}

/** Two servers on the same port of 127.0.0.1 and 127.0.0.2, like two backends behind one name. */
async function pool(optionsA: tls.TlsOptions, optionsB: tls.TlsOptions): Promise<number> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const a = await listen(optionsA, '127.0.0.1');
    const port = (a.address() as net.AddressInfo).port;
    try {
      await listen(optionsB, '127.0.0.2', port);
      return port;
    } catch {
      // The port is taken on 127.0.0.2: try another.
    }
  }
  throw new Error('no port free on both 127.0.0.1 and 127.0.0.2');
}

const limits = () => ({ timeoutMs: 3000, deadline: Date.now() + 30000 });
const endpoint = (port: number) => ({ host: 'pool.test', port, sni: 'pool.test' });

function targetWith(resumption: TargetReport['resumption'], port: number): TargetReport {
  return {
    name: 'pool.test',
    host: 'pool.test',
    port,
    address: '127.0.0.1',
    sni: 'pool.test',
    status: 'ok',
    error: null,
    protocols: emptyProtocols(),
    cipherSuites: {},
    serverPreference: {},
    groups: [],
    keyExchange: { dhBits: null, preferredGroup: null, tls12Groups: [], tls13Groups: [] },
    certificate: null,
    resumption,
    handshakes: 0,
    durationMs: 0,
    findings: [],
    verdict: 'pass'
  };
}

describe('checkResumption', () => {
  it('finds ticket and TLS 1.3 PSK resumption but no session-ID resumption on a Node server without a session store', async () => {
    // Node turns off OpenSSL's internal session cache: session IDs resume only through newSession/resumeSession.
    const server = await listen({}, '127.0.0.1');
    const port = (server.address() as net.AddressInfo).port;
    const report = await checkResumption(endpoint(port), ['127.0.0.1'], limits());
    expect(report).toEqual({
      sessionId: false,
      ticket: true,
      tls13Psk: true,
      acrossAddresses: null,
      addresses: ['127.0.0.1']
    });
  });

  it('finds session-ID resumption on a Node server with a session store and tickets off', async () => {
    const server = await listen({ secureOptions: crypto.constants.SSL_OP_NO_TICKET }, '127.0.0.1');
    const store = new Map<string, Buffer>();
    server.on('newSession', (id: Buffer, data: Buffer, done: () => void) => {
      store.set(id.toString('hex'), data);
      done();
    });
    server.on('resumeSession', (id: Buffer, done: (error: Error | null, data: Buffer | null) => void) => {
      done(null, store.get(id.toString('hex')) ?? null);
    });
    const port = (server.address() as net.AddressInfo).port;
    const report = await checkResumption(endpoint(port), ['127.0.0.1'], limits());
    expect(report.sessionId).toBe(true);
    expect(report.ticket).toBe(false);
  });

  it('finds session-ID resumption on openssl s_server with -no_ticket (its internal cache is on)', async () => {
    const server = await startOpensslServer({ key: key(), extraArgs: ['-no_ticket'] });
    stops.push(() => server.stop());
    const report = await checkResumption(endpoint(server.port), ['127.0.0.1'], limits());
    expect(report.sessionId).toBe(true);
    expect(report.ticket).toBe(false);
  });

  it('reports nothing resumable on openssl s_server with -no_ticket and -no_cache', async () => {
    const server = await startOpensslServer({ key: key(), extraArgs: ['-no_ticket', '-no_cache'] });
    stops.push(() => server.stop());
    const report = await checkResumption(endpoint(server.port), ['127.0.0.1'], limits());
    expect(report.sessionId).toBe(false);
    expect(report.ticket).toBe(false);
  });

  it('reports TLS 1.2 as untestable (null) on a TLS 1.3-only server', async () => {
    const server = await listen({ minVersion: 'TLSv1.3' }, '127.0.0.1');
    const port = (server.address() as net.AddressInfo).port;
    const report = await checkResumption(endpoint(port), ['127.0.0.1'], limits());
    expect(report.sessionId).toBeNull();
    expect(report.ticket).toBeNull();
    expect(report.tls13Psk).toBe(true);
  });

  it('resumes across two addresses whose servers share ticket keys', async () => {
    const ticketKeys = crypto.randomBytes(48);
    const port = await pool({ ticketKeys }, { ticketKeys });
    const report = await checkResumption(endpoint(port), ['127.0.0.1', '127.0.0.2'], limits());
    expect(report.acrossAddresses).toBe(true);
    expect(evaluateResumption(targetWith(report, port))).toEqual([]);
  });

  it('does not resume across two addresses with different ticket keys, and says so as resumption.inconsistent', async () => {
    const port = await pool({ ticketKeys: crypto.randomBytes(48) }, { ticketKeys: crypto.randomBytes(48) });
    const report = await checkResumption(endpoint(port), ['127.0.0.1', '127.0.0.2'], limits());
    expect(report.tls13Psk).toBe(true);
    expect(report.acrossAddresses).toBe(false);
    const findings = evaluateResumption(targetWith(report, port));
    expect(findings.map((finding) => finding.rule)).toEqual(['resumption.inconsistent']);
    expect(findings[0]!.fix.nginx?.join('\n')).toContain('ssl_session_ticket_key');
  });

  it('gives up within the deadline on a port where nothing listens', async () => {
    const closed = await listen({}, '127.0.0.1');
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const started = Date.now();
    const report = await checkResumption(endpoint(port), ['127.0.0.1'], limits());
    expect(report).toMatchObject({ sessionId: null, ticket: null, tls13Psk: null });
    expect(Date.now() - started).toBeLessThan(10000);
  });
});

describe('evaluateResumption', () => {
  const none = {
    sessionId: false,
    ticket: false,
    tls13Psk: false,
    acrossAddresses: null,
    addresses: ['127.0.0.1']
  };
  it('reports resumption.missing when the policy requires session tickets and none resume', () => {
    expect(evaluateResumption(targetWith(none, 443), { tickets: 'required' }).map((f) => f.rule)).toEqual([
      'resumption.missing'
    ]);
    expect(evaluateResumption(targetWith(none, 443), { tickets: 'any' })).toEqual([]);
  });

  it('reports resumption.present when the policy forbids tickets and TLS 1.3 tickets resume', () => {
    const report = { ...none, tls13Psk: true };
    const findings = evaluateResumption(targetWith(report, 443), { tickets: 'forbidden' });
    expect(findings.map((f) => f.rule)).toEqual(['resumption.present']);
    expect(findings[0]!.fix.nginx).toEqual(['ssl_session_tickets off;']);
  });

  it('makes resumption.inconsistent an error when the policy requires resumption across addresses', () => {
    const report = { ...none, tls13Psk: true, acrossAddresses: false, addresses: ['127.0.0.1', '127.0.0.2'] };
    expect(evaluateResumption(targetWith(report, 443), { acrossAddresses: 'required' })[0]).toMatchObject({
      rule: 'resumption.inconsistent',
      severity: 'error'
    });
  });
  it('gives a reproduce command that saves the session on one address and offers it on another, shell-quoted', () => {
    const report = { ...none, tls13Psk: true, acrossAddresses: false, addresses: ['127.0.0.1', '::1'] };
    const target = { ...targetWith(report, 8443), sni: "x';touch owned;'" };
    const [finding] = evaluateResumption(target);
    const sni = `-servername 'x'\\'';touch owned;'\\'''`;
    expect(finding!.reproduce).toBe(
      `openssl s_client -connect 127.0.0.1:8443 ${sni} -sess_out sess.pem </dev/null && ` +
        `openssl s_client -connect '[::1]:8443' ${sni} -sess_in sess.pem </dev/null | grep -E '^(New|Reused)'`
    );
  });
});

describe('resumptionPool', () => {
  const target = (overrides: Partial<Target>): Target => ({
    name: 't',
    host: 'pool.test',
    port: 443,
    sni: null,
    ...overrides
  });

  it('uses the addresses given in the targets file', () => {
    expect(
      resumptionPool({
        target: target({ addresses: ['127.0.0.2', '127.0.0.1', '127.0.0.2'] }),
        addresses: []
      })
    ).toEqual(['127.0.0.2', '127.0.0.1']);
  });

  it('takes every address the engine resolved the name to, the scanned one first (localhost)', () => {
    const addresses = resumptionPool({
      target: target({ host: 'localhost' }),
      addresses: ['127.0.0.1', '::1']
    });
    expect(addresses[0]).toBe('127.0.0.1');
    expect(addresses.every((a) => a === '127.0.0.1' || a === '::1')).toBe(true);
  });

  it('keeps an IP literal as the only address', () => {
    expect(resumptionPool({ target: target({ host: '127.0.0.1' }), addresses: ['127.0.0.1'] })).toEqual([
      '127.0.0.1'
    ]);
  });

  it('keeps a pinned address as the only address ("connect only here")', () => {
    expect(resumptionPool({ target: target({ address: '127.0.0.2' }), addresses: ['127.0.0.2'] })).toEqual([
      '127.0.0.2'
    ]);
  });
});
