// Client compatibility: real clients' default offers (profiles), their simulation against a target, the
// judgement of the outcomes and the policy's `clients: { must-connect, must-not-connect }` check.
export { CLIENT_PROFILES, profileById } from './profiles/index.js';
export type { ClientProfile } from './profiles/types.js';
export { profileHello } from './hello.js';
export { offerFromProfile } from './offer.js';
export {
  simulateClient,
  simulateClientDetailed,
  simulateClients,
  simulatedClient,
  SIMULATED_CLIENTS,
  type SimulationOptions
} from './simulate.js';
export { judgeClient, judgeClients, type DetailedClientResult } from './judge.js';
export { evaluateClients, CLIENT_PROFILE_IDS, MOZILLA_OLDEST_CLIENTS, type ClientRules } from './evaluate.js';
