// A client profile as the offer src/diagnose reasons about (diagnose keeps the ClientOffer type; the mapping
// from a profile lives here, with the profiles).
import type { ClientOffer } from '../diagnose/offer.js';
import type { ClientProfile } from './profiles/types.js';

export function offerFromProfile(profile: ClientProfile): ClientOffer {
  return {
    name: profile.id,
    versions: [...profile.versions],
    cipherSuites: [...profile.cipherSuites],
    groups: [...profile.groups],
    signatureAlgorithms: [...profile.signatureAlgorithms],
    sni: profile.sni
  };
}
