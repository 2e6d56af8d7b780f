// What every policy starts from: no protocol, suite or group rules, but the certificate checks a gate must
// never skip (trust, hostname, chain, expiry) and unscannable targets counted as errors.
import { HSTS_DEFAULT_MIN_MAX_AGE, type PolicyRules } from '../model.js';

export function baseRules(): PolicyRules {
  return {
    protocols: { allowed: null, required: [] },
    cipherSuites: { allowed: null, denied: [], deniedClasses: [], required: [] },
    serverPreference: 'any',
    keyExchange: { allowedGroups: null, minDhBits: null, minEcdhBits: null },
    certificates: {
      expiry: { warnDays: 30, failDays: 7, warnFraction: 1 / 3, failFraction: 1 / 10, combine: 'either' },
      maxLifetimeDays: null,
      lifetimeSchedule: null,
      lifetimeForPrivateCa: false,
      allowedKeyTypes: null,
      minRsaBits: null,
      minEcBits: null,
      allowedCurves: null,
      allowedSignatureAlgorithms: null,
      mustBeTrusted: true,
      hostnameMustMatch: true,
      chainMustBeComplete: true,
      chainMustBeOrdered: true,
      ocspStapling: 'off'
    },
    targets: { unreachable: 'error', notTls: 'error', error: 'error' },
    clients: { mustConnect: [], mustNotConnect: [] },
    resumption: { sessionId: 'any', tickets: 'any', acrossAddresses: 'any' },
    http: { hstsMinMaxAge: HSTS_DEFAULT_MIN_MAX_AGE },
    severity: {},
    waivers: [],
    userWritten: []
  };
}
