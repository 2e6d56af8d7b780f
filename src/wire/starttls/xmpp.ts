// XMPP STARTTLS (RFC 6120 §5.4): the client opens the stream (to = the service's domain), reads the server's
// stream header and <stream:features>, which must hold <starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>,
// sends <starttls/> and waits for <proceed/> (or <failure/>). Client-to-server streams use the jabber:client
// namespace, server-to-server streams jabber:server (RFC 6120 §4.8.2). No XML parser: the few elements we
// need are recognised by pattern inside a bounded buffer, and nothing the server sends is interpreted further.
import { failed, MAX_DIALOGUE_BYTES, type Move, type StarttlsDialogue } from './dialogue.js';

export const TLS_NAMESPACE = 'urn:ietf:params:xml:ns:xmpp-tls';

/** XML-escapes an attribute value (a domain name here, which holds none of these, but never trust that). */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function encodeStreamHeader(domain: string, server: boolean): Buffer {
  const namespace = server ? 'jabber:server' : 'jabber:client';
  return Buffer.from(
    `<?xml version='1.0'?><stream:stream xmlns='${namespace}' xmlns:stream='http://etherx.jabber.org/streams' ` +
      `to='${attribute(domain)}' version='1.0'>`,
    'utf8'
  );
}

export const STARTTLS_ELEMENT = Buffer.from(`<starttls xmlns='${TLS_NAMESPACE}'/>`, 'utf8');

const FEATURES_END = /<\/(?:[\w-]+:)?features\s*>|<(?:[\w-]+:)?features\b[^>]*\/>/;
const STREAM_ERROR = /<(?:[\w-]+:)?error\b[\s\S]*?<\/(?:[\w-]+:)?error\s*>|<\/(?:[\w-]+:)?stream\s*>/;
const STARTTLS_FEATURE = new RegExp(`<starttls\\b[^>]*xmlns\\s*=\\s*(['"])${TLS_NAMESPACE}\\1`);
const PROCEED = new RegExp(
  `<proceed\\b[^>]*xmlns\\s*=\\s*(['"])${TLS_NAMESPACE}\\1[^>]*(?:/>|>\\s*</proceed\\s*>)`
);
const FAILURE = /<failure\b[^>]*(?:\/>|>[\s\S]*?<\/failure\s*>)/;

export class XmppDialogue implements StarttlsDialogue {
  private text = '';
  private received = 0;
  private state: 'features' | 'proceed' = 'features';

  constructor(
    private readonly domain: string,
    private readonly server: boolean
  ) {}

  opening(): Buffer {
    return encodeStreamHeader(this.domain, this.server);
  }

  receive(chunk: Buffer): Move {
    this.received += chunk.length;
    if (this.received > MAX_DIALOGUE_BYTES)
      return failed('STARTTLS_PROTOCOL', `the server sent more than ${MAX_DIALOGUE_BYTES} bytes before TLS`);
    this.text += chunk.toString('utf8');
    return this.state === 'features' ? this.features() : this.proceed();
  }

  private features(): Move {
    const error = STREAM_ERROR.exec(this.text);
    if (error) return failed('STARTTLS_REFUSED', 'the server closed the stream with an error', error[0]);
    const end = FEATURES_END.exec(this.text);
    if (!end) return { kind: 'more' };
    const features = this.text.slice(0, end.index + end[0].length);
    if (!STARTTLS_FEATURE.test(features)) {
      const list = /<(?:[\w-]+:)?features\b[\s\S]*$/.exec(features)?.[0] ?? features;
      return failed(
        'STARTTLS_UNSUPPORTED',
        'the server does not offer STARTTLS in its stream features',
        list
      );
    }
    this.text = this.text.slice(features.length);
    this.state = 'proceed';
    return this.text.trim() === '' ? { kind: 'send', bytes: STARTTLS_ELEMENT } : this.unexpected();
  }

  private proceed(): Move {
    const proceed = PROCEED.exec(this.text);
    if (proceed) {
      if (this.text.slice(proceed.index + proceed[0].length).trim() !== '') {
        return failed('STARTTLS_PROTOCOL', 'the server sent bytes after <proceed/>, before the ClientHello');
      }
      return { kind: 'ready' };
    }
    const refusal = FAILURE.exec(this.text) ?? STREAM_ERROR.exec(this.text);
    if (refusal) return failed('STARTTLS_REFUSED', 'the server refused STARTTLS', refusal[0]);
    return { kind: 'more' };
  }

  private unexpected(): Move {
    return failed(
      'STARTTLS_PROTOCOL',
      'the server sent more than its stream features before our <starttls/>',
      this.text
    );
  }
}
