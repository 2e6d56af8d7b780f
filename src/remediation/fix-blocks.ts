// A finding's or a diagnosis's fix as the outputs show it: one block of lines per server software, in one
// order (nginx, Apache httpd, HAProxy), plus the plain statement. The text report, the Markdown parts and
// `tls-gate diagnose` lay the blocks out in their own style and escape them their own way.
import type { FixLines } from '../model/report.js';

export type ServerSoftware = 'nginx' | 'apache' | 'haproxy';

export interface FixBlock {
  /** The FixLines key, also the label of the reports ("fix (apache):"). */
  server: ServerSoftware;
  /** How the software calls itself, for prose ("Apache"). */
  name: string;
  lines: string[];
}

const SERVERS: readonly { server: ServerSoftware; name: string }[] = [
  { server: 'nginx', name: 'nginx' },
  { server: 'apache', name: 'Apache' },
  { server: 'haproxy', name: 'HAProxy' }
];

/** The servers that have lines, in display order (a report read back from JSON may lack any of them). */
export function fixBlocks(fix: FixLines): FixBlock[] {
  return SERVERS.flatMap(({ server, name }) => {
    const lines = fix[server];
    return Array.isArray(lines) && lines.length > 0 ? [{ server, name, lines }] : [];
  });
}
