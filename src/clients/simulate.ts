// Client simulation on its own (`tls-gate diagnose`, tests): a profile's ClientHello through the engine's probe,
// then judged (judge.ts). Within a scan the client-simulation check records the outcomes and evaluate() judges
// them; both use the same handshake (scan/client-handshake.ts) and the same judgement.
import type { PolicyRules } from '../model/policy.js';
import type { ClientResult, TargetReport } from '../model/report.js';
import type { SimulatedClient } from '../scan/checks/index.js';
import { clientHandshake } from '../scan/client-handshake.js';
import { mapLimited } from '../scan/limiter.js';
import { runProbe } from '../scan/probe.js';
import type { Endpoint, ProbeLimits } from '../scan/probe-types.js';
import { profileHello } from './hello.js';
import { judgeClient, type DetailedClientResult } from './judge.js';
import { CLIENT_PROFILES } from './profiles/index.js';
import type { ClientProfile } from './profiles/types.js';

export type { DetailedClientResult } from './judge.js';

export interface SimulationOptions {
  /** The policy in force, so fixes stay within it. */
  rules?: PolicyRules | null;
  /** Profiles simulated at once against one target (default 4). */
  concurrency?: number;
}

/** A profile as the scan's client-simulation check takes it. */
export function simulatedClient(profile: ClientProfile): SimulatedClient {
  return {
    id: profile.id,
    groups: profile.groups,
    hello: (serverName, keyShareGroups) => profileHello(profile, serverName, keyShareGroups)
  };
}

/** Every profile, for the scan (`--clients`, or a policy that names clients). */
export const SIMULATED_CLIENTS: readonly SimulatedClient[] = CLIENT_PROFILES.map(simulatedClient);

/** Simulates one profile against a target. Never throws for anything the server does. */
export async function simulateClient(
  endpoint: Endpoint,
  target: TargetReport,
  profile: ClientProfile,
  limits: ProbeLimits,
  options: SimulationOptions = {}
): Promise<ClientResult> {
  return (await simulateClientDetailed(endpoint, target, profile, limits, options)).result;
}

/** simulateClient with the full diagnosis and the probe outcome (for `tls-gate diagnose`). */
export async function simulateClientDetailed(
  endpoint: Endpoint,
  target: TargetReport,
  profile: ClientProfile,
  limits: ProbeLimits,
  options: SimulationOptions = {}
): Promise<DetailedClientResult> {
  const probe = (spec: ReturnType<typeof profileHello>) => runProbe(endpoint, { kind: 'tls', spec }, limits);
  const outcome = await clientHandshake(probe, simulatedClient(profile), endpoint.sni);
  return judgeClient(profile, outcome, target, options.rules ?? null);
}

/** Simulates every profile (default: all of CLIENT_PROFILES) against one target, in profile order. */
export async function simulateClients(
  endpoint: Endpoint,
  target: TargetReport,
  limits: ProbeLimits,
  profiles: readonly ClientProfile[] = CLIENT_PROFILES,
  options: SimulationOptions = {}
): Promise<ClientResult[]> {
  return mapLimited(profiles, options.concurrency ?? 4, (profile) =>
    simulateClient(endpoint, target, profile, limits, options)
  );
}
