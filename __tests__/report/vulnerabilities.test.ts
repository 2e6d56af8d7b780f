// The vulnerability results in the outputs: the JSON schema holds them (and refuses a status it does not know),
// and the text report and the summary list each check that found a vulnerability, one line each, with the
// evidence (which may quote a server) made inert for the medium.
import { describe, expect, it } from '@jest/globals';
import type { TargetReport } from '../../src/model/report.js';
import { renderSummaryMarkdown } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { report, targetReport } from '../helpers/report-builders.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';

const HOSTILE = 'answered with "\u001b[31m<img src=x onerror=alert(1)>\n::error::x"';

function withVulnerabilities(): TargetReport {
  return targetReport({
    vulnerabilities: {
      heartbleed: { status: 'vulnerable', evidence: HOSTILE, reason: null, details: { returnedBytes: 4096 } },
      ccsInjection: { status: 'ok', evidence: 'unexpected_message', reason: null },
      fallbackScsv: { status: 'not-applicable', evidence: '', reason: 'one version only' },
      clientRenegotiation: { status: 'unknown', evidence: '', reason: 'silence proves neither' }
    },
    tlsFeatures: {
      extendedMasterSecret: true,
      encryptThenMac: null,
      downgradeSentinel: false,
      earlyData: null
    }
  });
}

describe('vulnerabilities in the report', () => {
  it('validate against the JSON schema', () => {
    expect(reportSchemaErrors(report([withVulnerabilities()]))).toEqual([]);
  });

  it('a status outside the four, or a check name nobody defined, does not validate', () => {
    const bad = withVulnerabilities();
    const wrong = {
      ...bad,
      vulnerabilities: { heartbleed: { status: 'potentially', evidence: '', reason: null } }
    };
    expect(reportSchemaErrors(report([wrong as unknown as TargetReport]))).not.toEqual([]);
    const unnamed = { ...bad, vulnerabilities: { bleed: { status: 'ok', evidence: '', reason: null } } };
    expect(reportSchemaErrors(report([unnamed as unknown as TargetReport]))).not.toEqual([]);
  });

  it('the text report has one line per vulnerable check, the evidence with controls made visible', () => {
    const text = renderText(report([withVulnerabilities()]));
    expect(text).toContain('Vulnerabilities: 1 of 4 checks found one');
    const line = text.split('\n').find((l) => l.includes('heartbleed:'))!;
    expect(line).not.toContain('\u001b');
    expect(text).not.toMatch(/^::error::/m);
    expect(text).not.toContain('ccsInjection:');
  });

  it('the summary lists the vulnerable check with its evidence escaped for Markdown', () => {
    const markdown = renderSummaryMarkdown(report([withVulnerabilities()]));
    expect(markdown).toContain('- `heartbleed`: ');
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('`ccsInjection`');
  });
});
