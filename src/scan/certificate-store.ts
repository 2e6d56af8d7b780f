// A target's certificates, kept once each by the SHA-256 of their DER. Every probe that reads a Certificate
// message decodes its own list (TLS 1.2 enumeration sees one on every handshake); keeping those lists as they
// came would hold one copy per probe. Here each probe's list is replaced by the target's copies, so a chain read
// 200 times is held once, and the decoded message's buffers are left to the collector: every certificate handed
// back is a detached copy (detach.ts), never a view that would keep the reply's buffers alive.
import { createHash } from 'node:crypto';
import { SCAN_BUDGETS } from './budgets.js';
import { detach } from './detach.js';

export class CertificateStore {
  private readonly kept = new Map<string, Buffer>();

  constructor(private readonly limit: number = SCAN_BUDGETS.keptCertificates) {}

  /** The list with each certificate replaced by the copy already kept (a new one is kept while room is left). */
  keep(certificates: readonly Buffer[]): Buffer[] {
    return certificates.map((der) => {
      const hash = createHash('sha256').update(der).digest('base64');
      const known = this.kept.get(hash);
      if (known) return known;
      const copy = detach(der);
      if (this.kept.size < this.limit) this.kept.set(hash, copy);
      return copy;
    });
  }

  /** Distinct certificates kept. */
  get size(): number {
    return this.kept.size;
  }
}
