#!/usr/bin/env node
// Benchmark of the built CLI (`node dist/cli.js scan ... --format json`, process start included) against local
// servers this script starts itself, side by side with sslscan and nmap's ssl-enum-ciphers when they are on the
// PATH. Every scanner reaches the server through a small counting TCP proxy, so the TCP connections each one opens
// are counted the same way. Run by hand (`npm run bench`), not in CI; loopback only.
//
// usage: node scripts/bench.mjs [--runs N] [--cli dist/cli.js] [--targets 50] [--no-others]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' },
    cli: { type: 'string', default: 'dist/cli.js' },
    targets: { type: 'string', default: '50' },
    'no-others': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' }
  }
});
if (flags.help) {
  console.log('usage: node scripts/bench.mjs [--runs N] [--cli dist/cli.js] [--targets 50] [--no-others]');
  process.exit(0);
}
const RUNS = Math.max(1, Number.parseInt(flags.runs, 10) || 5);
const MANY = Math.max(2, Number.parseInt(flags.targets, 10) || 50);
const CLI = path.resolve(flags.cli);
if (!existsSync(CLI)) {
  console.error(`bench: ${flags.cli} not found; build first (npm run build) or pass --cli PATH`);
  process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'tls-gate-bench-'));
const cleanups = [];
const cleanup = async () => {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn();
    } catch {
      /* best effort */
    }
  }
  rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

// ---------------------------------------------------------------- helpers

const onPath = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).status === 0;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port, timeoutMs = 10000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
}

/** A TCP proxy on 127.0.0.1 that forwards to `port` and counts the connections made through it. */
async function countingProxy(port) {
  const sockets = new Set();
  let connections = 0;
  const server = net.createServer((client) => {
    connections += 1;
    const upstream = net.connect(port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy = {
    port: server.address().port,
    take() {
      const n = connections;
      connections = 0;
      return n;
    },
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(resolve);
      })
  };
  cleanups.push(proxy.close);
  return proxy;
}

/** Runs a command, measuring wall time and (with /usr/bin/time) peak RSS of the process tree's largest process. */
function measure(command, args, options = {}) {
  const timeFile = path.join(work, 'time.txt');
  const [file, argv] = TIME ? [TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let peakKb = null;
      if (TIME && existsSync(timeFile)) {
        const match = /(\d+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
        peakKb = match ? Number(match[1]) : null;
      }
      resolve({
        code,
        seconds,
        peakKb,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      });
    });
  });
}

// ---------------------------------------------------------------- servers

function makeCertificates() {
  const run = (args) => execFileSync('openssl', args, { stdio: 'ignore' });
  const subj = '/CN=localhost';
  const san = 'subjectAltName=DNS:localhost,IP:127.0.0.1';
  const files = {
    rsaKey: path.join(work, 'rsa.key'),
    rsaCert: path.join(work, 'rsa.pem'),
    ecKey: path.join(work, 'ec.key'),
    ecCert: path.join(work, 'ec.pem')
  };
  run([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    files.rsaKey,
    '-out',
    files.rsaCert,
    '-days',
    '2',
    '-subj',
    subj,
    '-addext',
    san
  ]);
  run([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    files.ecKey,
    '-out',
    files.ecCert,
    '-days',
    '2',
    '-subj',
    subj,
    '-addext',
    san
  ]);
  return files;
}

// Mozilla's intermediate configuration (ssl-config.mozilla.org, guidelines 5.7): TLS 1.2 and 1.3.
const MOZILLA_INTERMEDIATE_TLS12 =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:' +
  'DHE-RSA-CHACHA20-POLY1305';

