// How much a set of addresses is, in the units a reviewer can compare:
// IPv4 addresses, and IPv6 /64 networks (the unit providers assign).

import type { AddressSet } from '../cidr/address-set.js';

/** Number of distinct /64 networks the IPv6 set touches. */
export function slash64Count(set: AddressSet): bigint {
  let count = 0n;
  let lastEnd = -1n;
  for (const [first, last] of set.intervals()) {
    const start = first >> 64n;
    const end = last >> 64n;
    // Intervals are sorted; two may share a /64 at their boundary.
    count += end - (start > lastEnd ? start : lastEnd + 1n) + 1n;
    lastEnd = end;
  }
  return count;
}
