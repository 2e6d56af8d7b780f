// Client compatibility: real clients' default offers (profiles), their simulation against a target, and the
// policy's `clients: { must-connect, must-not-connect }` check.
export { CLIENT_PROFILES, profileById } from './profiles/index.js';
export type { ClientProfile } from './profiles/types.js';
export { profileHello } from './hello.js';
export {
  simulateClient,
  simulateClientDetailed,
  simulateClients,
  type DetailedClientResult,
  type SimulationOptions
} from './simulate.js';
export { evaluateClients, CLIENT_PROFILE_IDS, MOZILLA_OLDEST_CLIENTS, type ClientRules } from './evaluate.js';
