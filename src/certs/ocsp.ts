// Reads a stapled OCSP response (the CertificateStatus message body) into status and validity. The response is
// server-sent: anything that does not decode as RFC 6960 becomes 'unparsed', never an exception.
import { AsnConvert } from '@peculiar/asn1-schema';
import type { OcspInfo } from '../model/report.js';
import {
  BasicOcspResponse,
  ID_PKIX_OCSP_BASIC,
  OcspResponse,
  OcspResponseStatus,
  type SingleResponse
} from './ocsp-asn1.js';

const UNPARSED: OcspInfo = { status: 'unparsed', thisUpdate: null, nextUpdate: null };

function isoOrNull(date: Date | undefined): string | null {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

function normaliseSerial(hex: string): string {
  return hex
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .replace(/^0+/, '');
}

/**
 * @param der the OCSPResponse as stapled.
 * @param leafSerialHex serial of the certificate the staple is for; picks the matching single response when the
 *   responder put several in one, else the first.
 */
export function parseOcspStaple(der: Buffer, leafSerialHex?: string): OcspInfo {
  try {
    const response = AsnConvert.parse(der, OcspResponse);
    if (response.responseStatus !== OcspResponseStatus.successful || !response.responseBytes) return UNPARSED;
    if (response.responseBytes.responseType !== ID_PKIX_OCSP_BASIC) return UNPARSED;
    const basic = AsnConvert.parse(response.responseBytes.response, BasicOcspResponse);
    const responses: SingleResponse[] = Array.from(basic.tbsResponseData.responses);
    if (responses.length === 0) return UNPARSED;
    const wanted = leafSerialHex ? normaliseSerial(leafSerialHex) : null;
    const single =
      (wanted &&
        responses.find(
          (r) => normaliseSerial(Buffer.from(r.certId.serialNumber).toString('hex')) === wanted
        )) ||
      responses[0]!;
    const status = single.certStatus.revoked
      ? 'revoked'
      : single.certStatus.good !== undefined
        ? 'good'
        : single.certStatus.unknown !== undefined
          ? 'unknown'
          : 'unparsed';
    return { status, thisUpdate: isoOrNull(single.thisUpdate), nextUpdate: isoOrNull(single.nextUpdate) };
  } catch {
    return UNPARSED;
  }
}
