#!/usr/bin/env node
// Benchmark of the built CLI (`node dist/cli.js scan ... --format json`, process start included) against local
// servers this script starts itself, beside sslscan and nmap's ssl-enum-ciphers measured in the same run when they
// are on the PATH:
//   - per server: tls-gate's and sslscan's wall time (runs interleaved A B A B, the ratio taken pair by pair, then
//     the median), on every Node given (--node, repeatable; default the Node running this script), with tls-gate's
//     handshakes beside the TCP connections each scanner opened (counted by a small TCP proxy, in one extra run);
//     tls-gate twice per Node: its default scan (every vulnerability check) and `--checks none`, each with its ratio;
//   - a fleet: one nginx (Mozilla intermediate) listening on --fleet ports (default 1000) scanned in one run, against
//     sslscan scanning 10 of them one after another in one call, with tls-gate's peak RSS, and the CPU time nginx
//     itself spent serving each run (its share of the machine's CPUs is a floor no client can go under).
// Run by hand (`npm run bench`), not in CI; loopback only.
//
// usage: node scripts/bench.mjs [--runs N] [--cli dist/cli.js] [--node PATH]... [--fleet 1000] [--fleet-runs 3]
//                               [--no-others] [--no-fleet]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE =
  'usage: node scripts/bench.mjs [--runs N] [--cli dist/cli.js] [--node PATH]... [--fleet 1000] [--fleet-runs 3] [--no-others] [--no-fleet]';
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' },
    cli: { type: 'string', default: 'dist/cli.js' },
    node: { type: 'string', multiple: true },
    fleet: { type: 'string', default: '1000' },
    'fleet-runs': { type: 'string', default: '3' },
    'no-others': { type: 'boolean', default: false },
    'no-fleet': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' }
  }
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
const RUNS = Math.max(1, Number.parseInt(flags.runs, 10) || 5);
const FLEET = Math.max(10, Number.parseInt(flags.fleet, 10) || 1000);
const FLEET_RUNS = Math.max(1, Number.parseInt(flags['fleet-runs'], 10) || 3);
const SSLSCAN_FLEET = 10;
const CLI = path.resolve(flags.cli);
if (!existsSync(CLI)) {
  console.error(`bench: ${flags.cli} not found; build first (npm run build) or pass --cli PATH`);
  process.exit(1);
}
const NODES = (flags.node?.length ? flags.node : [process.execPath]).map((file) => ({
  file,
  version: spawnSync(file, ['--version'], { encoding: 'utf8' }).stdout.trim() || '?'
}));

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

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/**
 * CPU seconds (user and system) that `pid` and its descendants have used so far, from /proc; null where there
 * is no /proc. For the fleet's nginx: what serving tls-gate's handshakes cost the server itself.
 */
function treeCpuSeconds(pid) {
  if (!existsSync('/proc/self/stat')) return null;
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // After "pid (comm) ": state, ppid, ... utime and stime are the 14th and 15th fields of the line.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      /* the process ended meanwhile */
    }
  }
  let ticks = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop();
    ticks += stats.get(current)?.ticks ?? 0;
    for (const [child, stat] of stats) if (stat.ppid === current) pending.push(child);
  }
  return ticks / CLOCK_TICKS;
}

/**
 * Resolves once the server at `port` completes a TLS handshake, that is once it is serving again. openssl s_server
 * serves one connection at a time and, after refusing a client-initiated renegotiation, sleeps a second before it
 * reads on; each timed run starts only after that, so no scanner is billed for the one before it.
 */
async function serverIdle(port, timeoutMs = 10000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      let completed = false;
      const socket = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false });
      socket.once('secureConnect', () => ((completed = true), socket.destroy()));
      socket.once('close', () => resolve(completed));
      socket.once('error', () => undefined);
    });
    if (ok) return;
  }
  throw new Error(`127.0.0.1:${port} completed no handshake within ${timeoutMs} ms`);
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
    // -www: the servers answer HTTP like the HTTPS servers they stand for, so the HSTS check gets its answer.
    ['s_server', '-accept', `127.0.0.1:${port}`, '-naccept', '1000000', '-quiet', '-www', ...config.args],
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

/** Free loopback ports, held together while they are chosen so that no two are the same. */
async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = net.createServer();
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
      servers.push(server);
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

