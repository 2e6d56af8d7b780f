// Client simulation, when asked for, on a target that completed a TLS handshake: each client's ClientHello
// through the target's limiter and within its deadline. Only the outcomes are recorded here; whether a client
// "connects", why not and how to fix it is judged later from these facts (src/clients, from evaluate()).
import { clientHandshake } from '../client-handshake.js';
import type { ScanCheck } from './check.js';

/** A HelloRetryRequest costs a second hello. */
const HANDSHAKES_PER_CLIENT = 2;

export const clientsCheck: ScanCheck = {
  name: 'client simulation',
  needs: ['handshake'],
  produces: ['clients'],
  handshakeBudget: ({ options, target }) =>
    HANDSHAKES_PER_CLIENT * (options.clientsFor?.(target).length ?? 0),
  // The report's `handshakes` counts the configuration scan's probes only (as it always has).
  countsHandshakes: false,
  // The clients' outcomes are judged once per target: simulated against the pool's first address only.
  perPool: true,
  applies: async ({ options, target, facts }) =>
    (options.clientsFor?.(target).length ?? 0) > 0 && (await facts.get('handshake'))?.ok === true,
  async run({ ctx, options, target }) {
    const clients = options.clientsFor?.(target) ?? [];
    const outcomes = await Promise.all(
      clients.map(async (client) => ({
        id: client.id,
        outcome: await clientHandshake((spec) => ctx.probe({ kind: 'tls', spec }), client, ctx.endpoint.sni)
      }))
    );
    return { clients: outcomes };
  }
};