function serverConfigs(certs) {
  const both = ['-cert', certs.rsaCert, '-key', certs.rsaKey, '-dcert', certs.ecCert, '-dkey', certs.ecKey];
  return [
    { name: 'TLS 1.3 only', args: ['-cert', certs.ecCert, '-key', certs.ecKey, '-tls1_3'] },
    {
      name: 'Mozilla intermediate',
      args: [
        ...both,
        '-no_ssl3',
        '-no_tls1',
        '-no_tls1_1',
        '-cipher',
        MOZILLA_INTERMEDIATE_TLS12,
        '-groups',
        'X25519:P-256:P-384'
      ]
    },
    {
      name: 'legacy, client order',
      args: [...both, '-no_tls1_3', '-cipher', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0']
    },
    {
      name: 'legacy, server order',
      args: [...both, '-no_tls1_3', '-cipher', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0', '-serverpref']
    }
  ];
}

async function startOpenssl(config) {
  const port = await freePort();
  const child = spawn(
    'openssl',
    ['s_server', '-accept', `127.0.0.1:${port}`, '-naccept', '1000000', '-quiet', ...config.args],
    {
      stdio: ['pipe', 'ignore', 'pipe']
    }
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  cleanups.push(() => child.kill('SIGKILL'));
  try {
    await waitForPort(port);
  } catch (error) {
    throw new Error(`openssl s_server (${config.name}) did not start: ${stderr.trim() || error.message}`, {
      cause: error
    });
  }
  return port;
}

/** MANY Node TLS servers in one child process (cheap to start); resolves to their ports. */
async function startManyNodeServers(count, certs) {
  const script = `
    const tls = require('node:tls'); const fs = require('node:fs');
    const key = fs.readFileSync(${JSON.stringify(certs.ecKey)}); const cert = fs.readFileSync(${JSON.stringify(certs.ecCert)});
    const ports = []; let pending = ${count};
    for (let i = 0; i < ${count}; i++) {
      const s = tls.createServer({ key, cert }, (c) => { c.on('error', () => {}); c.end(); });
      s.on('tlsClientError', () => {}); s.on('error', () => {});
      s.listen(0, '127.0.0.1', () => { ports[i] = s.address().port; if (--pending === 0) console.log(JSON.stringify(ports)); });
    }`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  cleanups.push(() => child.kill('SIGKILL'));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(JSON.parse(out));
    });
    child.on('exit', (code) => reject(new Error(`node servers exited with ${code}`)));
  });
}

// ---------------------------------------------------------------- scanners

function tlsGateArgs(target, extra = []) {
  return [CLI, 'scan', target, '--format', 'json', '--fail-on', 'never', '--quiet', ...extra];
}

async function runTlsGate(proxy) {
  const times = [];
  const peaks = [];
  let handshakes = null;
  let connections = null;
  let summary = '';
  for (let i = 0; i < RUNS; i++) {
    proxy.take();
    const result = await measure(process.execPath, tlsGateArgs(`127.0.0.1:${proxy.port}`));
    connections = proxy.take();
    if (result.code !== 0) throw new Error(`tls-gate exited ${result.code}: ${result.stderr.trim()}`);
    const report = JSON.parse(result.stdout);
    const target = report.targets[0];
    handshakes = target.handshakes;
    const suites = Object.values(target.cipherSuites).reduce((n, list) => n + list.length, 0);
    summary = `${target.status}, ${Object.entries(target.protocols)
      .filter(([, on]) => on)
      .map(([p]) => p)
      .join(' ')}, ${suites} suites`;
    times.push(result.seconds);
    if (result.peakKb !== null) peaks.push(result.peakKb);
  }
  return {
    seconds: median(times),
    handshakes,
    connections,
    peakMb: peaks.length ? Math.max(...peaks) / 1024 : null,
    summary
  };
}

async function runOther(proxy, command, args) {
  const times = [];
  let connections = null;
  for (let i = 0; i < RUNS; i++) {
    proxy.take();
    const result = await measure(command, args);
    connections = proxy.take();
    times.push(result.seconds);
  }
  return { seconds: median(times), connections };
}

// ---------------------------------------------------------------- main

const fmt = (n, digits = 2) => (n === null || n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits));
const pad = (text, width) => String(text).padEnd(width);