/** One nginx (Mozilla intermediate, RSA and ECDSA certificates) listening on `count` loopback ports. */
async function startNginxFleet(count, certs) {
  const prefix = path.join(work, 'nginx');
  mkdirSync(prefix, { recursive: true });
  const ports = await freePorts(count);
  const config = [
    'daemon off;',
    'worker_processes 2;',
    'worker_rlimit_nofile 16384;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'error.log')} crit;`,
    'events { worker_connections 8192; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${path.join(prefix, kind)};`
    ),
    '  server {',
    ...ports.map((port) => `    listen 127.0.0.1:${port} ssl;`),
    '    server_name localhost;',
    `    ssl_certificate ${certs.rsaCert};`,
    `    ssl_certificate_key ${certs.rsaKey};`,
    `    ssl_certificate ${certs.ecCert};`,
    `    ssl_certificate_key ${certs.ecKey};`,
    '    ssl_protocols TLSv1.2 TLSv1.3;',
    `    ssl_ciphers ${MOZILLA_INTERMEDIATE_TLS12};`,
    '    ssl_ecdh_curve X25519:prime256v1:secp384r1;',
    '    ssl_prefer_server_ciphers off;',
    '    location / { return 200 "ok\\n"; }',
    '  }',
    '}'
  ].join('\n');
  const configFile = path.join(prefix, 'nginx.conf');
  writeFileSync(configFile, config + '\n');
  const child = spawn('nginx', ['-p', prefix, '-c', configFile, '-e', path.join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe']
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  cleanups.push(() => child.kill('SIGKILL'));
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited with ${code}: ${stderr.trim()}`)))
  );
  exited.catch(() => undefined);
  await Promise.race([Promise.all([waitForPort(ports[0]), waitForPort(ports.at(-1))]), exited]);
  return { ports, pid: child.pid };
}

// ---------------------------------------------------------------- scanners

function tlsGateArgs(targets, extra = []) {
  return [CLI, 'scan', ...targets, '--format', 'json', '--fail-on', 'never', '--quiet', ...extra];
}

/**
 * What tls-gate is timed as, per server: its default scan (every vulnerability check, as a gate runs it), and the
 * configuration scan alone (`--checks none`), so the checks' own cost shows as the difference (issue 13).
 */
const VARIANTS = [
  { label: '', args: [] },
  { label: ' no checks', args: ['--checks', 'none'] }
];

/** One tls-gate run on `node`; its report's first target, or an exception with what it printed. */
async function tlsGate(node, targets, extra = []) {
  const result = await measure(node.file, tlsGateArgs(targets, extra));
  if (result.code !== 0) throw new Error(`tls-gate exited ${result.code}: ${result.stderr.trim()}`);
  return { ...result, report: JSON.parse(result.stdout) };
}

const sslscanArgs = (port) => ['--no-colour', `127.0.0.1:${port}`];
const nmapArgs = (port) => ['-Pn', '-n', '-p', String(port), '--script', 'ssl-enum-ciphers', '127.0.0.1'];

function describeTarget(target) {
  const suites = Object.values(target.cipherSuites).reduce((n, list) => n + list.length, 0);
  const versions = Object.entries(target.protocols)
    .filter(([, on]) => on)
    .map(([p]) => p)
    .join(' ');
  return `${target.status}, ${versions}, ${suites} suites, ${target.handshakes} handshakes`;
}

/** TCP connections each scanner opens to one server, counted through the proxy in one run each. */
async function countConnections(proxy, others) {
  const counts = {};
  proxy.take();
  const ours = await tlsGate(NODES[0], [`127.0.0.1:${proxy.port}`]);
  counts.ours = proxy.take();
  counts.handshakes = ours.report.targets[0].handshakes;
  counts.summary = describeTarget(ours.report.targets[0]);
  const bare = await tlsGate(NODES[0], [`127.0.0.1:${proxy.port}`], ['--checks', 'none']);
  proxy.take();
  counts.handshakesNoChecks = bare.report.targets[0].handshakes;
  if (others.sslscan) {
    await measure('sslscan', sslscanArgs(proxy.port));
    counts.sslscan = proxy.take();
  }
  if (others.nmap) {
    await measure('nmap', nmapArgs(proxy.port));
    counts.nmap = proxy.take();
  }
  return counts;
}

/** tls-gate on each Node and sslscan, interleaved run by run; medians of the times and of the pairwise ratios. */
async function timeServer(port, others) {
  const runsOf = (variant) => ({ variant, times: [], ratios: [] });
  const cells = NODES.map(() => VARIANTS.map(runsOf));
  const sslscan = [];
  const nmap = [];
  const peaks = [];
  for (let i = 0; i < RUNS; i++) {
    if (others.sslscan) await serverIdle(port);
    const theirs = others.sslscan ? (await measure('sslscan', sslscanArgs(port))).seconds : null;
    if (theirs !== null) sslscan.push(theirs);
    for (const [index, node] of NODES.entries()) {
      for (const cell of cells[index]) {
        await serverIdle(port);
        const ours = await tlsGate(node, [`127.0.0.1:${port}`], cell.variant.args);
        cell.times.push(ours.seconds);
        if (ours.peakKb !== null) peaks.push(ours.peakKb);
        if (theirs !== null) cell.ratios.push(ours.seconds / theirs);
      }
    }
  }
  // nmap is slow and steady: fewer runs, not interleaved.
  if (others.nmap) {
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      await serverIdle(port);
      nmap.push((await measure('nmap', nmapArgs(port))).seconds);
    }
  }
  return {
    nodes: cells.flat().map((cell) => ({
      seconds: median(cell.times),
      ratio: cell.ratios.length ? median(cell.ratios) : null
    })),
    sslscan: sslscan.length ? median(sslscan) : null,
    nmap: nmap.length ? median(nmap) : null,
    peakMb: peaks.length ? Math.max(...peaks) / 1024 : null
  };
}

/**
 * The fleet on each Node, and sslscan over SSLSCAN_FLEET of its ports one after another (one call), with the CPU
 * time nginx spent serving each tls-gate run.
 */
async function timeFleet({ ports, pid }, others) {
  const targetsFile = path.join(work, 'fleet.yml');
  writeFileSync(targetsFile, ports.map((p) => `- host: 127.0.0.1\n  port: ${p}\n`).join(''));
  const sslscanTargets = path.join(work, 'sslscan-targets.txt');
  writeFileSync(
    sslscanTargets,
    ports
      .slice(0, SSLSCAN_FLEET)
      .map((p) => `127.0.0.1:${p}\n`)
      .join('')
  );
  const rows = NODES.map(() => ({
    times: [],
    peaks: [],
    ratios: [],
    serverCpu: [],
    notOk: 0,
    handshakes: 0
  }));
  const sslscan = [];
  for (let i = 0; i < FLEET_RUNS; i++) {
    const theirs = others.sslscan
      ? (await measure('sslscan', ['--no-colour', `--targets=${sslscanTargets}`])).seconds
      : null;
    if (theirs !== null) sslscan.push(theirs);
    for (const [index, node] of NODES.entries()) {
      const cpuBefore = treeCpuSeconds(pid);
      const result = await measure(node.file, [
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
      const cpuAfter = treeCpuSeconds(pid);
      if (result.code !== 0) throw new Error(`tls-gate exited ${result.code}: ${result.stderr.trim()}`);
      const report = JSON.parse(result.stdout);
      const row = rows[index];
      if (cpuBefore !== null && cpuAfter !== null) row.serverCpu.push(cpuAfter - cpuBefore);
      row.notOk = Math.max(row.notOk, report.targets.filter((t) => t.status !== 'ok').length);
      row.handshakes = report.targets.reduce((n, t) => n + t.handshakes, 0);
      row.times.push(result.seconds);
      if (result.peakKb !== null) row.peaks.push(result.peakKb);
      if (theirs !== null) row.ratios.push(result.seconds / theirs);
    }
  }
  return {
    nodes: rows.map((row) => ({
      seconds: median(row.times),
      peakMb: row.peaks.length ? median(row.peaks) / 1024 : null,
      ratio: row.ratios.length ? median(row.ratios) : null,
      serverCpu: row.serverCpu.length ? median(row.serverCpu) : null,
      notOk: row.notOk,
      handshakes: row.handshakes
    })),
    sslscan: sslscan.length ? median(sslscan) : null
  };
}

// ---------------------------------------------------------------- main

const fmt = (n, digits = 2) => (n === null || n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits));
const pad = (text, width) => String(text).padEnd(width);
const nodeLabel = (node) => `node ${node.version}`;

function printServers(rows) {
  const columns = [
    ['server', 22],
    ...NODES.flatMap((node) =>
      VARIANTS.flatMap((variant) => [
        [`${nodeLabel(node)}${variant.label} s`, 14 + variant.label.length],
        ['/sslscan', 9]
      ])
    ),
    ['sslscan s', 10],
    ['nmap s', 7],
    ['handshakes', 11],
    ['no checks', 10],
    ['conns', 6],
    ['sslscan conns', 14],
    ['nmap conns', 10],
    ['peak MB', 7]
  ];
  const header = columns.map(([name, width]) => pad(name, width)).join(' ');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const row of rows) {
    const cells = [
      row.name,
      ...row.time.nodes.flatMap((n) => [fmt(n.seconds), fmt(n.ratio)]),
      fmt(row.time.sslscan),
      fmt(row.time.nmap),
      row.counts.handshakes,
      row.counts.handshakesNoChecks,
      row.counts.ours,
      row.counts.sslscan ?? '-',
      row.counts.nmap ?? '-',
      fmt(row.time.peakMb, 0)
    ];
    console.log(cells.map((cell, i) => pad(cell, columns[i][1])).join(' '));
  }
}

async function main() {
  const others = {
    sslscan: !flags['no-others'] && onPath('sslscan'),
    nmap: !flags['no-others'] && onPath('nmap')
  };
  console.log(
    `tls-gate benchmark: medians of ${RUNS} runs (fleet: ${FLEET_RUNS}), CLI ${path.relative(process.cwd(), CLI) || CLI}`
  );
  console.log(
    `${NODES.map(nodeLabel).join(', ')}; ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)}; ` +
      `${others.sslscan ? 'sslscan' : 'no sslscan'}, ${others.nmap ? 'nmap' : 'no nmap'}`
  );
  if (!TIME) console.log('(no /usr/bin/time: peak memory not measured)');
  console.log('');

  const certs = makeCertificates();
  const rows = [];
  for (const config of serverConfigs(certs)) {
    const port = await startOpenssl(config);
    const proxy = await countingProxy(port);
    const counts = await countConnections(proxy, others);
    await proxy.close();
    const time = await timeServer(port, others);
    rows.push({ name: config.name, counts, time });
    console.log(`${config.name}: ${counts.summary}`);
  }
  console.log('');
  printServers(rows);

  if (flags['no-fleet']) return;
  if (!onPath('nginx')) {
    console.log('\nfleet: skipped, nginx is not on the PATH');
    return;
  }
  console.log('');
  const nginx = await startNginxFleet(FLEET, certs);
  const fleet = await timeFleet(nginx, others);
  console.log(
    `fleet: ${FLEET} nginx ports (Mozilla intermediate) in one tls-gate run; sslscan: ${SSLSCAN_FLEET} of them one after another, ${fmt(fleet.sslscan)} s`
  );
  for (const [index, node] of NODES.entries()) {
    const row = fleet.nodes[index];
    console.log(
      `  ${pad(nodeLabel(node), 14)} ${fmt(row.seconds)} s, ratio to sslscan x${SSLSCAN_FLEET} ${fmt(row.ratio)}, ` +
        `peak ${fmt(row.peakMb, 0)} MB, ${row.handshakes} handshakes${row.notOk ? `, ${row.notOk} targets not ok` : ''}`
    );
  }
  // The floor no client can go under: nginx's own CPU time for the run, spread over every CPU of the machine.
  const cpus = os.availableParallelism();
  for (const [index, node] of NODES.entries()) {
    const { serverCpu, handshakes } = fleet.nodes[index];
    if (serverCpu === null) continue;
    const floor = serverCpu / cpus;
    console.log(
      `  ${pad(nodeLabel(node), 14)} nginx's CPU for the run ${fmt(serverCpu)} s (${fmt((1000 * serverCpu) / handshakes)} ms a handshake): ` +
        `on ${cpus} CPUs no run can end under ${fmt(floor)} s` +
        (fleet.sslscan ? `, ${fmt(floor / fleet.sslscan)} times sslscan's time for ${SSLSCAN_FLEET}` : '')
    );
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
