// Range algebra at scale (issue 7): aggregating n mixed IPv4/IPv6 ranges,
// AddressSet.fromCidrs(...).toCidrs() per family, as the allowlist builder
// does with every sender's ranges. The ranges come from the seed: half
// anywhere, half packed into a few hundred provider-sized blocks so that
// overlaps and adjacent ranges (the work aggregation exists for) are common.

import { AddressSet } from '../cidr/address-set.js';
import { makeCidr } from '../cidr/parse.js';
import type { Cidr, Family } from '../cidr/types.js';

export interface AggregateCaseOptions {
  readonly ranges: number;
  readonly seed: number;
}

export interface AggregateCaseResult {
  readonly ranges: number;
  /** CIDR blocks in the aggregated output, both families. */
  readonly outputCidrs: number;
  readonly ms: number;
  /** Resident set size once the input exists, before aggregating. */
  readonly rssBeforeBytes: number;
  /** Peak resident set size of the process so far. */
  readonly peakRssBytes: number;
}

export function runAggregateCase(options: AggregateCaseOptions): AggregateCaseResult {
  const input = randomRanges(options.ranges, options.seed);
  const rssBeforeBytes = process.memoryUsage.rss();
  const started = performance.now();
  const v4 = AddressSet.fromCidrs(4, input.v4).toCidrs();
  const v6 = AddressSet.fromCidrs(6, input.v6).toCidrs();
  const ms = performance.now() - started;
  return {
    ranges: options.ranges,
    outputCidrs: v4.length + v6.length,
    ms,
    rssBeforeBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

/** Prefix lengths by weight: mostly hosts and small networks, as allowlists hold. */
const PREFIXES: Record<Family, readonly (readonly [number, number])[]> = {
  4: [
    [32, 30],
    [28, 15],
    [24, 35],
    [20, 15],
    [16, 4],
    [12, 1],
  ],
  6: [
    [128, 20],
    [64, 40],
    [56, 15],
    [48, 20],
    [36, 5],
  ],
};

/** Half the ranges fall inside this many blocks (a /12 or a /28 of IPv6 each). */
const CLUSTERS = 256;

function randomRanges(count: number, seed: number): { v4: Cidr[]; v6: Cidr[] } {
  const next = xorshift32(seed);
  const word = (): bigint => BigInt(next());
  const clusters = {
    4: Array.from({ length: CLUSTERS }, () => word() & 0xfff00000n),
    6: Array.from({ length: CLUSTERS }, () => (0x2000n | (word() & 0xfffn)) << 112n),
  };
  const ranges: { v4: Cidr[]; v6: Cidr[] } = { v4: [], v6: [] };
  for (let i = 0; i < count; i += 1) {
    const family: Family = i % 2 === 0 ? 4 : 6;
    const random =
      family === 4 ? word() : (word() << 96n) | (word() << 64n) | (word() << 32n) | word();
    const clustered = next() % 2 === 0;
    const hostPart = family === 4 ? 0xfffffn : (1n << 100n) - 1n;
    const value = clustered ? clusters[family][next() % CLUSTERS]! | (random & hostPart) : random;
    const cidr = makeCidr(family, value, prefixFor(family, next)).cidr;
    (family === 4 ? ranges.v4 : ranges.v6).push(cidr);
  }
  return ranges;
}

function prefixFor(family: Family, next: () => number): number {
  let left = next() % 100;
  for (const [prefix, weight] of PREFIXES[family]) {
    left -= weight;
    if (left < 0) return prefix;
  }
  return PREFIXES[family][0]![0];
}

/** xorshift32: a fast seeded stream of 32-bit words (never seeded with 0). */
function xorshift32(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}
