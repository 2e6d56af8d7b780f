// Builds DER OCSP responses for tests (`openssl s_server -status_file`, staple parsing), signed by the issuing CA
// itself (RFC 6960 section 4.2.2.2 allows the CA as responder).
import { createHash, createPrivateKey, sign, X509Certificate } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate } from '@peculiar/asn1-x509';
import {
  BasicOcspResponse,
  CertId,
  CertStatus,
  ID_PKIX_OCSP_BASIC,
  OcspResponse,
  OcspResponseStatus,
  ResponderId,
  ResponseBytes,
  ResponseData,
  RevokedInfo,
  SingleResponse,
  SingleResponses
} from '../certs/ocsp-asn1.js';
import type { TestCertificate } from './pki.js';

export interface OcspResponseOptions {
  /** The certificate the response is about, and its issuer (which also signs the response). */
  certificate: TestCertificate;
  issuer: TestCertificate;
  status: 'good' | 'revoked' | 'unknown';
  thisUpdate?: Date;
  /** null: no nextUpdate field. Default thisUpdate + 7 days. */
  nextUpdate?: Date | null;
  revocationTime?: Date;
  /** Not 'successful': a response without responseBytes (e.g. tryLater). */
  responseStatus?: keyof typeof OcspResponseStatus;
}

const SHA1 = '1.3.14.3.2.26';

function signatureAlgorithmFor(issuer: TestCertificate): {
  oid: string;
  hash: string | null;
  nullParams: boolean;
} {
  switch (issuer.key.spec.type) {
    case 'rsa':
      return { oid: '1.2.840.113549.1.1.11', hash: 'sha256', nullParams: true };
    case 'ec':
      return { oid: '1.2.840.10045.4.3.2', hash: 'sha256', nullParams: false };
    case 'ed25519':
      return { oid: '1.3.101.112', hash: null, nullParams: false };
  }
}

const NULL_DER = new Uint8Array([0x05, 0x00]).buffer;

export function createOcspResponse(options: OcspResponseOptions): Buffer {
  const responseStatus = OcspResponseStatus[options.responseStatus ?? 'successful'];
  if (responseStatus !== OcspResponseStatus.successful) {
    return Buffer.from(AsnConvert.serialize(new OcspResponse({ responseStatus })));
  }
  const issuerCert = AsnConvert.parse(options.issuer.der, Certificate);
  const issuerNameDer = Buffer.from(AsnConvert.serialize(issuerCert.tbsCertificate.subject));
  const issuerKeyBits = Buffer.from(issuerCert.tbsCertificate.subjectPublicKeyInfo.subjectPublicKey);
  const sha1 = (data: Buffer) => {
    const digest = createHash('sha1').update(data).digest();
    return digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength);
  };
  const serial = Buffer.from(new X509Certificate(options.certificate.der).serialNumber, 'hex');

  const thisUpdate = options.thisUpdate ?? new Date(Date.now() - 3_600_000);
  const nextUpdate =
    options.nextUpdate === null
      ? undefined
      : (options.nextUpdate ?? new Date(thisUpdate.getTime() + 7 * 86_400_000));
  const certStatus =
    options.status === 'good'
      ? new CertStatus({ good: null })
      : options.status === 'revoked'
        ? new CertStatus({
            revoked: new RevokedInfo({ revocationTime: options.revocationTime ?? thisUpdate })
          })
        : new CertStatus({ unknown: null });
  const single = new SingleResponse({
    certId: new CertId({
      hashAlgorithm: new AlgorithmIdentifier({ algorithm: SHA1, parameters: NULL_DER }),
      issuerNameHash: sha1(issuerNameDer),
      issuerKeyHash: sha1(issuerKeyBits),
      serialNumber: serial.buffer.slice(serial.byteOffset, serial.byteOffset + serial.byteLength)
    }),
    certStatus,
    thisUpdate,
    nextUpdate
  });
  const tbs = new ResponseData({
    responderId: new ResponderId({ byKey: sha1(issuerKeyBits) }),
    producedAt: thisUpdate,
    responses: new SingleResponses([single])
  });
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const algorithm = signatureAlgorithmFor(options.issuer);
  const signature = sign(algorithm.hash, tbsDer, createPrivateKey(options.issuer.keyPem));
  const basic = new BasicOcspResponse({
    tbsResponseData: tbs,
    signatureAlgorithm: new AlgorithmIdentifier({
      algorithm: algorithm.oid,
      parameters: algorithm.nullParams ? NULL_DER : undefined
    }),
    signature: signature.buffer.slice(signature.byteOffset, signature.byteOffset + signature.byteLength)
  });
  const response = new OcspResponse({
    responseStatus,
    responseBytes: new ResponseBytes({
      responseType: ID_PKIX_OCSP_BASIC,
      response: AsnConvert.serialize(basic)
    })
  });
  return Buffer.from(AsnConvert.serialize(response));
}