async function main() {
  const others = !flags['no-others'];
  const haveSslscan = others && onPath('sslscan');
  const haveNmap = others && onPath('nmap');
  console.log(
    `tls-gate benchmark: ${RUNS} runs per figure (medians), CLI ${path.relative(process.cwd(), CLI) || CLI}`
  );
  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs, ${haveSslscan ? 'sslscan' : 'no sslscan'}, ${haveNmap ? 'nmap' : 'no nmap'}`
  );
  if (!TIME) console.log('(no /usr/bin/time: peak memory not measured)');
  console.log('');

  const certs = makeCertificates();
  const rows = [];
  for (const config of serverConfigs(certs)) {
    const port = await startOpenssl(config);
    const proxy = await countingProxy(port);
    const ours = await runTlsGate(proxy);
    const row = { name: config.name, ours };
    if (haveSslscan)
      row.sslscan = await runOther(proxy, 'sslscan', ['--no-colour', `127.0.0.1:${proxy.port}`]);
    if (haveNmap) {
      row.nmap = await runOther(proxy, 'nmap', [
        '-Pn',
        '-n',
        '-p',
        String(proxy.port),
        '--script',
        'ssl-enum-ciphers',
        '127.0.0.1'
      ]);
    }
    rows.push(row);
    console.log(`${config.name}: ${ours.summary}`);
  }

  console.log('');
  const header = [
    pad('server', 22),
    pad('tls-gate s', 11),
    pad('handshakes', 11),
    pad('conns', 6),
    pad('peak MB', 8),
    pad('sslscan s', 10),
    pad('conns', 6),
    pad('nmap s', 8),
    pad('conns', 6),
    pad('time/sslscan', 13),
    'conns nmap/ours'
  ].join(' ');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of rows) {
    console.log(
      [
        pad(row.name, 22),
        pad(fmt(row.ours.seconds), 11),
        pad(row.ours.handshakes ?? '-', 11),
        pad(row.ours.connections ?? '-', 6),
        pad(fmt(row.ours.peakMb, 0), 8),
        pad(fmt(row.sslscan?.seconds), 10),
        pad(row.sslscan?.connections ?? '-', 6),
        pad(fmt(row.nmap?.seconds), 8),
        pad(row.nmap?.connections ?? '-', 6),
        pad(row.sslscan ? fmt(row.ours.seconds / row.sslscan.seconds) : '-', 13),
        row.nmap && row.ours.connections ? fmt(row.nmap.connections / row.ours.connections) : '-'
      ].join(' ')
    );
  }

  // Many targets at once against one: Node TLS servers (TLS 1.2 + 1.3, Node's default suites).
  console.log('');
  const ports = await startManyNodeServers(MANY, certs);
  const single = [];
  const many = [];
  const targetsFile = path.join(work, 'targets.yml');
  writeFileSync(targetsFile, ports.map((p) => `- host: 127.0.0.1\n  port: ${p}\n`).join(''));
  for (let i = 0; i < RUNS; i++) {
    const one = await measure(process.execPath, tlsGateArgs(`127.0.0.1:${ports[0]}`));
    if (one.code !== 0) throw new Error(`tls-gate exited ${one.code}: ${one.stderr.trim()}`);
    single.push(one.seconds);
    const all = await measure(process.execPath, [
      CLI,
      'scan',
      '--targets',
      targetsFile,
      '--format',
      'json',
      '--fail-on',
      'never',
      '--quiet'
    ]);
    if (all.code !== 0) throw new Error(`tls-gate exited ${all.code}: ${all.stderr.trim()}`);
    const report = JSON.parse(all.stdout);
    const bad = report.targets.filter((t) => t.status !== 'ok').length;
    if (bad) console.log(`  run ${i + 1}: ${bad} of ${MANY} targets not ok`);
    many.push(all.seconds);
  }
  const t1 = median(single);
  const tn = median(many);
  console.log(
    `${MANY} Node TLS targets at once: ${fmt(tn)} s; one: ${fmt(t1)} s; ratio ${fmt(tn / t1, 1)} (${MANY}x would be ${fmt(MANY * t1)} s)`
  );
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
