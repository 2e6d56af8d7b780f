// The action as GitHub runs it: the bundle built by scripts/build.mjs (into a temporary folder, never dist/),
// started as a child process with the runner's environment (INPUT_* with action.yml defaults, summary and
// output files, a real event payload, GITHUB_API_URL at a loopback GitHub REST emulation), scanning real Node
// TLS servers on loopback. One of them serves a certificate whose names try markup, mentions and workflow
// commands; nothing of it may act in any output.
// sarif-schema-2.1.0.json is the OASIS SARIF TC's schema (only re-indented by prettier): github.com/oasis-tcs/sarif-spec,
// sarif-2.1/schema/sarif-schema-2.1.0.json (commit e0583813964ec43cea53b6b531b402866095ed1f).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server, type TlsOptions } from 'node:tls';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { createTestPki } from '../../src/testing/pki.js';
import { FakeGitHub } from './fake-github.js';

const execFileAsync = promisify(execFile);
const REPO_ROOT = join(import.meta.dirname, '..', '..');
const WORKFLOW_PATH = '.github/workflows/tls.yml';
// Names a server controls, sent as subjectAltNames (they reach finding messages) and in the subject.
const HOSTILE_NAMES = [
  'x\n::error::owned',
  '<img src=x onerror=alert(1)>',
  '@org/team',
  '::add-mask::secret',
  '::stop-commands::tok'
];
const STRONG_TLS12 = 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384';
const ACTION_TIMEOUT_MS = 120_000;

interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  reportFile: string;
  sarifFile: string;
}

let buildDir: string;
let ownBuild = false;
const runDirs: string[] = [];
let workspace: string;
let github: FakeGitHub;
const servers: Server[] = [];
const sockets = new Set<Socket>();
let ports: { clean: number; expired: number; hostile: number };
let runCounter = 0;

async function startServer(options: TlsOptions): Promise<number> {
  const server = createServer(options, (socket) => {
    socket.on('error', () => socket.destroy());
    socket.end();
  });
  server.on('tlsClientError', () => undefined);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return (server.address() as AddressInfo).port;
}

function workflowText(hosts: string[]): string {
  return [
    'name: TLS',
    'on: [pull_request, schedule]',
    'jobs:',
    '  scan:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v5',
    '      - uses: ./',
    '        with:',
    '          hosts: |',
    ...hosts.map((host) => `            ${host}`),
    '          ca-file: ca.pem',
    ''
  ].join('\n');
}

/** Inputs as the runner passes them: every action.yml default, overridden by the step's `with`. */
async function runnerInputs(given: Record<string, string>): Promise<Record<string, string>> {
  const action = load(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    let value = given[name] ?? spec.default ?? '';
    if (value === '${{ github.token }}') value = 'ghs_e2etoken';
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

function pullRequestPayload(): unknown {
  const repository = { name: 'site', full_name: 'octo/site', owner: { login: 'octo', type: 'Organization' } };
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      state: 'open',
      title: 'Switch the load balancer certificate',
      head: { ref: 'feature', sha: 'a'.repeat(40), repo: { ...repository, fork: false } },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: { ...repository, fork: false } }
    },
    repository,
    sender: { login: 'dev', type: 'User' }
  };
}

function schedulePayload(): unknown {
  return {
    schedule: '17 3 * * *',
    workflow: WORKFLOW_PATH,
    repository: { name: 'site', full_name: 'octo/site', owner: { login: 'octo', type: 'Organization' } }
  };
}

