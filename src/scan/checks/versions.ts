// Protocol versions, their accepted cipher suites and the server's order (scan/suites.ts does the work): one
// check per version, all started together after first contact; SSLv2 has its own hello and its own check.
import { sslv2CipherKinds } from '../../registry/index.js';
import { scanVersion, versionHandshakeBudget, type TlsVersion } from '../suites.js';
import type { ScanCheck } from './check.js';
import { versionFact } from './facts.js';

/** In the order their probes queue: TLS 1.3 first (it continues first contact), then oldest to newest. */
export const SCANNED_VERSIONS: readonly TlsVersion[] = ['TLSv1.3', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];

export function versionCheck(version: TlsVersion): ScanCheck {
  return {
    name: `version ${version}`,
    needs: ['contact'],
    produces: [versionFact(version)],
    handshakeBudget: () => versionHandshakeBudget(version),
    applies: async ({ facts }) => (await facts.get('contact'))?.goOn === true,
    async run({ ctx, facts }) {
      // The first-contact hello is exactly the first TLS 1.3 enumeration step: its answer is reused.
      const initial = version === 'TLSv1.3' ? (await facts.get('contact'))?.outcome : undefined;
      return { [versionFact(version)]: await scanVersion(ctx, version, initial) };
    }
  };
}

export const sslv2Check: ScanCheck = {
  name: 'version SSLv2',
  needs: ['contact'],
  produces: ['sslv2'],
  handshakeBudget: () => 1,
  applies: async ({ facts }) => (await facts.get('contact'))?.goOn === true,
  async run({ ctx }) {
    const cipherSpecs = sslv2CipherKinds().map((kind) => kind.code);
    const outcome = await ctx.probe({ kind: 'sslv2', spec: { version: 0x0002, cipherSpecs } });
    const kinds =
      outcome.kind === 'accepted' && outcome.version === 'SSLv2'
        ? (outcome.sslv2CipherKinds ?? [outcome.cipherSuite])
        : [];
    return { sslv2: { outcome, kinds } };
  }
};
