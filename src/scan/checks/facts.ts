// The facts scan checks hand each other, by name. A check declares the facts it needs and the ones it produces;
// the engine orders checks by them (order.ts). A new check adds its facts to ScanFacts from its own file
// (declaration merging: `declare module './facts.js' { interface ScanFacts { ... } }`), not here.
import type { CertificateReport, ResumptionReport } from '../../model/report.js';
import type { ClientHelloSpec } from '../../wire/client-hello-spec.js';
import type { CapturedCertificates } from '../certificates.js';
import type { GroupResult } from '../groups.js';
import type { ProbeOutcome } from '../probe-types.js';
import type { TlsVersion, VersionResult } from '../suites.js';

/** The answer to the first ClientHello, and whether the target is a TLS server the scan can go on with. */
export interface FirstContact {
  outcome: ProbeOutcome;
  /** false when the target is unreachable, silent or not TLS (the report already says so). */
  goOn: boolean;
}

export interface Sslv2Result {
  outcome: ProbeOutcome;
  /** SSLv2 cipher kinds the server listed, empty when it does not speak SSLv2. */
  kinds: number[];
}

/** A client to simulate, as the scan needs it: src/clients maps its profiles to this shape. */
export interface SimulatedClient {
  id: string;
  /** The client's first ClientHello; with `keyShareGroups`, the one it sends after a HelloRetryRequest. */
  hello(serverName: string | null, keyShareGroups?: number[]): ClientHelloSpec;
  /** supported_groups: a HelloRetryRequest for one of these is answered, any other ends the handshake. */
  groups: readonly number[];
}

/** What the server answered one simulated client: the raw fact that src/clients judges. */
export interface ClientOutcome {
  id: string;
  outcome: ProbeOutcome;
}

type VersionFacts = { [V in TlsVersion as `version:${V}`]: VersionResult };

export interface ScanFacts extends VersionFacts {
  contact: FirstContact;
  sslv2: Sslv2Result;
  /** Some version (SSLv2 included) completed a handshake; when not, the report says why. */
  handshake: { ok: boolean; tls13: boolean };
  'groups:TLSv1.3': GroupResult;
  /** The TLS 1.2 (or older) ECDHE curves. */
  'groups:legacy': GroupResult;
  'certificates:captured': CapturedCertificates;
  certificate: CertificateReport;
  resumption: ResumptionReport;
  clients: ClientOutcome[];
}

export type FactName = keyof ScanFacts;

export const versionFact = <V extends TlsVersion>(version: V): `version:${V}` => `version:${version}`;
