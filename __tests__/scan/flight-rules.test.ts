// flightGap: what a TLS <= 1.2 flight must hold for its suite, and a certificate that is DER, before a client
// could go on; everything a healthy server sends has no gap.
import { describe, expect, it } from '@jest/globals';
import { flightGap } from '../../src/scan/flight-rules.js';
import { describeOutcome, describeTimeout } from '../../src/scan/outcome-text.js';

const DER = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x00]);
const ECDHE_RSA = 0xc02f;
const DHE_RSA = 0x009e;
const RSA = 0x009c;
const ECDH_ANON = 0xc018;

describe('flightGap', () => {
  it('finds no gap in a complete flight', () => {
    const flight = { version: 'TLSv1.2' as const, certificates: [DER], sawServerKeyExchange: true };
    expect(flightGap({ ...flight, cipherSuite: ECDHE_RSA })).toBeNull();
    expect(flightGap({ ...flight, cipherSuite: RSA, sawServerKeyExchange: false })).toBeNull();
    expect(flightGap({ ...flight, cipherSuite: ECDH_ANON, certificates: null })).toBeNull();
    expect(flightGap({ version: 'TLSv1.3', certificates: [DER] })).toBeNull();
  });

  it('names the missing ServerKeyExchange of an ephemeral suite', () => {
    const flight = { version: 'TLSv1.2' as const, certificates: [DER], sawServerKeyExchange: false };
    expect(flightGap({ ...flight, cipherSuite: ECDHE_RSA })).toBe(
      'ServerKeyExchange missing for an ECDHE suite'
    );
    expect(flightGap({ ...flight, cipherSuite: DHE_RSA })).toBe('ServerKeyExchange missing for a DHE suite');
  });

  it('names the missing Certificate of a certificate-authenticated suite', () => {
    const flight = { version: 'TLSv1.2' as const, cipherSuite: RSA, certificates: null };
    expect(flightGap(flight)).toBe('Certificate missing for an RSA-authenticated suite');
  });

  it('names a certificate that is not DER, the leaf or one further up', () => {
    const garbage = Buffer.from('garbage');
    expect(flightGap({ version: 'TLSv1.3', certificates: [garbage] })).toBe(
      'the certificate is not valid DER'
    );
    expect(flightGap({ version: 'TLSv1.3', certificates: [DER, garbage] })).toBe(
      'certificate 2 of the chain is not valid DER'
    );
  });
});

describe('outcome messages name the cause', () => {
  it('a timeout says what was being read and how much arrived in how long', () => {
    expect(
      describeTimeout({
        kind: 'timeout',
        reading: 'the ServerHello',
        receivedBytes: 1,
        durationMs: 3000,
        byDeadline: true
      })
    ).toBe("1 byte of the ServerHello arrived in 3000 ms (the target's deadline)");
    expect(describeTimeout({ kind: 'timeout', durationMs: 0 })).toMatch(/^no connection was made/);
  });

  it('close_notify is the server closing, not a refusal', () => {
    const closeNotify = {
      kind: 'alert' as const,
      alert: { level: 'warning' as const, description: 0, name: 'close_notify' },
      durationMs: 1
    };
    expect(describeOutcome(closeNotify)).toBe(
      'the server closed the connection with close_notify instead of answering'
    );
  });
});
