// Per target, what the server offers, each item with its mark (text-marks.ts): protocols, suites per version with
// their order, key exchange, the certificate chain, clients, resumption. Each part is one function in
// INVENTORY_SECTIONS: a new part of the report (vulnerabilities, a pool's addresses) is one more entry there.
import { plural } from './digest.js';
import { describePool } from './pool.js';
import { vulnerabilityTextLines } from './vulnerability-lines.js';
import { renderCertificate } from './text-certificate.js';
import { ItemFindings, PROTOCOL_STANDING, mark } from './text-marks.js';
import { pad, safe, type Paint } from './text-paint.js';
import { PROTOCOL_NAMES, type TargetReport } from '../model/report.js';

export interface SectionInput {
  target: TargetReport;
  marks: ItemFindings;
  paint: Paint;
}

/** One part of a target's inventory: its lines, indented by three spaces (none when it has nothing to say). */
export type InventorySection = (input: SectionInput) => string[];

const newestFirst = [...PROTOCOL_NAMES].reverse();

export function protocolsSection({ target, marks, paint }: SectionInput): string[] {
  const lines = ['   Protocols'];
  for (const protocol of newestFirst) {
    const offered = target.protocols[protocol];
    const state = offered ? 'offered' : paint('not offered', 'dim');
    const standing = offered && PROTOCOL_STANDING[protocol] ? ` · ${PROTOCOL_STANDING[protocol]}` : '';
    const judged = mark(marks.protocol(protocol), paint, offered);
    lines.push(
      `     ${pad(protocol, 8)} ${state}${' '.repeat(offered ? 6 : 2)}${judged}${standing}`.trimEnd()
    );
  }
  return lines;
}

export function suitesSection({ target, marks, paint }: SectionInput): string[] {
  const versions = newestFirst.filter((p) => (target.cipherSuites[p]?.length ?? 0) > 0);
  if (versions.length === 0) return [];
  const width = Math.max(...versions.flatMap((p) => target.cipherSuites[p]!.map((s) => safe(s).length)));
  const lines = ['   Cipher suites'];
  for (const protocol of versions) {
    const preference = target.serverPreference[protocol];
    const order =
      preference === true
        ? 'server order, most preferred first'
        : preference === false
          ? 'client order'
          : 'order unknown';
    const orderMark = marks.order(protocol);
    lines.push(`     ${protocol} (${order})${orderMark.length > 0 ? `  ${mark(orderMark, paint)}` : ''}`);
    for (const suite of target.cipherSuites[protocol] ?? []) {
      lines.push(`       ${pad(safe(suite), width)}  ${mark(marks.suite(protocol, suite), paint)}`);
    }
  }
  return lines;
}

export function keyExchangeSection({ target, marks, paint }: SectionInput): string[] {
  const kx = target.keyExchange;
  const lines = ['   Key exchange'];
  const named = target.groups.map((group) => {
    const versions = [
      kx.tls13Groups.includes(group) ? 'TLS 1.3' : null,
      kx.tls12Groups.includes(group) ? 'TLS 1.2' : null
    ].filter(Boolean);
    return { group, label: `${safe(group)}${versions.length > 0 ? ` (${versions.join(', ')})` : ''}` };
  });
  const width = Math.max(0, ...named.map(({ label }) => label.length));
  for (const { group, label } of named)
    lines.push(`     ${pad(label, width)}  ${mark(marks.group(group), paint)}`);
  if (target.groups.length === 0) lines.push('     groups: none');
  lines.push(`     preferred group: ${safe(kx.preferredGroup ?? 'none')}`);
  lines.push(
    kx.dhBits !== null ? `     DH: ${kx.dhBits} bits  ${mark(marks.dh(), paint)}` : '     DH: no DHE suite'
  );
  return lines;
}

export function certificateSection({ target, marks, paint }: SectionInput): string[] {
  return renderCertificate(target, marks.certificate(), paint);
}

export function clientsSection({ target, marks, paint }: SectionInput): string[] {
  if (!target.clients || target.clients.length === 0) return [];
  const lines = ['   Clients'];
  const width = Math.max(...target.clients.map((c) => safe(c.profile).length));
  for (const client of target.clients) {
    const outcome = client.connects
      ? `connects ${safe(client.version)} ${safe(client.cipherSuite)}${client.group ? ` ${safe(client.group)}` : ''}`
      : `fails${client.alert ? ` (alert ${client.alert.description} ${safe(client.alert.name)})` : ''}`;
    const judged = marks.client(client.profile);
    lines.push(
      `     ${pad(safe(client.profile), width)}  ${outcome}${judged.length > 0 ? `  ${mark(judged, paint)}` : ''}`
    );
    if (client.diagnosis) lines.push(`     ${' '.repeat(width)}  ${safe(client.diagnosis)}`);
  }
  return lines;
}

export function resumptionSection({ target, marks, paint }: SectionInput): string[] {
  const r = target.resumption;
  if (!r) return [];
  const yn = (value: boolean | null) => (value === null ? 'n/a' : value ? 'yes' : 'no');
  const judged = marks.resumption();
  return [
    `   Resumption: session id ${yn(r.sessionId)}, ticket ${yn(r.ticket)}, TLS 1.3 PSK ${yn(r.tls13Psk)}, ` +
      `across addresses ${yn(r.acrossAddresses)}${judged.length > 0 ? `  ${mark(judged, paint)}` : ''}`
  ];
}

/** The inventory's parts, in the order shown. */
export const INVENTORY_SECTIONS: readonly InventorySection[] = [
  protocolsSection,
  suitesSection,
  keyExchangeSection,
  certificateSection,
  clientsSection,
  resumptionSection,
  ({ target }) => vulnerabilityTextLines(target, safe)
];

/** A target's inventory: where it was scanned, then every section; only its error when it could not be scanned. */
export function renderInventory(target: TargetReport, paint: Paint): string[] {
  const verdict = target.verdict === 'pass' ? paint('pass', 'green') : paint('FAIL', 'red');
  const where = [`${safe(target.host)}:${target.port}`];
  if (target.address && target.address !== target.host) where.push(`address ${safe(target.address)}`);
  where.push(target.sni ? `SNI ${safe(target.sni)}` : 'no SNI');
  const lines = [
    `${paint(`== ${safe(target.name)}`, 'bold')} (${where.join(', ')}) - ${verdict}`,
    `   ${plural(target.handshakes, 'handshake')} in ${Math.round(target.durationMs)} ms`
  ];
  const pool = describePool(target);
  if (pool) lines.push(`   pool: ${safe(pool)}`);
  if (target.status !== 'ok') {
    const code = target.error ? ` [${safe(target.error.code)}]` : '';
    lines.push(
      `   ${paint(target.status.toUpperCase(), 'red')}${code}: ${safe(target.error?.message ?? 'no details')}`
    );
    return lines;
  }
  if (target.error) lines.push(`   note [${safe(target.error.code)}]: ${safe(target.error.message)}`);
  const marks = new ItemFindings(target);
  for (const section of INVENTORY_SECTIONS) lines.push(...section({ target, marks, paint }));
  return lines;
}
