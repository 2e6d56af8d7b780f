// One case: the reply to one hello, a pure function of (seed, index, the hello, the captured flights). The
// family is drawn first, then the message mutations, the framing and the delivery.
import type { CertificateMaterial } from './asn1.js';
import { capturedReply, type CapturedFlight } from './capture.js';
import {
  alertReply,
  bannerReply,
  helloRetryRequest,
  sslv2Reply,
  tls12Flight,
  tls13Flight
} from './flights.js';
import { frame } from './framing.js';
import { mutateMessages } from './mutate.js';
import type { Offer } from './offer.js';
import { caseRandom, type Random } from './random.js';
import type { Reply } from './reply.js';

export type Delivery =
  | { kind: 'all' | 'end' | 'close-now' | 'silent' | 'reset-now' }
  | { kind: 'chunks'; sizes: number[] }
  | { kind: 'slow'; chunk: number; delayMs: number; budgetMs: number }
  | { kind: 'reset-after'; bytes: number };

export interface Case {
  index: number;
  bytes: Buffer;
  delivery: Delivery;
  labels: string[];
}

export interface CaseMaterial {
  certificates: CertificateMaterial;
  captured: CapturedFlight[];
}

function baseReply(random: Random, offer: Offer, material: CaseMaterial): Reply {
  const family = random.weighted({
    tls12: 30,
    tls13: 25,
    hrr: 6,
    sslv2: 4,
    alert: 5,
    banner: 4,
    captured: 20
  });
  if (offer.format === 'sslv2' && random.chance(0.7)) return sslv2Reply(random, material.certificates);
  switch (family) {
    case 'tls12':
      return tls12Flight(random, offer, material.certificates);
    case 'tls13':
      return offer.versions.includes(0x0304) || random.chance(0.2)
        ? tls13Flight(random, offer, material.certificates)
        : tls12Flight(random, offer, material.certificates);
    case 'hrr':
      return helloRetryRequest(random, offer);
    case 'sslv2':
      return sslv2Reply(random, material.certificates);
    case 'alert':
      return alertReply(random);
    case 'banner':
      return bannerReply(random);
    case 'captured':
      return (
        capturedReply(random, offer, material.captured) ?? tls12Flight(random, offer, material.certificates)
      );
  }
}

function delivery(random: Random, length: number): Delivery {
  const kind = random.weighted({
    all: 12,
    end: 4,
    chunks: 3,
    slow: 1,
    'reset-after': 2,
    'reset-now': 1,
    'close-now': 1,
    silent: 0.3
  });
  switch (kind) {
    case 'chunks':
      return { kind, sizes: Array.from({ length: random.between(2, 40) }, () => random.between(1, 3000)) };
    case 'slow':
      return {
        kind,
        chunk: random.between(1, 64),
        delayMs: random.between(5, 150),
        budgetMs: random.between(200, 3000)
      };
    case 'reset-after':
      return { kind, bytes: random.int(length + 1) };
    default:
      return { kind };
  }
}

export function buildCase(seed: string, index: number, offer: Offer, material: CaseMaterial): Case {
  const random = caseRandom(seed, index);
  const reply = baseReply(random, offer, material);
  mutateMessages(reply, random);
  const wire = frame(reply, random);
  const how = delivery(random, wire.bytes.length);
  reply.labels.push(`deliver:${how.kind}`);
  return { index, bytes: wire.bytes, delivery: how, labels: reply.labels };
}
