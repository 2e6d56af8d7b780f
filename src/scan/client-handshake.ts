// One simulated client's handshake: its ClientHello, and a HelloRetryRequest answered the way the client would
// (a share for the asked group, when the client supports it). The outcome is a fact; src/clients judges it.
import type { ClientHelloSpec } from '../wire/client-hello-spec.js';
import type { SimulatedClient } from './checks/facts.js';
import type { ProbeOutcome } from './probe-types.js';

export async function clientHandshake(
  probe: (spec: ClientHelloSpec) => Promise<ProbeOutcome>,
  client: SimulatedClient,
  serverName: string | null
): Promise<ProbeOutcome> {
  const outcome = await probe(client.hello(serverName));
  if (outcome.kind !== 'hello-retry' || !client.groups.includes(outcome.group)) return outcome;
  // A real client continues on the same connection; the server decides the same way on a fresh one when the
  // first hello already carries the share it asked for.
  return probe(client.hello(serverName, [outcome.group]));
}
