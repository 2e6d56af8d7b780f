// Key-exchange groups as server configuration and s_client spell them, and their sizes for the policy's minimums.
import { groupByName, type GroupInfo } from '../registry/index.js';

/** The spelling OpenSSL's group lists accept (X25519, prime256v1, ffdhe2048, X25519MLKEM768), or null. */
export function opensslGroupName(name: string): string | null {
  const group = groupByName(name);
  return group ? opensslSpelling(group) : null;
}

/** The registry entry's OpenSSL alias, preferring the curve name over "P-256" (not every OpenSSL list takes it). */
export function opensslSpelling(group: GroupInfo): string | null {
  if (group.opensslNames.length === 0) return null;
  return group.opensslNames.find((alias) => !/^P-\d+$/.test(alias)) ?? group.opensslNames[0]!;
}

/** Key size in bits of an EC or FFDHE group name, or null (hybrids and unknown). */
export function groupBits(name: string): number | null {
  const lower = name.toLowerCase();
  if (lower === 'x25519') return 256; // 255-bit curve, security equivalent to P-256; Mozilla counts it as 256
  if (lower === 'x448') return 448;
  const match = /^(?:secp|sect|brainpoolp|ffdhe)(\d+)/.exec(lower) ?? /^gc(256|512)/.exec(lower);
  return match ? Number(match[1]) : null;
}

export const isFfdheGroup = (name: string): boolean => /^ffdhe\d+$/i.test(name);
export const isPostQuantumHybrid = (name: string): boolean => /mlkem|kyber/i.test(name);
