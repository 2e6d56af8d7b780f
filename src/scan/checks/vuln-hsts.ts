// HSTS (scan/vulnerabilities/hsts.ts judges, https-get.ts fetches): one HTTPS GET of "/" on a target that
// completed a handshake and speaks TLS from the first byte; a STARTTLS service is not HTTPS, so there it is
// not-applicable, saying why. The minimum max-age comes from the target's policy, passed in by the pipeline as data.
import type { StarttlsProtocol, VulnerabilityResult } from '../../model/report.js';
import { HSTS_DEFAULT_MIN_MAX_AGE } from '../../model/policy.js';
import type { ScanCheck } from './check.js';
import { getHead, hostHeader } from '../vulnerabilities/https-get.js';
import { hstsVerdict } from '../vulnerabilities/hsts.js';
import { recordVulnerability, selected } from '../vulnerabilities/record.js';
import { notApplicable } from '../vulnerabilities/result.js';
import { nonHttpTlsService } from '../vulnerabilities/tls-service-ports.js';
import { protocolLabel } from '../starttls.js';

declare module './facts.js' {
  interface ScanFacts {
    'vulnerability:hsts': VulnerabilityResult;
  }
}

export const hstsCheck: ScanCheck = {
  name: 'vulnerability hsts',
  // After ROBOT: a server that serves one connection at a time (openssl s_server) would hold ROBOT's queries behind
  // a GET it never answers.
  needs: ['handshake', 'vulnerability:robot'],
  produces: ['vulnerability:hsts'],
  handshakeBudget: () => 1,
  applies: async ({ options, facts }) =>
    selected(options.vulnerabilityChecks, 'hsts') && (await facts.get('handshake'))?.ok === true,
  async run({ ctx, target, options, report, facts }) {
    const { endpoint, limits } = ctx;
    const notHttps = notHttpsReason(target.starttls, endpoint.port);
    if (notHttps) {
      const result = notApplicable(notHttps);
      recordVulnerability(report, 'hsts', result);
      return { 'vulnerability:hsts': result };
    }
    await facts.get('vulnerability:robot');
    const host = endpoint.sni ?? target.host;
    const request = `GET / (Host: ${hostHeader(host, endpoint.port)})`;
    const head = await ctx.connection(
      () =>
        getHead(
          { address: endpoint.address, port: endpoint.port, sni: endpoint.sni, host },
          limits.timeoutMs,
          limits.deadline
        ),
      { kind: 'not-tried', why: 'the scan budget or deadline was reached' } as const
    );
    const minMaxAge = options.hstsMinMaxAgeFor ? options.hstsMinMaxAgeFor(target) : HSTS_DEFAULT_MIN_MAX_AGE;
    const result = hstsVerdict(head, request, minMaxAge);
    recordVulnerability(report, 'hsts', result);
    return { 'vulnerability:hsts': result };
  }
};

/** Why no GET is sent: a STARTTLS service, or a port registered for another protocol over TLS; else null. */
function notHttpsReason(starttls: StarttlsProtocol | null | undefined, port: number): string | null {
  if (starttls)
    return `HSTS is an HTTPS header, and this target upgrades ${protocolLabel(starttls)} with STARTTLS: no HTTP request is made`;
  const service = nonHttpTlsService(port);
  return service ? `port ${port} is registered for ${service}, not HTTPS` : null;
}
