// certificate.weak-key (any sent certificate but the anchor below min-rsa-bits / min-ec-bits) and
// certificate.key-type-not-allowed (the leaf's key type or curve outside the allowed lists).
import type { CertificateInfo, Finding } from '../../../model/report.js';
import type { PolicyRules } from '../../model.js';
import { list } from '../finding.js';
import { certFinding, isRootLike, type CertificateCheck } from './context.js';

function isWeak(cert: CertificateInfo, c: PolicyRules['certificates']): boolean {
  if ((cert.keyType === 'RSA' || cert.keyType === 'DSA') && c.minRsaBits !== null)
    return (cert.keyBits ?? 0) < c.minRsaBits;
  if (cert.keyType === 'EC' && c.minEcBits !== null) return (cert.keyBits ?? 0) < c.minEcBits;
  return false;
}

export function checkKeyStrength(check: CertificateCheck): Finding[] {
  const c = check.rules.certificates;
  const weakKeys = check.cert.chain.filter((cc, i) => !(i > 0 && isRootLike(cc)) && isWeak(cc, c));
  if (weakKeys.length === 0) return [];
  const names = weakKeys.map((k) => `${k.subject} (${k.keyType} ${k.keyBits ?? '?'} bits)`);
  return [
    certFinding(
      check,
      'certificate.weak-key',
      'error',
      `${check.t.name} sends ${weakKeys.length === 1 ? 'a certificate' : 'certificates'} with a weak key: ${list(names)}.`,
      {
        certificates: weakKeys.map((k) => ({ subject: k.subject, keyType: k.keyType, keyBits: k.keyBits })),
        minRsaBits: c.minRsaBits,
        minEcBits: c.minEcBits
      }
    )
  ];
}

export function checkKeyType(check: CertificateCheck): Finding[] {
  const { leaf } = check;
  const c = check.rules.certificates;
  const typeAllowed = !c.allowedKeyTypes || c.allowedKeyTypes.includes(leaf.keyType);
  const curveAllowed =
    leaf.keyType !== 'EC' ||
    !c.allowedCurves ||
    (leaf.curve !== null && c.allowedCurves.includes(leaf.curve));
  if (typeAllowed && curveAllowed) return [];
  const what = typeAllowed
    ? `an EC key on ${leaf.curve ?? 'an unknown curve'} (allowed curves: ${list(c.allowedCurves ?? [])})`
    : `a ${leaf.keyType} key (allowed: ${list(c.allowedKeyTypes ?? [])})`;
  return [
    certFinding(
      check,
      'certificate.key-type-not-allowed',
      'error',
      `${check.t.name} serves a certificate with ${what}.`,
      {
        subject: leaf.subject,
        keyType: leaf.keyType,
        curve: leaf.curve,
        allowedKeyTypes: c.allowedKeyTypes,
        allowedCurves: c.allowedCurves
      }
    )
  ];
}
