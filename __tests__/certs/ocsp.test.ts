import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { createTestPki, writeTemp } from '../../src/testing/pki.js';
import { createOcspResponse } from '../../src/testing/ocsp-response.js';
import { parseOcspStaple } from '../../src/certs/ocsp.js';

const pkiReady = (async () => {
  const pki = createTestPki();
  const root = await pki.root({ key: { type: 'ec', curve: 'P-256' } });
  const leaf = await pki.leaf(root);
  return { pki, root, leaf };
})();

function secondsOnly(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

describe('OCSP staple parsing', () => {
  it('reads a good response, with its validity, that openssl verifies as signed by the issuer', async () => {
    const { root, leaf } = await pkiReady;
    const thisUpdate = secondsOnly(new Date(Date.now() - 3_600_000));
    const nextUpdate = new Date(thisUpdate.getTime() + 4 * 86_400_000);
    const der = createOcspResponse({
      certificate: leaf,
      issuer: root,
      status: 'good',
      thisUpdate,
      nextUpdate
    });
    const files = await writeTemp({ 'resp.der': der, 'root.pem': root.certPem, 'leaf.pem': leaf.certPem });
    const openssl = spawnSync(
      'openssl',
      [
        'ocsp',
        '-respin',
        files.paths['resp.der']!,
        '-CAfile',
        files.paths['root.pem']!,
        '-issuer',
        files.paths['root.pem']!,
        '-cert',
        files.paths['leaf.pem']!,
        '-resp_text'
      ],
      { encoding: 'utf8' }
    );
    await files.cleanup();
    expect(openssl.stdout).toContain('Cert Status: good');
    expect(openssl.stderr).toContain('Response verify OK');
    expect(parseOcspStaple(der, leaf.cert.serialNumber)).toEqual({
      status: 'good',
      thisUpdate: thisUpdate.toISOString(),
      nextUpdate: nextUpdate.toISOString()
    });
  });

  it('reports a revoked certificate as revoked', async () => {
    const { root, leaf } = await pkiReady;
    const der = createOcspResponse({ certificate: leaf, issuer: root, status: 'revoked' });
    expect(parseOcspStaple(der, leaf.cert.serialNumber).status).toBe('revoked');
  });

  it('reports an unknown certificate as unknown, without nextUpdate when the responder gives none', async () => {
    const { root, leaf } = await pkiReady;
    const der = createOcspResponse({ certificate: leaf, issuer: root, status: 'unknown', nextUpdate: null });
    expect(parseOcspStaple(der)).toMatchObject({ status: 'unknown', nextUpdate: null });
  });

  it('treats an unsuccessful responder status as unparsed', async () => {
    const { root, leaf } = await pkiReady;
    const der = createOcspResponse({
      certificate: leaf,
      issuer: root,
      status: 'good',
      responseStatus: 'tryLater'
    });
    expect(parseOcspStaple(der)).toEqual({ status: 'unparsed', thisUpdate: null, nextUpdate: null });
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['not DER', Buffer.from('HTTP/1.1 200 OK\r\n\r\n')],
    ['a lone SEQUENCE header', Buffer.from([0x30, 0x82, 0xff, 0xff])]
  ])('treats %s bytes as unparsed, without throwing', (_name, bytes) => {
    expect(parseOcspStaple(bytes).status).toBe('unparsed');
  });

  it('treats a truncated good response as unparsed', async () => {
    const { root, leaf } = await pkiReady;
    const der = createOcspResponse({ certificate: leaf, issuer: root, status: 'good' });
    expect(parseOcspStaple(der.subarray(0, der.length - 20)).status).toBe('unparsed');
  });
});
