// The set algebra against a brute-force reference: a Set of numbers over a
// universe of 256 addresses. Universes sit in the middle of each family and
// at both ends of it, where carries and the top address are easy to get wrong.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { AddressSet, unionAll } from '../../src/cidr/address-set.js';
import { parseCidr } from '../../src/cidr/parse.js';
import { addressBits, type Cidr, type Family } from '../../src/cidr/types.js';

interface Universe {
  readonly family: Family;
  readonly base: bigint; // first of 256 addresses
}

const universes: readonly [string, Universe][] = [
  '192.0.2.0/24',
  '0.0.0.0/24',
  '255.255.255.0/24',
  '2001:db8::/120',
  '::/120',
  'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00/120',
].map((text) => {
  const { cidr } = parseCidr(text);
  return [text, { family: cidr.family, base: cidr.network }];
});

const SIZE = 256;

/** A block inside the universe: offset aligned to 2^hostBits, hostBits 0-8. */
const blockArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: SIZE - 1 }))
  .map(([hostBits, offset]) => ({ hostBits, offset: offset - (offset % 2 ** hostBits) }));
type Block = { hostBits: number; offset: number };

// Mostly a few blocks (the sorting path for small inputs), sometimes many (the radix sort).
const blocksArbitrary = fc.oneof(
  fc.array(blockArbitrary, { maxLength: 12 }),
  fc.array(blockArbitrary, { minLength: 32, maxLength: 120 }),
);

const intervalArbitrary = fc
  .tuple(fc.integer({ min: 0, max: SIZE - 1 }), fc.integer({ min: 0, max: SIZE - 1 }))
  .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

function toCidr(universe: Universe, { hostBits, offset }: Block): Cidr {
  const prefix = addressBits(universe.family) - hostBits;
  return { family: universe.family, network: universe.base + BigInt(offset), prefix };
}

function membersOf(blocks: readonly Block[]): Set<number> {
  const members = new Set<number>();
  for (const { hostBits, offset } of blocks) {
    for (let i = 0; i < 2 ** hostBits; i++) members.add(offset + i);
  }
  return members;
}

/**
 * The minimal exact CIDR cover, by definition: a block wholly inside the set
 * is one CIDR; a block partly inside is the cover of its two halves.
 */
function minimalCover(members: Set<number>, offset = 0, hostBits = 8): Block[] {
  let inside = 0;
  for (let i = 0; i < 2 ** hostBits; i++) if (members.has(offset + i)) inside++;
  if (inside === 0) return [];
  if (inside === 2 ** hostBits) return [{ hostBits, offset }];
  const half = 2 ** (hostBits - 1);
  return [
    ...minimalCover(members, offset, hostBits - 1),
    ...minimalCover(members, offset + half, hostBits - 1),
  ];
}

