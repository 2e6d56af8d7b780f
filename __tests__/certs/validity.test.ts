// Certificate dates are facts only when the DER holds a date X.509 can encode: UTCTime for 1950-2049,
// GeneralizedTime up to 9999, with a real month, day and time. Garbage in a validity field is reported as
// unreadable ('' and a parseError naming notBefore or notAfter), never as a plausible date such as 1899-11-30.
import { describe, expect, it } from '@jest/globals';
import { describeCertificate } from '../../src/certs/describe.js';
import { validityFromDer } from '../../src/certs/validity.js';
import { createTestPki } from '../../src/testing/pki.js';

const now = new Date('2026-06-01T00:00:00Z');
const pki = createTestPki({ now });
const rootReady = pki.root();

const NOT_BEFORE = new Date('2026-01-01T00:00:00Z');
const NOT_AFTER_UTC = new Date('2027-01-01T00:00:00Z');
const NOT_AFTER_GENERALIZED = new Date('2050-01-01T00:00:00Z');

/** A leaf whose notBefore is UTCTime 260101000000Z and notAfter is `notAfter`, as DER. */
async function leafDer(notAfter: Date): Promise<Buffer> {
  const root = await rootReady;
  return Buffer.from((await pki.leaf(root, { notBefore: NOT_BEFORE, notAfter })).der);
}

/** The DER with the time `from` (tag and text) replaced by `to`, same length: a hand-damaged certificate. */
function damage(der: Buffer, tag: number, from: string, to: string, newTag = tag): Buffer {
  const needle = Buffer.concat([Buffer.from([tag, from.length]), Buffer.from(from, 'latin1')]);
  const at = der.indexOf(needle);
  expect(at).toBeGreaterThan(0);
  const copy = Buffer.from(der);
  copy[at] = newTag;
  Buffer.from(to, 'latin1').copy(copy, at + 2);
  return copy;
}

describe('validity dates of a certificate', () => {
  it('reads UTCTime and GeneralizedTime dates as they are written', async () => {
    const utc = describeCertificate(await leafDer(NOT_AFTER_UTC), now);
    expect([utc.notBefore, utc.notAfter, utc.parseError]).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
      undefined
    ]);
    const generalized = describeCertificate(await leafDer(NOT_AFTER_GENERALIZED), now);
    expect(generalized.notAfter).toBe('2050-01-01T00:00:00.000Z');
    expect(generalized.parseError).toBeUndefined();
  });

  it.each([
    [
      'a GeneralizedTime of zeros (read leniently as 1899-11-30)',
      0x18,
      '20500101000000Z',
      '00000000000000Z',
      /notAfter cannot be read: year 0 is before 1950/
    ],
    [
      'a GeneralizedTime before 1950',
      0x18,
      '20500101000000Z',
      '19011231235959Z',
      /notAfter cannot be read: year 1901 is before 1950/
    ],
    [
      'a GeneralizedTime in month 13',
      0x18,
      '20500101000000Z',
      '20501301000000Z',
      /notAfter cannot be read: not a calendar date and time/
    ],
    [
      'a GeneralizedTime on 30 February',
      0x18,
      '20500101000000Z',
      '20500230000000Z',
      /notAfter cannot be read: not a calendar date and time/
    ],
    [
      'a GeneralizedTime with letters',
      0x18,
      '20500101000000Z',
      '2050O101000000Z',
      /notAfter cannot be read: not a GeneralizedTime/
    ],
    [
      'a GeneralizedTime with no Z',
      0x18,
      '20500101000000Z',
      '205001010000000',
      /notAfter cannot be read: not a GeneralizedTime/
    ]
  ])('reports %s as unreadable', async (_case, tag, from, to, problem) => {
    const info = describeCertificate(damage(await leafDer(NOT_AFTER_GENERALIZED), tag, from, to), now);
    expect(info.notAfter).toBe('');
    expect(info.notBefore).toBe('2026-01-01T00:00:00.000Z');
    expect(info.daysRemaining).toBe(0);
    expect(info.parseError).toMatch(problem);
  });

  it.each([
    [
      'a UTCTime of zeros (month 0)',
      '270101000000Z',
      '000000000000Z',
      /notAfter cannot be read: not a calendar date and time/
    ],
    [
      'a UTCTime at hour 24',
      '270101000000Z',
      '270101240000Z',
      /notAfter cannot be read: not a calendar date and time/
    ],
    ['a UTCTime with spaces', '270101000000Z', '27 101000000Z', /notAfter cannot be read: not a UTCTime/]
  ])('reports %s as unreadable', async (_case, from, to, problem) => {
    const info = describeCertificate(damage(await leafDer(NOT_AFTER_UTC), 0x17, from, to), now);
    expect(info.notAfter).toBe('');
    expect(info.parseError).toMatch(problem);
  });

  it('reports a damaged notBefore by its name', async () => {
    const der = damage(await leafDer(NOT_AFTER_UTC), 0x17, '260101000000Z', '261399000000Z');
    const info = describeCertificate(der, now);
    expect([info.notBefore, info.notAfter]).toEqual(['', '2027-01-01T00:00:00.000Z']);
    expect(info.lifetimeDays).toBe(0);
    expect(info.parseError).toMatch(/notBefore cannot be read: not a calendar date and time/);
  });

  it('reports a time that is neither UTCTime nor GeneralizedTime', async () => {
    // An OCTET STRING (0x04) where notAfter's UTCTime was.
    const der = damage(await leafDer(NOT_AFTER_UTC), 0x17, '270101000000Z', '270101000000Z', 0x04);
    expect(validityFromDer(der)?.notAfter).toEqual({
      date: null,
      problem: 'neither a UTCTime nor a GeneralizedTime'
    });
    expect(describeCertificate(der, now).notAfter).toBe('');
  });

  it('reads UTCTime years 50-99 as 1950-1999 and 00-49 as 2000-2049', async () => {
    const der = await leafDer(NOT_AFTER_UTC);
    const old = damage(der, 0x17, '260101000000Z', '500101000000Z');
    expect(validityFromDer(old)?.notBefore.date?.toISOString()).toBe('1950-01-01T00:00:00.000Z');
    const late = damage(der, 0x17, '270101000000Z', '491231235959Z');
    expect(validityFromDer(late)?.notAfter.date?.toISOString()).toBe('2049-12-31T23:59:59.000Z');
  });

  it('gives no validity for bytes that are not a certificate', () => {
    expect(validityFromDer(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x00]))).toBeNull();
    expect(validityFromDer(Buffer.alloc(0))).toBeNull();
  });
});
