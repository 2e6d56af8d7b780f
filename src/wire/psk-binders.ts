// PSK binders (RFC 8446 §4.2.11.2): each binder is computed over the ClientHello truncated before the binders
// list, the lengths in it already counting the binders. So a hello is built with placeholder binders of the
// right length, encoded, cut, and the real binders written in place; the bytes before them do not change.
import { encodeClientHello, type ClientHello } from './client-hello.js';
import { bindersListLength, ClientExtension, extension, findExtension } from './extension-codecs.js';

/** The encoded ClientHello message (header included) up to, not including, its binders list. */
export function truncatedForBinders(hello: ClientHello): Buffer {
  const offer = findExtension(hello.extensions, ClientExtension.preSharedKey);
  if (!offer) throw new RangeError('the ClientHello offers no pre_shared_key');
  const encoded = encodeClientHello(hello);
  return encoded.subarray(0, encoded.length - bindersListLength(offer.binders));
}

/**
 * The hello with its binders replaced by `binders(truncated)`, one per identity and each of the length of the
 * placeholder it replaces (so the truncated bytes they were computed over stay the same).
 */
export function bindPskBinders(hello: ClientHello, binders: (truncated: Buffer) => Buffer[]): ClientHello {
  const last = hello.extensions.at(-1);
  const offer = findExtension(hello.extensions, ClientExtension.preSharedKey);
  if (!offer || last?.type !== ClientExtension.preSharedKey.type)
    throw new RangeError('pre_shared_key must be the last extension of the ClientHello');
  const computed = binders(truncatedForBinders(hello));
  if (
    computed.length !== offer.binders.length ||
    computed.some((binder, i) => binder.length !== offer.binders[i]!.length)
  )
    throw new RangeError('each binder must have the length of its placeholder');
  return {
    ...hello,
    extensions: [
      ...hello.extensions.slice(0, -1),
      extension(ClientExtension.preSharedKey, { ...offer, binders: computed })
    ]
  };
}
