// HSTS against nginx (header present, absent, short: as its add_header line says) and Node's https and tls servers
// (the SNI and Host the GET carries; a TLS server that does not speak HTTP). Expectations come from the servers'
// configuration.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import https from 'node:https';
import type net from 'node:net';
import tls from 'node:tls';
import type { Target, TargetReport } from '../../../src/model/report.js';
import { scanTarget, type ScanOptions } from '../../../src/scan/index.js';
import { ANSWER_WAIT_MS } from '../../../src/scan/vulnerabilities/https-get.js';
import { cleanupTempDirs, nginxBinary, selfSigned, startNginx, type KeyPair } from '../../helpers/servers.js';
import { testScanOptions } from '../scan-options.js';
import { expectValidTargetReport } from '../valid-report.js';

let options: ScanOptions;
let rsa: KeyPair;
const nginx = nginxBinary();
if (!nginx) console.warn('nginx is not installed: its HSTS tests are skipped');
const withNginx = nginx ? it : it.skip;

beforeAll(async () => {
  options = await testScanOptions({ vulnerabilityChecks: new Set(['hsts']) });
  rsa = selfSigned({ key: 'rsa', cn: 'hsts.test' });
});
afterAll(() => cleanupTempDirs());

const target = (port: number, host = '127.0.0.1'): Target => ({
  name: `${host}:${port}`,
  host,
  port,
  address: '127.0.0.1',
  sni: host === '127.0.0.1' ? null : host
});

async function scan(t: Target, overrides: Partial<ScanOptions> = {}): Promise<TargetReport> {
  const report = await scanTarget(t, { ...options, ...overrides });
  expectValidTargetReport(report);
  return report;
}

async function scanNginx(header: string | null): Promise<TargetReport> {
  const server = await startNginx({
    key: rsa,
    protocols: 'TLSv1.2 TLSv1.3',
    extra: header ? [`add_header Strict-Transport-Security "${header}" always;`] : []
  });
  try {
    return await scan(target(server.port));
  } finally {
    await server.stop();
  }
}

/** The server listening on 127.0.0.1:0; closing it ends every connection still open. */
async function listen(
  server: net.Server,
  port = 0,
  address = '127.0.0.1'
): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })
  };
}

describe('hsts', () => {
  withNginx(
    'is ok on nginx sending a two-year header, with includeSubDomains and preload recorded',
    async () => {
      const hsts = (await scanNginx('max-age=63072000; includeSubDomains; preload')).vulnerabilities?.hsts;
      expect(hsts).toMatchObject({ status: 'ok', reason: null });
      expect(hsts?.details).toMatchObject({
        present: true,
        httpStatus: 200,
        maxAge: 63072000,
        includeSubDomains: true,
        preload: true
      });
    }
  );

  withNginx('is vulnerable on nginx without the header', async () => {
    const hsts = (await scanNginx(null)).vulnerabilities?.hsts;
    expect(hsts).toMatchObject({ status: 'vulnerable', details: { present: false } });
    expect(hsts?.evidence).toMatch(/no Strict-Transport-Security header/);
  });

  withNginx('is vulnerable on nginx sending a max-age below the six-month default', async () => {
    const hsts = (await scanNginx('max-age=300')).vulnerabilities?.hsts;
    expect(hsts).toMatchObject({
      status: 'vulnerable',
      details: { present: true, maxAge: 300, includeSubDomains: false, preload: false, minMaxAge: 15768000 }
    });
  });

  it("sends the scanned SNI and Host, and judges against the target's policy minimum", async () => {
    const seen: { host?: string; servername?: string | false | null }[] = [];
    const server = https.createServer({ key: rsa.keyPem, cert: rsa.certPem }, (request, response) => {
      seen.push({ host: request.headers.host, servername: (request.socket as tls.TLSSocket).servername });
      response.writeHead(200, { 'Strict-Transport-Security': 'max-age=31536000' }).end('ok');
    });
    const running = await listen(server);
    try {
      const t = target(running.port, 'hsts.test');
      const defaultMinimum = (await scan(t)).vulnerabilities?.hsts;
      const twoYears = (await scan(t, { hstsMinMaxAgeFor: () => 63072000 })).vulnerabilities?.hsts;
      expect(seen[0]).toEqual({ host: `hsts.test:${running.port}`, servername: 'hsts.test' });
      expect(defaultMinimum).toMatchObject({ status: 'ok', details: { maxAge: 31536000 } });
      expect(twoYears).toMatchObject({
        status: 'vulnerable',
        details: { maxAge: 31536000, minMaxAge: 63072000 }
      });
    } finally {
      await running.close();
    }
  });

  it('is not applicable on a TLS server that answers something other than HTTP, quoting it', async () => {
    const server = tls.createServer({ key: rsa.keyPem, cert: rsa.certPem }, (socket) => {
      socket.on('error', () => undefined);
      socket.end('220 mail.test ESMTP ready\r\n');
    });
    server.on('tlsClientError', () => undefined);
    const running = await listen(server);
    try {
      const hsts = (await scan(target(running.port))).vulnerabilities?.hsts;
      expect(hsts).toMatchObject({
        status: 'not-applicable',
        reason: 'the server does not speak HTTP over TLS'
      });
      expect(hsts?.evidence).toContain('220 mail.test ESMTP ready');
    } finally {
      await running.close();
    }
  });

  it('gives a silent TLS server a few seconds to answer, not the whole timeout, and is not applicable', async () => {
    const server = tls.createServer({ key: rsa.keyPem, cert: rsa.certPem }, (socket) => {
      socket.on('error', () => undefined);
    });
    server.on('tlsClientError', () => undefined);
    const running = await listen(server);
    try {
      const hsts = (await scan(target(running.port), { timeoutMs: 20_000 })).vulnerabilities?.hsts;
      expect(hsts).toMatchObject({ status: 'not-applicable' });
      expect(hsts?.evidence).toContain(`no complete response within ${ANSWER_WAIT_MS} ms of the request`);
    } finally {
      await running.close();
    }
  }, 30_000);

  it('sends no GET to a port registered for another protocol over TLS (8883, MQTT)', async () => {
    const requests: string[] = [];
    const server = https.createServer({ key: rsa.keyPem, cert: rsa.certPem }, (request, response) => {
      requests.push(request.url ?? '');
      response.end('not an MQTT broker');
    });
    server.on('tlsClientError', () => undefined);
    // 127.0.0.77, so that a broker on the machine's 127.0.0.1:8883 is never in the way.
    const running = await listen(server, 8883, '127.0.0.77');
    try {
      const report = await scanTarget({ ...target(running.port), address: '127.0.0.77' }, options);
      expect(report.vulnerabilities?.hsts).toMatchObject({
        status: 'not-applicable',
        reason: 'port 8883 is registered for MQTT over TLS (secure-mqtt), not HTTPS'
      });
      expect(requests).toEqual([]);
    } finally {
      await running.close();
    }
  });

  it('is not run when the run selects other checks only', async () => {
    const server = tls.createServer({ key: rsa.keyPem, cert: rsa.certPem }, (socket) => socket.end());
    server.on('tlsClientError', () => undefined);
    const running = await listen(server);
    try {
      const report = await scan(target(running.port), { vulnerabilityChecks: new Set(['robot']) });
      expect(report.vulnerabilities?.hsts).toBeUndefined();
    } finally {
      await running.close();
    }
  });
});
