// LDAP StartTLS (RFC 4511 §4.14): the client sends the StartTLS ExtendedRequest (requestName
// 1.3.6.1.4.1.1466.20037); resultCode success (0) in the ExtendedResponse lets TLS start. protocolError (2)
// is the server not knowing the operation (RFC 4511 §4.12: an unrecognized extended operation); any other code
// is a refusal (unavailable, operationsError while a bind is in progress, ...). A Notice of Disconnection
// (message id 0, §4.4.1) is the server closing instead.
import { DecodeError } from '../bytes.js';
import { encodeTlv, integerContent, integerValue, readTlv, requireTlv } from './ber.js';
import { failed, MAX_DIALOGUE_BYTES, type Move, type StarttlsDialogue } from './dialogue.js';

export const START_TLS_OID = '1.3.6.1.4.1.1466.20037';
const SEQUENCE = 0x30;
const INTEGER = 0x02;
const ENUMERATED = 0x0a;
const OCTET_STRING = 0x04;
/** [APPLICATION 23] and [APPLICATION 24], constructed. */
const EXTENDED_REQUEST = 0x77;
const EXTENDED_RESPONSE = 0x78;
/** requestName [0], primitive. */
const REQUEST_NAME = 0x80;
const MESSAGE_ID = 1;

const SUCCESS = 0;
const PROTOCOL_ERROR = 2;

export function encodeStartTlsRequest(messageId = MESSAGE_ID): Buffer {
  const request = encodeTlv(EXTENDED_REQUEST, encodeTlv(REQUEST_NAME, Buffer.from(START_TLS_OID, 'latin1')));
  return encodeTlv(SEQUENCE, Buffer.concat([encodeTlv(INTEGER, integerContent(messageId)), request]));
}

export interface ExtendedResponse {
  messageId: number;
  resultCode: number;
  diagnosticMessage: string;
}

/** Decodes one whole LDAPMessage holding an ExtendedResponse; null until the message has arrived whole. */
export function decodeExtendedResponse(buffer: Buffer): { response: ExtendedResponse; end: number } | null {
  const message = readTlv(buffer);
  if (!message) return null;
  if (message.tag !== SEQUENCE) throw new DecodeError('the answer is not an LDAPMessage (no SEQUENCE)');
  const id = requireTlv(message.value, 0, INTEGER, 'messageID');
  const op = requireTlv(message.value, id.end, EXTENDED_RESPONSE, 'the ExtendedResponse');
  const code = requireTlv(op.value, 0, ENUMERATED, 'resultCode');
  const matched = requireTlv(op.value, code.end, OCTET_STRING, 'matchedDN');
  const diagnostic = requireTlv(op.value, matched.end, OCTET_STRING, 'diagnosticMessage');
  return {
    response: {
      messageId: integerValue(id.value),
      resultCode: integerValue(code.value),
      diagnosticMessage: diagnostic.value.toString('utf8')
    },
    end: message.end
  };
}

export class LdapDialogue implements StarttlsDialogue {
  private buffered = Buffer.alloc(0);

  opening(): Buffer {
    return encodeStartTlsRequest();
  }

  receive(chunk: Buffer): Move {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    if (this.buffered.length > MAX_DIALOGUE_BYTES)
      return failed('STARTTLS_PROTOCOL', `the server sent more than ${MAX_DIALOGUE_BYTES} bytes before TLS`);
    let decoded: ReturnType<typeof decodeExtendedResponse>;
    try {
      decoded = decodeExtendedResponse(this.buffered);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      return failed('STARTTLS_PROTOCOL', `the server's answer to StartTLS is malformed: ${error.message}`);
    }
    if (!decoded) return { kind: 'more' };
    const { response, end } = decoded;
    const said = `resultCode ${response.resultCode}${response.diagnosticMessage ? `: ${response.diagnosticMessage}` : ''}`;
    if (response.messageId === 0)
      return failed('STARTTLS_REFUSED', 'the server sent a Notice of Disconnection', said);
    if (response.messageId !== MESSAGE_ID)
      return failed(
        'STARTTLS_PROTOCOL',
        `the server answered message ${response.messageId}, not ${MESSAGE_ID}`
      );
    if (response.resultCode === PROTOCOL_ERROR)
      return failed('STARTTLS_UNSUPPORTED', 'the server does not support the StartTLS operation', said);
    if (response.resultCode !== SUCCESS)
      return failed('STARTTLS_REFUSED', 'the server refused StartTLS', said);
    if (end !== this.buffered.length)
      return failed(
        'STARTTLS_PROTOCOL',
        'the server sent bytes after its StartTLS answer, before the ClientHello'
      );
    return { kind: 'ready' };
  }
}
