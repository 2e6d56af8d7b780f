// Remediation: every server-configuration line (nginx, Apache httpd, HAProxy) and every reproduce command
// (openssl s_client, curl) tls-gate writes, each concept once. Policy findings, diagnoses and client findings
// take their fixes from here; the outputs lay them out with fixBlocks.
export type { PolicyRules } from './policy-rules.js';
export { suiteIsInClass, classesOf } from './cipher-classes.js';
export { opensslGroupName, groupBits, isFfdheGroup } from './groups.js';
export {
  suiteRejection,
  permittedSuites,
  permittedProtocols,
  permittedGroups,
  groupLargeEnough
} from './permitted.js';
export { needsSeclevel0, cipherString } from './seclevel.js';
export { protocolFix, cipherFix, orderFix, groupFix, dhFix } from './policy-fix.js';
export { staplingFix, certificateFix, targetFix } from './advice.js';
export { chainFix, fullChainFix, renewedCertificateFix, secondCertificateFix } from './certificate-files.js';
export {
  NO_CHANGE,
  DH_PARAM_FILE,
  currentProtocols,
  currentTls12Ciphers,
  currentTls13Ciphers,
  currentGroups,
  opensslSuiteName,
  renderServerChange,
  type ServerChange
} from './server-change.js';
export { shellQuote } from './shell.js';
export type { Endpoint } from './endpoint.js';
export {
  reproduceProtocol,
  reproduceSuite,
  reproduceGroup,
  reproduceDh,
  reproduceOrder,
  reproduceCertificate,
  reproduceVerify,
  reproduceStapling,
  reproduceReachability,
  reproduceReconnect,
  reproduceResumptionAcross,
  reproduceEarlyData
} from './reproduce.js';
export { opensslCommand, curlCommand, type OfferedLists } from './client-reproduce.js';
export { robotFix, hstsFix, reproduceHsts } from './vulnerability-fix.js';
export { fixBlocks, type FixBlock, type ServerSoftware } from './fix-blocks.js';
export {
  SESSION_ID_SWITCH,
  SESSION_TICKET_SWITCH,
  SHARED_TICKET_KEYS_FIX,
  type ResumptionSwitch
} from './resumption.js';
export { vulnerabilityFix } from './vulnerabilities.js';
export { earlyDataFix } from './early-data.js';
