// The report formats of `tls-gate scan --format`: one renderer of src/report/ each, so a CI that is not GitHub
// gets the same judgement in the form it reads (JUnit XML for test views, GitLab Code Quality, SARIF).
import { renderGitlabCodeQuality } from '../report/gitlab.js';
import { renderJson } from '../report/json.js';
import { renderJunit } from '../report/junit.js';
import { renderSarif } from '../report/sarif.js';
import { renderSummaryMarkdown } from '../report/summary.js';
import { renderText } from '../report/text.js';
import { inertJson } from '../report/escape.js';
import type { Report } from '../model/report.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit', 'gitlab'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderContext {
  /** Colour the text report (a terminal reads it). */
  color: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * Where SARIF and Code Quality locate a finding whose target was named on the command line (a targets file's
 * targets carry their own file and line): the CI configuration that runs the command, as GitLab names it in
 * CI_CONFIG_PATH, else GitLab's default file name.
 */
export function commandLineTargetsFile(env: RenderContext['env']): string {
  return env.CI_CONFIG_PATH?.trim() || '.gitlab-ci.yml';
}

export function renderReport(report: Report, format: ReportFormat, context: RenderContext): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderSummaryMarkdown(report);
    case 'sarif':
      return `${inertJson(renderSarif(report, { workflowFile: commandLineTargetsFile(context.env) }), 2)}\n`;
    case 'junit':
      return renderJunit(report);
    case 'gitlab':
      return renderGitlabCodeQuality(report, { defaultFile: commandLineTargetsFile(context.env) });
    case 'text':
      return renderText(report, { color: context.color });
  }
}