/** $GITHUB_OUTPUT holds `name<<delimiter` blocks (and may hold name=value lines). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      outputs[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

async function runAction(options: {
  hosts: string[];
  inputs?: Record<string, string>;
  event: 'pull_request' | 'schedule';
  /** The runner's variables to set otherwise (e.g. GITHUB_JOB, for a job of its own). */
  env?: Record<string, string>;
}): Promise<ActionRun> {
  runCounter += 1;
  await writeFile(join(workspace, WORKFLOW_PATH), workflowText(options.hosts));
  const runDir = await mkdtemp(join(tmpdir(), `tls-gate-e2e-run${runCounter}-`));
  runDirs.push(runDir);
  const summaryFile = join(runDir, 'step_summary');
  const outputFile = join(runDir, 'output');
  const eventFile = join(runDir, 'event.json');
  await writeFile(summaryFile, '');
  await writeFile(outputFile, '');
  await writeFile(
    eventFile,
    JSON.stringify(options.event === 'pull_request' ? pullRequestPayload() : schedulePayload())
  );
  const reportFile = options.inputs?.['report-file'] ?? `out/report-${runCounter}.json`;
  const sarifFile = `out/tls-${runCounter}.sarif`;
  const inputs = await runnerInputs({
    hosts: options.hosts.join('\n'),
    'ca-file': 'ca.pem',
    'report-file': reportFile,
    'sarif-file': sarifFile,
    timeout: '5',
    ...options.inputs
  });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'octo/site',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_API_URL: github.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_GRAPHQL_URL: `${github.apiUrl}/graphql`,
    GITHUB_RUN_ID: String(9000 + runCounter),
    GITHUB_RUN_NUMBER: String(runCounter),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'TLS',
    GITHUB_JOB: 'scan',
    GITHUB_ACTION: '__self',
    GITHUB_WORKFLOW_REF: `octo/site/${WORKFLOW_PATH}@refs/pull/7/merge`,
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_REF: options.event === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    RUNNER_TEMP: runDir,
    RUNNER_OS: 'Linux',
    ...options.env,
    ...inputs
  };
  const child = spawn(process.execPath, [join(buildDir, 'index.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), ACTION_TIMEOUT_MS);
  const [exitCode] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  return {
    exitCode,
    stdout,
    stderr,
    summary: await readFile(summaryFile, 'utf8'),
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    reportFile: join(workspace, reportFile),
    sarifFile: join(workspace, sarifFile)
  };
}

/** Workflow commands the runner would act on: lines of stdout that start with "::". */
function workflowCommands(stdout: string): { command: string; properties: string; message: string }[] {
  return stdout
    .split(/\r?\n/)
    .map((line) => /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ command: match[1], properties: match[2] ?? '', message: match[3] }));
}

function ourComments(): { id: number; body: string }[] {
  return github.comments.filter((comment) => comment.body.includes('<!-- tls-gate:'));
}

const host = (port: number): string => `127.0.0.1:${port}`;

beforeAll(async () => {
  // TLS_GATE_E2E_BUILD names a folder already built by scripts/build.mjs from the current sources (to save
  // the minutes a build takes when iterating on the tests); without it the bundle is built here.
  const prebuilt = process.env.TLS_GATE_E2E_BUILD;
  if (prebuilt) {
    buildDir = prebuilt;
    process.stderr.write(`e2e: using the bundle already built in ${prebuilt} (TLS_GATE_E2E_BUILD)\n`);
  } else {
    buildDir = await mkdtemp(join(tmpdir(), 'tls-gate-e2e-dist-'));
    ownBuild = true;
    await execFileAsync(process.execPath, [join(REPO_ROOT, 'scripts/build.mjs'), buildDir], {
      cwd: REPO_ROOT,
      maxBuffer: 16 * 1024 * 1024
    });
  }

  workspace = await mkdtemp(join(tmpdir(), 'tls-gate-e2e-ws-'));
  await mkdir(join(workspace, '.github/workflows'), { recursive: true });
  await mkdir(join(workspace, 'out'), { recursive: true });

  const pki = createTestPki();
  const root = await pki.root({ commonName: 'e2e root' });
  const intermediate = await pki.intermediate(root, { commonName: 'e2e intermediate' });
  const clean = await pki.leaf(intermediate, {
    commonName: '127.0.0.1',
    dnsNames: [],
    ipAddresses: ['127.0.0.1']
  });
  const expired = await pki.leaf(intermediate, {
    commonName: '127.0.0.1',
    dnsNames: [],
    ipAddresses: ['127.0.0.1'],
    notBeforeDays: -100,
    notAfterDays: -2
  });
  const hostile = await pki.leaf(intermediate, {
    commonName: 'x\n::error::owned-cn <img src=cn>',
    dnsNames: ['owned.invalid', ...HOSTILE_NAMES],
    organization: '<b>evil</b> [click](https://evil.invalid)'
  });
  await writeFile(join(workspace, 'ca.pem'), root.certPem);
  const serve = (leaf: typeof clean) =>
    startServer({
      cert: leaf.certPem + intermediate.certPem,
      key: leaf.keyPem,
      minVersion: 'TLSv1.2',
      ciphers: STRONG_TLS12
    });
  ports = { clean: await serve(clean), expired: await serve(expired), hostile: await serve(hostile) };

  github = new FakeGitHub('octo', 'site');
  await github.start();
  github.addPullRequest(7);
}, 900_000);

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await github?.stop();
  await Promise.all(
    [ownBuild ? buildDir : '', workspace, ...runDirs]
      .filter(Boolean)
      .map((dir) => rm(dir, { recursive: true, force: true }))
  );
});

