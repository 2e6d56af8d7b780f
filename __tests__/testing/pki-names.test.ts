// The test PKI must put hostile names into certificates exactly, or tests of escaping prove nothing.
import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import * as x509 from '@peculiar/x509';
import { createTestPki } from '../../src/testing/pki.js';

describe('test PKI subject names', () => {
  it.each([['x\n::error::owned'], ['<img src=x> @org/team'], ['a, b = c; "d"'], ['::add-mask::secret']])(
    'keeps the common name %j byte for byte',
    async (commonName) => {
      const pki = createTestPki({ defaultKey: { type: 'ec', curve: 'P-256' } });
      const root = await pki.root({ commonName: 'Names Root' });
      const leaf = await pki.leaf(root, { commonName, organization: 'Org | `x`', dnsNames: ['names.test'] });
      const parsed = new x509.X509Certificate(leaf.der);
      expect(parsed.subjectName.getField('CN')).toEqual([commonName]);
      expect(parsed.subjectName.getField('O')).toEqual(['Org | `x`']);
      expect(parsed.issuerName.getField('CN')).toEqual(['Names Root']);
    }
  );
});
