// ChangeCipherSpec (RFC 5246 §7.1): a record of its own content type with the single byte 1. The CCS injection
// check (CVE-2014-0224) sends it too early, before any key exchange, to see whether the server accepts it.
import { ContentType } from '../codepoints/index.js';
import { encodeRecords } from './record.js';

export const CHANGE_CIPHER_SPEC_BODY = Buffer.from([1]);

/** One ChangeCipherSpec record at `version`. */
export function encodeChangeCipherSpec(version: number): Buffer {
  return encodeRecords(ContentType.change_cipher_spec, version, CHANGE_CIPHER_SPEC_BODY);
}
