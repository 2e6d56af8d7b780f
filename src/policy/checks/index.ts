// The policy's checkers, one concern each: each reads a target's scan results and the rules and returns the
// findings for its rules. evaluate.ts runs them (checkTarget) and applies overrides and waivers.
export { checkStatus } from './status.js';
export { checkIncomplete, withoutAbsenceFindings } from './incomplete.js';
export { checkProtocols } from './protocols.js';
export { checkSuites } from './suites.js';
export { checkOrder } from './order.js';
export { checkKeyExchange } from './key-exchange.js';
export { checkCertificate } from './certificate/index.js';
export { checkAddressConsistency } from './address.js';
export { checkRobot } from './vuln-robot.js';
export { checkHsts } from './http-hsts.js';
export { checkEarlyData } from './early-data.js';
export { checkVulnerabilities } from './vulnerabilities.js';
