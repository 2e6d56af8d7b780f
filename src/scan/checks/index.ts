// The scan checks, in the order their probes queue on the per-target limiter (dependencies permitting). A new
// check is a file in this folder and one entry here; see docs/engine.md, "How to add a scan check".
import { certificateAnalysisCheck, certificateCaptureCheck } from './certificates.js';
import { chainDiagnosisCheck } from './chain-diagnosis.js';
import type { ScanCheck } from './check.js';
import { clientsCheck } from './clients.js';
import { contactCheck } from './contact.js';
import { keyExchangeCheck, legacyGroupsCheck, tls13GroupsCheck } from './groups.js';
import { protocolsCheck } from './protocols.js';
import { resumptionCheck } from './resumption.js';
import { SCANNED_VERSIONS, sslv2Check, tls11FirstCheck, versionCheck } from './versions.js';
import { robotCheck } from './vuln-robot.js';
import { hstsCheck } from './vuln-hsts.js';
import { derivedVulnerabilitiesCheck } from './vuln-derived.js';
import { tlsFeaturesCheck } from './vuln-features.js';
import { earlyDataCheck } from './vuln-early-data.js';
import { VULNERABILITY_PROBE_CHECKS } from './vuln-probes.js';

export const SCAN_CHECKS: readonly ScanCheck[] = [
  contactCheck,
  tls11FirstCheck,
  ...SCANNED_VERSIONS.map(versionCheck),
  sslv2Check,
  tls13GroupsCheck,
  legacyGroupsCheck,
  certificateCaptureCheck,
  protocolsCheck,
  keyExchangeCheck,
  certificateAnalysisCheck,
  chainDiagnosisCheck,
  resumptionCheck,
  clientsCheck,
  ...VULNERABILITY_PROBE_CHECKS,
  robotCheck,
  hstsCheck,
  derivedVulnerabilitiesCheck,
  earlyDataCheck,
  tlsFeaturesCheck
];

export type { CheckInput, CheckRun, FactReader, ScanCheck } from './check.js';
export type { ClientOutcome, FactName, ScanFacts, SimulatedClient } from './facts.js';
export { CheckGraphError, orderChecks } from './order.js';
export { runChecks } from './run.js';
