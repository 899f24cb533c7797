// Canonical text for addresses and ranges. One spelling per value keeps the
// generated files byte-for-byte stable, so diffs show only real changes.

import type { Cidr, Family } from './types.js';

const IPV4_MAPPED_PREFIX = 0xffffn; // ::ffff:0:0/96, the top 96 bits (RFC 4291 section 2.5.5.2)

/** Dotted quad for IPv4; RFC 5952 text for IPv6. */
export function formatAddress(family: Family, value: bigint): string {
  return family === 4 ? formatIPv4(Number(value)) : formatIPv6(value);
}

/** Always "address/prefix", even for a single host ("192.0.2.1/32"). */
export function formatCidr(cidr: Cidr): string {
  return `${formatAddress(cidr.family, cidr.network)}/${cidr.prefix}`;
}

/** IPv4 before IPv6, then ascending network, then the shorter (wider) prefix first. */
export function compareCidrs(a: Cidr, b: Cidr): number {
  if (a.family !== b.family) return a.family - b.family;
  if (a.network !== b.network) return a.network < b.network ? -1 : 1;
  return a.prefix - b.prefix;
}

function formatIPv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff].join('.');
}

function formatIPv6(value: bigint): string {
  // RFC 5952 section 5: IPv4-mapped addresses end in dotted decimal.
  if (value >> 32n === IPV4_MAPPED_PREFIX) {
    return `::ffff:${formatIPv4(Number(value & 0xffffffffn))}`;
  }
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) {
    // Section 4.1 (no leading zeros) and 4.3 (lower case): toString(16) gives both.
    groups.push(Number((value >> shift) & 0xffffn).toString(16));
  }
  const run = longestZeroRun(groups);
  if (run === undefined) return groups.join(':');
  const head = groups.slice(0, run.start).join(':');
  const tail = groups.slice(run.start + run.length).join(':');
  return `${head}::${tail}`;
}

/**
 * RFC 5952 section 4.2: "::" replaces the longest run of two or more zero
 * groups (4.2.2: never a single one); on a tie, the first run (4.2.3).
 */
function longestZeroRun(groups: readonly string[]): { start: number; length: number } | undefined {
  let best: { start: number; length: number } | undefined;
  let start = 0;
  while (start < groups.length) {
    let end = start;
    while (groups[end] === '0') end += 1;
    const length = end - start;
    if (length >= 2 && length > (best?.length ?? 0)) best = { start, length };
    start = end + 1;
  }
  return best;
}
