// ASN.1 schema of OCSP responses (RFC 6960 section 4.2.1), declared with @peculiar/asn1-schema so that the library
// does the DER work: no hand-written parser. Only what a stapled response needs: status and validity per
// certificate. Shared by the staple reader (ocsp.ts) and the test PKI's response builder.
import 'reflect-metadata';
import {
  AsnArray,
  AsnIntegerArrayBufferConverter,
  AsnProp,
  AsnPropTypes,
  AsnType,
  AsnTypeTypes
} from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Certificate, Extension, Name } from '@peculiar/asn1-x509';

export const ID_PKIX_OCSP_BASIC = '1.3.6.1.5.5.7.48.1.1';

export enum OcspResponseStatus {
  successful = 0,
  malformedRequest = 1,
  internalError = 2,
  tryLater = 3,
  sigRequired = 5,
  unauthorized = 6
}

export class CertId {
  @AsnProp({ type: AlgorithmIdentifier })
  hashAlgorithm = new AlgorithmIdentifier();

  @AsnProp({ type: AsnPropTypes.OctetString })
  issuerNameHash = new ArrayBuffer(0);

  @AsnProp({ type: AsnPropTypes.OctetString })
  issuerKeyHash = new ArrayBuffer(0);

  @AsnProp({ type: AsnPropTypes.Integer, converter: AsnIntegerArrayBufferConverter })
  serialNumber = new ArrayBuffer(0);

  constructor(params: Partial<CertId> = {}) {
    Object.assign(this, params);
  }
}

export class RevokedInfo {
  @AsnProp({ type: AsnPropTypes.GeneralizedTime })
  revocationTime = new Date();

  @AsnProp({ type: AsnPropTypes.Enumerated, context: 0, optional: true })
  revocationReason?: number;

  constructor(params: Partial<RevokedInfo> = {}) {
    Object.assign(this, params);
  }
}

/** CertStatus ::= CHOICE { good [0] IMPLICIT NULL, revoked [1] IMPLICIT RevokedInfo, unknown [2] IMPLICIT NULL } */
@AsnType({ type: AsnTypeTypes.Choice })
export class CertStatus {
  @AsnProp({ type: AsnPropTypes.Null, context: 0, implicit: true })
  good?: null;

  @AsnProp({ type: RevokedInfo, context: 1, implicit: true })
  revoked?: RevokedInfo;

  @AsnProp({ type: AsnPropTypes.Null, context: 2, implicit: true })
  unknown?: null;

  constructor(params: Partial<CertStatus> = {}) {
    Object.assign(this, params);
  }
}

export class SingleResponse {
  @AsnProp({ type: CertId })
  certId = new CertId();

  @AsnProp({ type: CertStatus })
  certStatus = new CertStatus();

  @AsnProp({ type: AsnPropTypes.GeneralizedTime })
  thisUpdate = new Date();

  @AsnProp({ type: AsnPropTypes.GeneralizedTime, context: 0, optional: true })
  nextUpdate?: Date;

  @AsnProp({ type: Extension, context: 1, repeated: 'sequence', optional: true })
  singleExtensions?: Extension[];

  constructor(params: Partial<SingleResponse> = {}) {
    Object.assign(this, params);
  }
}

/** ResponderID ::= CHOICE { byName [1] Name, byKey [2] KeyHash } (both EXPLICIT). */
@AsnType({ type: AsnTypeTypes.Choice })
export class ResponderId {
  @AsnProp({ type: Name, context: 1 })
  byName?: Name;

  @AsnProp({ type: AsnPropTypes.OctetString, context: 2 })
  byKey?: ArrayBuffer;

  constructor(params: Partial<ResponderId> = {}) {
    Object.assign(this, params);
  }
}

@AsnType({ type: AsnTypeTypes.Sequence, itemType: SingleResponse })
export class SingleResponses extends AsnArray<SingleResponse> {}

export class ResponseData {
  @AsnProp({ type: AsnPropTypes.Integer, context: 0, defaultValue: 0 })
  version = 0;

  @AsnProp({ type: ResponderId })
  responderId = new ResponderId();

  @AsnProp({ type: AsnPropTypes.GeneralizedTime })
  producedAt = new Date();

  @AsnProp({ type: SingleResponses })
  responses = new SingleResponses();

  @AsnProp({ type: Extension, context: 1, repeated: 'sequence', optional: true })
  responseExtensions?: Extension[];

  constructor(params: Partial<ResponseData> = {}) {
    Object.assign(this, params);
  }
}

export class BasicOcspResponse {
  @AsnProp({ type: ResponseData })
  tbsResponseData = new ResponseData();

  @AsnProp({ type: AlgorithmIdentifier })
  signatureAlgorithm = new AlgorithmIdentifier();

  @AsnProp({ type: AsnPropTypes.BitString })
  signature = new ArrayBuffer(0);

  @AsnProp({ type: Certificate, context: 0, repeated: 'sequence', optional: true })
  certs?: Certificate[];

  constructor(params: Partial<BasicOcspResponse> = {}) {
    Object.assign(this, params);
  }
}

export class ResponseBytes {
  @AsnProp({ type: AsnPropTypes.ObjectIdentifier })
  responseType = ID_PKIX_OCSP_BASIC;

  @AsnProp({ type: AsnPropTypes.OctetString })
  response = new ArrayBuffer(0);

  constructor(params: Partial<ResponseBytes> = {}) {
    Object.assign(this, params);
  }
}

export class OcspResponse {
  @AsnProp({ type: AsnPropTypes.Enumerated })
  responseStatus: OcspResponseStatus = OcspResponseStatus.successful;

  @AsnProp({ type: ResponseBytes, context: 0, optional: true })
  responseBytes?: ResponseBytes;

  constructor(params: Partial<OcspResponse> = {}) {
    Object.assign(this, params);
  }
}
