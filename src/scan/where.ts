// How messages name the endpoint: "host port 443", or "host (address) port 443" when an address was used.
import type { Target } from '../model/report.js';

export function where(target: Pick<Target, 'host' | 'port'>, address: string): string {
  return address === target.host
    ? `${target.host} port ${target.port}`
    : `${target.host} (${address}) port ${target.port}`;
}
