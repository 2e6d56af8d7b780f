// Protocol versions, their accepted cipher suites and the server's order (scan/suites.ts does the work): one
// check per version, all started together after first contact; SSLv2 has its own hello and its own check.
// The first TLS 1.1 hello answers for the older versions too: a server negotiates the highest version it has
// that is not above the client's, so a protocol_version alert to TLS 1.1 means it speaks neither TLS 1.0 nor
// SSLv3, and those two cost nothing more.
import { sslv2CipherKinds } from '../../registry/index.js';
import type { ProbeOutcome } from '../probe-types.js';
import {
  firstHello,
  scanVersion,
  versionHandshakeBudget,
  type TlsVersion,
  type VersionResult
} from '../suites.js';
import type { ScanCheck } from './check.js';
import { versionFact, type FactName } from './facts.js';

declare module './facts.js' {
  interface ScanFacts {
    /** The answer to the first TLS 1.1 enumeration hello, which also decides whether older versions are tried. */
    'tls11:first': ProbeOutcome;
  }
}

/** In the order their probes queue: TLS 1.3 first (it continues first contact), then oldest to newest. */
export const SCANNED_VERSIONS: readonly TlsVersion[] = ['TLSv1.3', 'SSLv3', 'TLSv1.0', 'TLSv1.1', 'TLSv1.2'];

/** Versions below TLS 1.1, tried only when the server did not refuse TLS 1.1's version outright. */
const BELOW_TLS11: readonly TlsVersion[] = ['SSLv3', 'TLSv1.0'];

const goesOn: ScanCheck['applies'] = async ({ facts }) => (await facts.get('contact'))?.goOn === true;

export const tls11FirstCheck: ScanCheck = {
  name: 'version TLSv1.1 first hello',
  needs: ['contact'],
  produces: ['tls11:first'],
  handshakeBudget: () => 1,
  applies: goesOn,
  async run({ ctx }) {
    return { 'tls11:first': await ctx.probe(firstHello(ctx, 'TLSv1.1')) };
  }
};

const isProtocolVersionAlert = (outcome: ProbeOutcome | undefined): boolean =>
  outcome?.kind === 'alert' && outcome.alert.description === 70;

/** A version the TLS 1.1 refusal already rules out: not supported, that refusal its one failure. */
function ruledOut(version: TlsVersion, refusal: ProbeOutcome): VersionResult {
  return {
    version,
    supported: false,
    suites: [],
    serverPreference: false,
    outcomes: [],
    failures: [refusal],
    unusable: [],
    retryGroup: null,
    groups: null,
    curvePicks: []
  };
}

export function versionCheck(version: TlsVersion): ScanCheck {
  const usesTls11First = version === 'TLSv1.1' || BELOW_TLS11.includes(version);
  return {
    name: `version ${version}`,
    needs: (usesTls11First ? ['contact', 'tls11:first'] : ['contact']) as FactName[],
    produces: [versionFact(version)],
    handshakeBudget: () => versionHandshakeBudget(version),
    applies: goesOn,
    async run({ ctx, facts }) {
      // The first-contact hello is exactly the first TLS 1.3 enumeration step, the TLS 1.1 first hello the
      // first TLS 1.1 step: their answers are reused.
      let initial: ProbeOutcome | undefined;
      if (version === 'TLSv1.3') initial = (await facts.get('contact'))?.outcome;
      if (usesTls11First) {
        const tls11 = await facts.get('tls11:first');
        if (version === 'TLSv1.1') initial = tls11;
        else if (tls11 && isProtocolVersionAlert(tls11))
          return { [versionFact(version)]: ruledOut(version, tls11) };
      }
      return { [versionFact(version)]: await scanVersion(ctx, version, initial) };
    }
  };
}

export const sslv2Check: ScanCheck = {
  name: 'version SSLv2',
  needs: ['contact'],
  produces: ['sslv2'],
  handshakeBudget: () => 1,
  applies: goesOn,
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
