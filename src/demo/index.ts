// `tls-gate demo`: scan a handful of local servers with typical defects, through the same gate the action
// runs (pipeline, default policy, report files, summary), print the text report and say what the gate would
// decide. It exits 0: the failures are the point of the demo.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runGate, writeReportFiles, type GateSettings, type Pipeline } from '../action/gate.js';
import { isConfigurationError } from '../errors.js';
import { renderSummaryMarkdown } from '../report/summary.js';
import { runSettings } from '../settings/index.js';
import { renderText } from '../report/text.js';
import { finishedTargetLine } from '../report/progress-line.js';
import { visibleControls } from '../report/escape.js';
import type { Target } from '../model/report.js';
import { startDemoServers } from './servers.js';

export interface DemoOptions {
  /** Folder for the outputs; a new temporary folder when not given. */
  outDir?: string;
  write: (text: string) => void;
  color?: boolean;
  /** Test seam: the pipeline to run instead of the real one, to make the run fail as only a bug would. */
  pipeline?: Pipeline;
}

export async function runDemo(options: DemoOptions): Promise<number> {
  const { write } = options;
  const outDir = options.outDir ? resolve(options.outDir) : await mkdtemp(join(tmpdir(), 'tls-gate-demo-'));
  await mkdir(outDir, { recursive: true });
  write('tls-gate demo: starting local TLS servers on 127.0.0.1...\n');
  const demo = await startDemoServers();
  try {
    // The targets file of the demo: findings and SARIF results point at its lines, as they would at a
    // targets file or workflow in a repository.
    const targetsFile = join(outDir, 'targets.txt');
    await writeFile(
      targetsFile,
      demo.servers.map((s) => `${s.host}:${s.port}  # ${s.defect}`).join('\n') + '\n'
    );
    const caFile = join(outDir, 'demo-root-ca.pem');
    await writeFile(caFile, demo.rootPem);
    const targets: Target[] = demo.servers.map((server, index) => ({
      name: server.host,
      host: server.host,
      port: server.port,
      address: '127.0.0.1',
      sni: server.host,
      source: { file: 'targets.txt', line: index + 1 }
    }));
    for (const server of demo.servers) write(`  ${server.host}:${server.port}  ${server.defect}\n`);
    write('\n');

    // The action's defaults (the shared table), as the demo shows what the action would do.
    const settings: GateSettings = {
      ...runSettings({ targets, policyBaseDir: outDir, caFile }),
      reportFile: join(outDir, 'tls-gate-report.json'),
      sarifFile: join(outDir, 'tls-gate.sarif'),
      workflowFile: 'targets.txt'
    };
    const result = await runGate(
      settings,
      {
        onTargetDone: (target, done, total) =>
          write(`  ${visibleControls(finishedTargetLine(target, done, total))}\n`)
      },
      options.pipeline
    );
    if (result.runError) {
      // The demo's failures are the point, but a bug is not one of them: the CLI reports it as a bug (exit 3).
      if (!isConfigurationError(result.runError)) throw result.runError;
      write(`\nThe scan could not complete: ${result.runError.describe()}\n`);
    }
    write('\n' + renderText(result.report, { color: options.color ?? false }) + '\n');
    await writeReportFiles(result.report, settings);
    const summaryFile = join(outDir, 'summary.md');
    await writeFile(summaryFile, renderSummaryMarkdown(result.report, { runUrl: '', maxBytes: 1024 * 1024 }));

    write(`\nWritten to ${outDir}:\n`);
    write('  summary.md            the job summary the action writes\n');
    write('  tls-gate-report.json  the JSON report\n');
    write('  tls-gate.sarif        SARIF 2.1.0 for code scanning\n');
    const { summary } = result.report;
    const verdict = result.failed ? 'FAIL: the step would fail' : 'PASS: the step would pass';
    write(
      `\nGate verdict: ${verdict} (${summary.errors} errors, ${summary.warnings} warnings; fail-on: ${settings.failOn}).\n`
    );
    return 0;
  } finally {
    await demo.close();
  }
}