function maximalRuns(members: Set<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < SIZE; i++) {
    if (!members.has(i)) continue;
    const last = runs.at(-1);
    if (last !== undefined && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

describe.each(universes)('within %s', (_name, universe) => {
  const setOf = (blocks: readonly Block[]) =>
    AddressSet.fromCidrs(
      universe.family,
      blocks.map((block) => toCidr(universe, block)),
    );
  const expectedCidrs = (members: Set<number>) =>
    minimalCover(members).map((block) => toCidr(universe, block));

  it('fromCidrs(...).toCidrs() is the minimal exact cover, ascending', () => {
    fc.assert(
      fc.property(blocksArbitrary, (blocks) => {
        expect(setOf(blocks).toCidrs()).toEqual(expectedCidrs(membersOf(blocks)));
      }),
    );
  });

  it('intervals() are the maximal runs, and size() counts their addresses', () => {
    fc.assert(
      fc.property(blocksArbitrary, (blocks) => {
        const members = membersOf(blocks);
        const set = setOf(blocks);
        const runs = maximalRuns(members).map(([a, b]) => [
          universe.base + BigInt(a),
          universe.base + BigInt(b),
        ]);
        expect(set.intervals()).toEqual(runs);
        expect(set.size()).toBe(BigInt(members.size));
        expect(set.isEmpty()).toBe(members.size === 0);
      }),
    );
  });

  it('union, intersect and subtract match the reference', () => {
    fc.assert(
      fc.property(blocksArbitrary, blocksArbitrary, (blocksA, blocksB) => {
        const a = membersOf(blocksA);
        const b = membersOf(blocksB);
        const setA = setOf(blocksA);
        const setB = setOf(blocksB);
        const union = new Set([...a, ...b]);
        const intersection = new Set([...a].filter((x) => b.has(x)));
        const difference = new Set([...a].filter((x) => !b.has(x)));
        expect(setA.union(setB).toCidrs()).toEqual(expectedCidrs(union));
        expect(setA.intersect(setB).toCidrs()).toEqual(expectedCidrs(intersection));
        expect(setA.subtract(setB).toCidrs()).toEqual(expectedCidrs(difference));
      }),
    );
  });

  it('sets made by operations mix with sets made from ranges like the reference', () => {
    // Operation results keep no caller's Cidrs; unions of both kinds must still split right.
    fc.assert(
      fc.property(
        blocksArbitrary,
        blocksArbitrary,
        blocksArbitrary,
        (blocksA, blocksB, blocksC) => {
          const a = membersOf(blocksA);
          const b = membersOf(blocksB);
          const c = membersOf(blocksC);
          const difference = setOf(blocksA).subtract(setOf(blocksB));
          const intersection = setOf(blocksA).intersect(setOf(blocksB));
          const setC = setOf(blocksC);
          const differenceMembers = [...a].filter((x) => !b.has(x));
          const intersectionMembers = [...a].filter((x) => b.has(x));
          expect(difference.union(setC).toCidrs()).toEqual(
            expectedCidrs(new Set([...differenceMembers, ...c])),
          );
          expect(setC.union(intersection).toCidrs()).toEqual(
            expectedCidrs(new Set([...c, ...intersectionMembers])),
          );
          expect(unionAll(universe.family, [difference, setC, intersection]).toCidrs()).toEqual(
            expectedCidrs(new Set([...differenceMembers, ...c, ...intersectionMembers])),
          );
          expect(difference.intervals()).toEqual(
            maximalRuns(new Set(differenceMembers)).map(([first, last]) => [
              universe.base + BigInt(first),
              universe.base + BigInt(last),
            ]),
          );
        },
      ),
    );
  });

  it('overlaps, containsSet and equals match the reference', () => {
    fc.assert(
      fc.property(blocksArbitrary, blocksArbitrary, (blocksA, blocksB) => {
        const a = membersOf(blocksA);
        const b = membersOf(blocksB);
        const setA = setOf(blocksA);
        const setB = setOf(blocksB);
        expect(setA.overlaps(setB)).toBe([...a].some((x) => b.has(x)));
        expect(setA.containsSet(setB)).toBe([...b].every((x) => a.has(x)));
        expect(setA.equals(setB)).toBe(a.size === b.size && [...a].every((x) => b.has(x)));
      }),
    );
  });

  it('containsAddress matches the reference at every address and just outside', () => {
    const last = (1n << BigInt(addressBits(universe.family))) - 1n;
    fc.assert(
      fc.property(blocksArbitrary, (blocks) => {
        const members = membersOf(blocks);
        const set = setOf(blocks);
        for (let i = 0; i < SIZE; i++) {
          expect(set.containsAddress(universe.base + BigInt(i))).toBe(members.has(i));
        }
        if (universe.base > 0n) expect(set.containsAddress(universe.base - 1n)).toBe(false);
        const above = universe.base + BigInt(SIZE);
        if (above <= last) expect(set.containsAddress(above)).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('fromIntervals matches the reference for intervals in any order', () => {
    fc.assert(
      fc.property(fc.array(intervalArbitrary, { maxLength: 8 }), (intervals) => {
        const members = new Set<number>();
        for (const [first, last] of intervals) for (let i = first; i <= last; i++) members.add(i);
        const set = AddressSet.fromIntervals(
          universe.family,
          intervals.map(([first, last]) => [
            universe.base + BigInt(first),
            universe.base + BigInt(last),
          ]),
        );
        expect(set.toCidrs()).toEqual(expectedCidrs(members));
      }),
    );
  });

  it('unionAll is the union of all its sets', () => {
    fc.assert(
      fc.property(fc.array(blocksArbitrary, { maxLength: 5 }), (blockLists) => {
        const all = unionAll(universe.family, blockLists.map(setOf));
        expect(all.toCidrs()).toEqual(expectedCidrs(membersOf(blockLists.flat())));
      }),
    );
  });
});

// Across the whole address space, against a plain BigInt sort-and-merge:
// this exercises every byte of the radix sort and the word arithmetic.
describe.each([4, 6] as const)('anywhere in IPv%i', (family) => {
  const bits = addressBits(family);
  const last = (1n << BigInt(bits)) - 1n;
  // Some ranges anywhere, most near a few anchors so that they overlap and touch.
  const anchors = [0n, last >> 1n, last - 0xffffn, 0x12345678n << BigInt(bits - 32)];
  const cidrArbitrary = fc
    .oneof(
      fc.tuple(fc.bigInt({ min: 0n, max: last }), fc.integer({ min: 0, max: bits })),
      fc
        .tuple(
          fc.tuple(fc.constantFrom(...anchors), fc.bigInt({ min: 0n, max: 0xffffn })),
          fc.integer({ min: bits - 16, max: bits }),
        )
        .map(([[anchor, offset], prefix]) => [(anchor + offset) & last, prefix] as const),
    )
    .map(([address, prefix]): Cidr => {
      const hostBits = BigInt(bits - prefix);
      return { family, network: (address >> hostBits) << hostBits, prefix };
    });

  function referenceIntervals(cidrs: readonly Cidr[]): [bigint, bigint][] {
    const sorted = cidrs
      .map((c): [bigint, bigint] => [c.network, c.network + (1n << BigInt(bits - c.prefix)) - 1n])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const merged: [bigint, bigint][] = [];
    for (const [first, end] of sorted) {
      const current = merged.at(-1);
      if (current !== undefined && first <= current[1] + 1n) {
        if (end > current[1]) current[1] = end;
      } else {
        merged.push([first, end]);
      }
    }
    return merged;
  }

  /** Greedy: at each start, the widest aligned block that fits. */
  function referenceCidrs(intervals: readonly [bigint, bigint][]): Cidr[] {
    const cidrs: Cidr[] = [];
    for (const [first, end] of intervals) {
      let start = first;
      while (start <= end) {
        let hostBits = bits;
        while (
          start % (1n << BigInt(hostBits)) !== 0n ||
          start + (1n << BigInt(hostBits)) - 1n > end
        ) {
          hostBits--;
        }
        cidrs.push({ family, network: start, prefix: bits - hostBits });
        start += 1n << BigInt(hostBits);
      }
    }
    return cidrs;
  }

  it('fromCidrs merges and toCidrs splits like the reference', () => {
    fc.assert(
      // Up to a few hundred ranges, so both the small-input and the radix sort run.
      fc.property(fc.array(cidrArbitrary, { maxLength: 400, size: 'max' }), (cidrs) => {
        const set = AddressSet.fromCidrs(family, cidrs);
        const intervals = referenceIntervals(cidrs);
        expect(set.intervals()).toEqual(intervals);
        expect(set.toCidrs()).toEqual(referenceCidrs(intervals));
      }),
    );
  });

  it('intersect and subtract agree with the reference when one side is far larger', () => {
    // The walk's shape: a few ranges against a scope of hundreds (galloping search, bulk copy).
    fc.assert(
      fc.property(
        fc.array(cidrArbitrary, { minLength: 50, maxLength: 300 }),
        fc.array(cidrArbitrary, { maxLength: 4 }),
        (many, few) => {
          const large = AddressSet.fromCidrs(family, many);
          const small = AddressSet.fromCidrs(family, few);
          const within = (intervals: readonly (readonly [bigint, bigint])[], x: bigint) =>
            intervals.some(([first, last]) => first <= x && x <= last);
          // Every interval end and its neighbours: where a wrong cut would show.
          const probes = [...large.intervals(), ...small.intervals()]
            .flatMap(([first, lastAddress]) => [first - 1n, first, lastAddress, lastAddress + 1n])
            .filter((x) => x >= 0n && x <= last);
          const both = large.intersect(small);
          const largeOnly = large.subtract(small);
          const smallOnly = small.subtract(large);
          for (const x of probes) {
            const inLarge = within(large.intervals(), x);
            const inSmall = within(small.intervals(), x);
            expect(both.containsAddress(x)).toBe(inLarge && inSmall);
            expect(largeOnly.containsAddress(x)).toBe(inLarge && !inSmall);
            expect(smallOnly.containsAddress(x)).toBe(inSmall && !inLarge);
          }
          expect(both.union(largeOnly).equals(large)).toBe(true);
          expect(large.containsSet(both)).toBe(true);
          expect(large.overlaps(small)).toBe(!both.isEmpty());
        },
      ),
    );
  });

  it('union and subtract agree with the reference on wide ranges', () => {
    fc.assert(
      fc.property(
        fc.array(cidrArbitrary, { maxLength: 20 }),
        fc.array(cidrArbitrary, { maxLength: 20 }),
        (a, b) => {
          const setA = AddressSet.fromCidrs(family, a);
          const setB = AddressSet.fromCidrs(family, b);
          expect(setA.union(setB).intervals()).toEqual(referenceIntervals([...a, ...b]));
          // (A minus B) and B are disjoint and together make A union B.
          const difference = setA.subtract(setB);
          expect(difference.overlaps(setB)).toBe(false);
          expect(difference.union(setB).equals(setA.union(setB))).toBe(true);
          expect(setA.containsSet(difference)).toBe(true);
        },
      ),
    );
  });
});