describe('the built action on a pull request', () => {
  let first: ActionRun;

  beforeAll(async () => {
    first = await runAction({ hosts: [host(ports.clean), host(ports.expired)], event: 'pull_request' });
  }, ACTION_TIMEOUT_MS);

  it('fails the step when a target fails the policy', () => {
    expect(first.exitCode).toBe(1);
  });

  it('sets every declared output', () => {
    expect(first.outputs.verdict).toBe('fail');
    expect(Number(first.outputs.errors)).toBeGreaterThan(0);
    expect(first.outputs.warnings).toMatch(/^\d+$/);
    expect(first.outputs['report-file']).toBe(first.reportFile);
    expect(first.outputs['sarif-file']).toBe(first.sarifFile);
    // The expired leaf ended two days ago: the smallest days left is -2 or -3 (rounded down).
    expect(Number(first.outputs['min-days-remaining'])).toBeLessThanOrEqual(-2);
    expect(Number(first.outputs['min-days-remaining'])).toBeGreaterThanOrEqual(-3);
  });

  it('writes the JSON report with both targets', async () => {
    const report = JSON.parse(await readFile(first.reportFile, 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(report.targets.map((t: { port: number }) => t.port)).toEqual([ports.clean, ports.expired]);
  });

  it('annotates the failing target at the workflow line naming it', () => {
    const errors = workflowCommands(first.stdout).filter((c) => c.command === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(10);
    const expiredLine =
      workflowText([host(ports.clean), host(ports.expired)])
        .split('\n')
        .indexOf(`            ${host(ports.expired)}`) + 1;
    expect(
      errors.some(
        (c) => c.properties.includes(`file=${WORKFLOW_PATH}`) && c.properties.includes(`line=${expiredLine}`)
      )
    ).toBe(true);
  });

  it('groups the log per target and prints progress', () => {
    const groups = workflowCommands(first.stdout).filter((c) => c.command === 'group');
    expect(groups).toHaveLength(2);
    expect(first.stdout).toMatch(/\[1\/2\]/);
    expect(first.stdout).toMatch(/\[2\/2\]/);
  });

  it('writes a job summary with the verdict and both targets', () => {
    expect(first.summary.length).toBeGreaterThan(0);
    expect(first.summary).toMatch(/fail/i);
    expect(first.summary).toContain(String(ports.expired));
    expect(Buffer.byteLength(first.summary)).toBeLessThan(1024 * 1024);
  });

  it('writes SARIF that validates against the 2.1.0 schema and points at the workflow', async () => {
    const sarif = JSON.parse(await readFile(first.sarifFile, 'utf8'));
    const schema = JSON.parse(await readFile(join(import.meta.dirname, 'sarif-schema-2.1.0.json'), 'utf8'));
    // The OASIS schema is draft-04; Ajv 8 reads it once `id` is spelled `$id` and the draft-04 meta is dropped.
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(sarif)).toBe(true);
    const results = sarif.runs[0].results as {
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(WORKFLOW_PATH);
    }
  });

  it('creates exactly one pull request comment on the first run', () => {
    const posts = github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/7/comments'));
    expect(posts).toHaveLength(1);
    expect(posts[0].path.startsWith('/api/v3/')).toBe(true);
    expect(posts[0].authorization).toBe('token ghs_e2etoken');
    expect(ourComments()).toHaveLength(1);
  });

  it(
    'updates the same comment on the second run, with no duplicate',
    async () => {
      const before = github.requests.length;
      const second = await runAction({
        hosts: [host(ports.clean), host(ports.expired)],
        event: 'pull_request'
      });
      expect(second.exitCode).toBe(1);
      const calls = github.requests.slice(before);
      expect(calls.filter((r) => r.method === 'POST')).toHaveLength(0);
      expect(calls.filter((r) => r.method === 'PATCH')).toHaveLength(1);
      expect(ourComments()).toHaveLength(1);
    },
    ACTION_TIMEOUT_MS
  );

  it(
    'keeps SARIF fingerprints of the same finding across runs',
    async () => {
      const fingerprints = async (file: string): Promise<string[]> =>
        (
          JSON.parse(await readFile(file, 'utf8')).runs[0].results as {
            partialFingerprints: Record<string, string>;
          }[]
        )
          .map((r) => JSON.stringify(r.partialFingerprints))
          .sort();
      const again = await runAction({
        hosts: [host(ports.clean), host(ports.expired)],
        event: 'pull_request',
        inputs: { comment: 'off' }
      });
      expect(await fingerprints(again.sarifFile)).toEqual(await fingerprints(first.sarifFile));
    },
    ACTION_TIMEOUT_MS
  );

  it(
    'turns the same comment into a passing one when a later run passes',
    async () => {
      const before = github.requests.length;
      const passing = await runAction({ hosts: [host(ports.clean)], event: 'pull_request' });
      expect(passing.exitCode).toBe(0);
      expect(passing.outputs.verdict).toBe('pass');
      const calls = github.requests.slice(before);
      expect(calls.filter((r) => r.method === 'POST')).toHaveLength(0);
      expect(calls.filter((r) => r.method === 'PATCH')).toHaveLength(1);
      expect(ourComments()).toHaveLength(1);
      expect(ourComments()[0].body).toMatch(/pass/i);
    },
    ACTION_TIMEOUT_MS
  );

  it(
    'warns and still succeeds when the token is read-only (403)',
    async () => {
      github.readOnly = true;
      try {
        const run = await runAction({
          hosts: [host(ports.clean)],
          event: 'pull_request',
          inputs: { comment: 'always' }
        });
        expect(run.exitCode).toBe(0);
        const warnings = workflowCommands(run.stdout).filter((c) => c.command === 'warning');
        expect(warnings.some((w) => /comment/i.test(w.message))).toBe(true);
        expect(github.requests.at(-1)?.method).not.toBe('GET');
      } finally {
        github.readOnly = false;
      }
    },
    ACTION_TIMEOUT_MS
  );
});

describe('the built action on a schedule', () => {
  it(
    'opens one issue while the check fails and closes it with a comment when it passes',
    async () => {
      const failing = await runAction({
        hosts: [host(ports.expired)],
        event: 'schedule',
        inputs: { issue: 'on-failure' }
      });
      expect(failing.exitCode).toBe(1);
      const opened = github.issues.filter((i) => !i.pull_request);
      expect(opened).toHaveLength(1);
      expect(opened[0].state).toBe('open');
      expect(opened[0].labels).toContain('tls-gate');

      const stillFailing = await runAction({
        hosts: [host(ports.expired)],
        event: 'schedule',
        inputs: { issue: 'on-failure' }
      });
      expect(stillFailing.exitCode).toBe(1);
      expect(github.issues.filter((i) => !i.pull_request)).toHaveLength(1);

      const passing = await runAction({
        hosts: [host(ports.clean)],
        event: 'schedule',
        inputs: { issue: 'on-failure' }
      });
      expect(passing.exitCode).toBe(0);
      const issue = github.issues.find((i) => !i.pull_request)!;
      expect(issue.state).toBe('closed');
      expect(github.comments.some((c) => c.issue === issue.number)).toBe(true);
      // A schedule has no pull request: no comment calls were made for these runs.
      expect(
        github.requests.filter((r) => r.path.endsWith('/issues/7/comments') && r.method !== 'GET').length
      ).toBe(1);
    },
    4 * ACTION_TIMEOUT_MS
  );
});

describe('untrusted text from a scanned server', () => {
  let run: ActionRun;

  beforeAll(async () => {
    run = await runAction({
      hosts: [host(ports.hostile)],
      event: 'pull_request',
      inputs: { comment: 'always' }
    });
  }, ACTION_TIMEOUT_MS);

  it('really reached the report and a finding (the server sent it)', async () => {
    const report = JSON.parse(await readFile(run.reportFile, 'utf8'));
    const [target] = report.targets;
    expect(target.certificate.chain[0].subjectAltNames).toEqual(
      expect.arrayContaining(HOSTILE_NAMES.map((name) => `DNS:${name}`))
    );
    expect(target.certificate.chain[0].subject).toContain('evil');
    expect(target.certificate.chain[0].subject).toContain('::error::owned-cn');
    const messages = target.findings.map((f: { message: string }) => f.message).join('\n');
    expect(messages).toContain('::error::owned');
    expect(messages).toContain('<img');
  });

  it('starts no workflow command of its own in the log', () => {
    const commands = workflowCommands(run.stdout);
    expect(
      commands.filter((c) =>
        ['add-mask', 'stop-commands', 'set-output', 'save-state', 'add-path', 'set-env'].includes(c.command)
      )
    ).toEqual([]);
    expect(commands.filter((c) => c.message.startsWith('owned'))).toEqual([]);
    expect(run.stdout).not.toMatch(/^::error::owned/m);
    expect(run.stdout).toContain('owned-cn'); // the subject was printed, as text
  });

  it('reaches the summary and the comment as inert text', () => {
    const comment = ourComments()[0].body;
    for (const text of [run.summary, comment]) {
      expect(text).not.toContain('<img');
      expect(text).not.toContain('<b>evil');
      expect(text).not.toMatch(/\]\(https:\/\/evil\.invalid/);
      expect(text).not.toMatch(/(^|\s)@org\/team/m);
    }
  });

  it(
    "reaches a scheduled run's issue as inert text",
    async () => {
      const scheduled = await runAction({
        hosts: [host(ports.hostile)],
        event: 'schedule',
        inputs: { issue: 'on-failure' }
      });
      expect(scheduled.exitCode).toBe(1);
      const issue = github.issues.find((i) => !i.pull_request && i.state === 'open');
      expect(issue).toBeDefined();
      for (const text of [issue!.title, issue!.body]) {
        expect(text).not.toContain('<img');
        expect(text).not.toMatch(/(^|\s)@org\/team/m);
      }
      expect(issue!.body).toContain('owned');
    },
    ACTION_TIMEOUT_MS
  );

  it('keeps SARIF valid JSON with the text as plain message text', async () => {
    const sarif = JSON.parse(await readFile(run.sarifFile, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
  });
});

describe('when the action cannot run as asked', () => {
  it(
    'still writes summary, outputs and report when the scan itself errors',
    async () => {
      const run = await runAction({
        hosts: [host(ports.clean)],
        event: 'pull_request',
        inputs: { policy: 'no-such-policy.yml', comment: 'off' }
      });
      expect(run.exitCode).toBe(1);
      expect(run.summary).toContain('no-such-policy');
      expect(run.outputs.verdict).toBe('fail');
      expect(JSON.parse(await readFile(run.reportFile, 'utf8')).verdict).toBe('fail');
      expect(JSON.parse(await readFile(run.sarifFile, 'utf8')).version).toBe('2.1.0');
    },
    ACTION_TIMEOUT_MS
  );

  it(
    'fails on a bad input with an annotation naming the allowed values',
    async () => {
      const run = await runAction({
        hosts: [host(ports.clean)],
        event: 'pull_request',
        inputs: { 'fail-on': 'eror' }
      });
      expect(run.exitCode).toBe(1);
      const errors = workflowCommands(run.stdout).filter((c) => c.command === 'error');
      expect(errors.some((c) => c.message.includes('error, warning, never'))).toBe(true);
      expect(run.summary).toContain('fail-on');
      expect(run.outputs.verdict).toBe('fail');
      expect(run.stdout).not.toMatch(/at .*\.js:\d+/); // no stack trace for a user error
    },
    ACTION_TIMEOUT_MS
  );
});

describe('a matrix of shards and the job that merges their reports', () => {
  // As a matrix workflow runs them: three shard jobs, each uploading its report as an artifact, then one job
  // that downloads them all (here: out/shards/K/) and merges them. Jobs of their own, so the comment marker
  // (workflow and job) is theirs, apart from the other tests' comments.
  const hosts = () => [host(ports.clean), host(ports.expired), host(ports.hostile)];
  const shardJob = { GITHUB_JOB: 'tls-shard' };
  const mergeJob = { GITHUB_JOB: 'tls-merge' };
  const shards: ActionRun[] = [];
  let merged: ActionRun;
  let writesByShards: number;
  let commentsBefore: number;

  beforeAll(async () => {
    commentsBefore = ourComments().length;
    const writesBefore = github.writes().length;
    for (const index of [1, 2, 3]) {
      shards.push(
        await runAction({
          hosts: hosts(),
          event: 'pull_request',
          env: shardJob,
          inputs: {
            shard: `${index}/3`,
            comment: 'always',
            'report-file': `out/shards/${index}/tls-gate-report.json`
          }
        })
      );
    }
    writesByShards = github.writes().length - writesBefore;
    merged = await runAction({
      hosts: [],
      event: 'pull_request',
      env: mergeJob,
      inputs: { merge: 'out/shards/*/tls-gate-report.json', comment: 'always', 'ca-file': '' }
    });
  }, 4 * ACTION_TIMEOUT_MS);

  it('scans each target in exactly one shard, and each shard report says which shard it is', async () => {
    const reports = await Promise.all(
      shards.map(async (run) => JSON.parse(await readFile(run.reportFile, 'utf8')))
    );
    const names = hosts();
    reports.forEach((report, i) => expect(report.shard).toEqual({ index: i + 1, count: 3, targets: names }));
    expect(reports.flatMap((r) => r.targets.map((t: { name: string }) => t.name)).sort()).toEqual(
      [...names].sort()
    );
    // A shard fails its step when one of its targets fails (the expired leaf does, whichever shard holds it).
    reports.forEach((report, i) => expect(shards[i]!.exitCode).toBe(report.verdict === 'fail' ? 1 : 0));
    expect(shards.some((run) => run.exitCode === 1)).toBe(true);
  });

  it('leaves the comment to the merge: the shard steps write nothing to GitHub and say which step will', () => {
    expect(writesByShards).toBe(0);
    for (const [i, run] of shards.entries()) {
      expect(run.stdout).toContain(
        `Shard ${i + 1}/3: the pull request comment and the issue are left to the step that merges the shards' reports`
      );
    }
  });

  it('merges the reports into one ordinary report of every target, with outputs, SARIF and one comment', async () => {
    expect(merged.exitCode).toBe(1);
    const report = JSON.parse(await readFile(merged.reportFile, 'utf8'));
    expect(report.shard).toBeUndefined();
    expect(report.targets.map((t: { name: string }) => t.name)).toEqual(hosts());
    expect(report.summary.targets).toBe(3);
    expect(report.verdict).toBe('fail');
    expect(merged.outputs.verdict).toBe('fail');
    expect(merged.outputs.errors).toBe(String(report.summary.errors));
    expect(JSON.parse(await readFile(merged.sarifFile, 'utf8')).version).toBe('2.1.0');
    expect(merged.summary).toContain(host(ports.expired));
    expect(ourComments().length).toBe(commentsBefore + 1);
    const comment = ourComments().at(-1)!;
    expect(comment.body).toContain(host(ports.expired));
    const errors = workflowCommands(merged.stdout).filter((c) => c.command === 'error');
    expect(errors.length).toBeGreaterThan(0);
  });

  it(
    'fails as a configuration error when a shard report is missing, naming the shard',
    async () => {
      const run = await runAction({
        hosts: [],
        event: 'pull_request',
        env: mergeJob,
        inputs: {
          merge: 'out/shards/1/tls-gate-report.json\nout/shards/3/tls-gate-report.json',
          comment: 'off',
          'ca-file': ''
        }
      });
      expect(run.exitCode).toBe(1);
      const errors = workflowCommands(run.stdout).filter((c) => c.command === 'error');
      expect(errors.some((c) => c.message.includes('shard 2/3 missing'))).toBe(true);
      expect(run.outputs.verdict).toBe('fail');
    },
    ACTION_TIMEOUT_MS
  );
});
