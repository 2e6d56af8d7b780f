// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif). Endpoints are not source files, so each
// result is located at the line that names its target (targets file or workflow `hosts`), else at line 1 of the
// workflow file. upload-sarif cannot fingerprint such results from source text, so each carries its own
// partialFingerprints: a hash of the rule, the endpoint and the finding's stable evidence, never of line numbers,
// dates or day counts, so the same finding on the same target keeps its alert across runs.

import { createHash } from 'node:crypto';
import { findingPlace } from './pool.js';

import { RULE_LIST, type RuleInfo } from '../policy/rules.js';
import { plainText } from './escape.js';
import { TOOL_INFORMATION_URI, ruleHelpUri } from './links.js';
import { findingsWorstFirst, targetLabel } from './digest.js';
import type { Finding, Report, Severity, TargetReport } from '../model/report.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The key under partialFingerprints; bump the version if the hashed material ever changes. */
export const FINGERPRINT_KEY = 'tlsGateFinding/v1';

export interface SarifOptions {
  /** Repository-relative workflow file, for results whose target has no source location. */
  workflowFile: string;
  /** Rule metadata; default the policy's rule table. */
  rules?: readonly RuleInfo[];
  /** driver.informationUri, and the base of each rule's helpUri; default the tool's repository. */
  informationUri?: string;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note'
};

/** GitHub maps security-severity to critical (9+), high (7+), medium (4+) and low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.5', warning: '5.0', notice: '2.0' };

/**
 * Evidence keys whose values change from run to run without the finding changing: dates and day counts, and
 * free text (error messages quote timings, addresses and whatever a server said).
 */
const VOLATILE_KEY =
  /(day|date|time|until|remaining|expir|notbefore|notafter|^now$|age$|duration|elapsed|ms$|seconds|handshakes|^message$|^error$)/i;

/** Canonical, order-independent text of the evidence without volatile parts (dates, day counts, fractions). */
export function stableEvidenceKey(evidence: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value).sort()) {
        if (VOLATILE_KEY.test(key)) continue;
        out[key] = canonical((value as Record<string, unknown>)[key]);
      }
      return out;
    }
    if (typeof value === 'number' && !Number.isInteger(value)) return null;
    return value ?? null;
  };
  return JSON.stringify(canonical(evidence ?? {}));
}

export function findingFingerprint(target: Pick<TargetReport, 'host' | 'port'>, finding: Finding): string {
  const material = [
    finding.rule,
    `${target.host.toLowerCase()}:${target.port}`,
    stableEvidenceKey(finding.evidence)
  ].join('\n');
  return createHash('sha256').update(material).digest('hex');
}

/** Repository-relative URI: forward slashes, no leading "./". */
function artifactUri(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function categoryOf(ruleId: string): string {
  return ruleId.split('.')[0] ?? ruleId;
}

function ruleDescriptor(
  id: string,
  info: RuleInfo | undefined,
  observedSeverity: Severity,
  informationUri: string
) {
  const severity = info?.severity ?? observedSeverity;
  const title = info?.title ?? id;
  const trigger = info?.trigger ?? `Findings of rule ${id}.`;
  const help = info
    ? `${trigger}${info.policyKey ? ` Policy key: ${info.policyKey}.` : ''} The job summary lists the server settings that fix each finding and a command that reproduces it.`
    : trigger;
  return {
    id,
    name: id
      .split(/[.-]/)
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(''),
    shortDescription: { text: plainText(title, 1024) },
    fullDescription: { text: plainText(trigger, 1024) },
    help: { text: plainText(help), markdown: help },
    // Only rules of the table have a row (and an anchor) in the README; a custom rule links to nothing.
    ...(info ? { helpUri: ruleHelpUri(id, informationUri) } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[severity],
      // A set: the tls.* rules' category is "tls" itself, and SARIF requires the tags to be unique.
      tags: [...new Set(['security', 'tls', categoryOf(id)])],
      precision: 'very-high'
    }
  };
}

export function renderSarif(report: Report, options: SarifOptions) {
  const ruleTable = options.rules ?? RULE_LIST;
  const ruleInfo = new Map(ruleTable.map((info) => [info.id, info]));
  const located = findingsWorstFirst(report);

  // Every known rule, then any id the findings use that the table does not know (custom or newer rules).
  const ruleIds: string[] = ruleTable.map((info) => info.id);
  const observed = new Map<string, Severity>();
  for (const { finding } of located) {
    if (!observed.has(finding.rule)) observed.set(finding.rule, finding.severity);
    if (!ruleInfo.has(finding.rule) && !ruleIds.includes(finding.rule)) ruleIds.push(finding.rule);
  }
  const informationUri = options.informationUri ?? TOOL_INFORMATION_URI;
  const rules = ruleIds.map((id) =>
    ruleDescriptor(id, ruleInfo.get(id), observed.get(id) ?? 'warning', informationUri)
  );
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));

  const results = located.map(({ target, finding }) => {
    const file = target.source?.file ? artifactUri(target.source.file) : artifactUri(options.workflowFile);
    const line = target.source?.file && target.source.line >= 1 ? target.source.line : 1;
    return {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule)!,
      level: SARIF_LEVEL[finding.severity],
      message: { text: plainText(finding.message + findingPlace(finding)) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
            region: { startLine: line }
          },
          logicalLocations: [{ name: plainText(`${target.host}:${target.port}`, 300), kind: 'resource' }]
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(target, finding) },
      properties: {
        target: plainText(targetLabel(target), 300),
        endpoint: plainText(`${target.host}:${target.port}`, 300),
        ...(finding.waiver ? { waived: true } : {})
      }
    };
  });

  const driver: Record<string, unknown> = {
    name: report.tool.name,
    version: report.tool.version,
    semanticVersion: /^\d+\.\d+\.\d+/.test(report.tool.version) ? report.tool.version : undefined,
    informationUri,
    rules
  };
  if (driver.semanticVersion === undefined) delete driver.semanticVersion;

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: { driver },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt
          }
        ],
        results
      }
    ]
  };
}
