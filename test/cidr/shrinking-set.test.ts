// ShrinkingSet (src/cidr/shrinking-set.ts): cut in place, compared with the
// immutable AddressSet algebra (itself checked against brute force in
// address-set.property.test.ts), and never writing into the set it started from.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { AddressSet } from '../../src/cidr/address-set.js';
import { formatCidr } from '../../src/cidr/format.js';
import { parseCidr } from '../../src/cidr/parse.js';
import { ShrinkingSet } from '../../src/cidr/shrinking-set.js';
import { addressBits, type Cidr, type Family } from '../../src/cidr/types.js';

function setOf(family: Family, ...ranges: string[]): AddressSet {
  return AddressSet.fromCidrs(
    family,
    ranges.map((text) => parseCidr(text).cidr),
  );
}

const texts = (set: AddressSet): string[] => set.toCidrs().map(formatCidr);

describe('ShrinkingSet, table-driven', () => {
  it.each([
    // [start, removed one after another, left]
    [
      4,
      ['0.0.0.0/0'],
      [['192.0.2.0/24']],
      [
        '0.0.0.0/1',
        '128.0.0.0/2',
        '192.0.0.0/23',
        '192.0.3.0/24',
        '192.0.4.0/22',
        '192.0.8.0/21',
        '192.0.16.0/20',
        '192.0.32.0/19',
        '192.0.64.0/18',
        '192.0.128.0/17',
        '192.1.0.0/16',
        '192.2.0.0/15',
        '192.4.0.0/14',
        '192.8.0.0/13',
        '192.16.0.0/12',
        '192.32.0.0/11',
        '192.64.0.0/10',
        '192.128.0.0/9',
        '193.0.0.0/8',
        '194.0.0.0/7',
        '196.0.0.0/6',
        '200.0.0.0/5',
        '208.0.0.0/4',
        '224.0.0.0/3',
      ],
    ],
    [4, ['192.0.2.0/24'], [['192.0.2.0/25'], ['192.0.2.128/25']], []],
    [
      4,
      ['192.0.2.0/24'],
      [['192.0.2.0/26'], ['192.0.2.192/26']],
      ['192.0.2.64/26', '192.0.2.128/26'],
    ],
    [4, ['192.0.2.0/24', '198.51.100.0/24'], [['192.0.2.0/24']], ['198.51.100.0/24']],
    [4, ['192.0.2.0/24'], [['192.0.2.0/24']], []],
    // Not inside the set: taken out all the same.
    [4, ['192.0.2.0/25'], [['192.0.2.0/23']], []],
    [4, ['192.0.2.0/24'], [['192.0.2.128/25', '198.51.100.0/24']], ['192.0.2.0/25']],
    [6, ['::/0'], [['::/1'], ['8000::/1']], []],
    [6, ['2001:db8::/32'], [['2001:db8::/33'], ['2001:db8:8000::/34']], ['2001:db8:c000::/34']],
    [6, ['::/0'], [['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128'], ['::/128']], undefined],
  ] as const)('IPv%i %j minus %j leaves %j', (family, start, cuts, left) => {
    const startSet = setOf(family, ...start);
    const shrinking = new ShrinkingSet(startSet);
    let expected = startSet;
    for (const cut of cuts) {
      const cutSet = setOf(family, ...cut);
      shrinking.remove(cutSet);
      expected = expected.subtract(cutSet);
    }
    if (left !== undefined) expect(texts(shrinking.toSet())).toEqual(left);
    expect(shrinking.toSet().equals(expected)).toBe(true);
    expect(shrinking.isEmpty()).toBe(expected.isEmpty());
    expect(texts(startSet)).toEqual(texts(setOf(family, ...start)));
  });

  it.each([
    [['192.0.2.0/24'], ['192.0.2.0/25'], ['192.0.2.0/25'], true],
    [['192.0.2.0/24'], ['192.0.2.0/23'], ['192.0.2.0/24'], false],
    [['192.0.2.0/24'], ['198.51.100.0/24'], [], false],
    [['192.0.2.0/24'], [], [], true],
  ])('%j: the part of %j left is %j (the same set: %s)', (start, asked, part, same) => {
    const shrinking = new ShrinkingSet(setOf(4, ...start));
    const askedSet = setOf(4, ...asked);
    const found = shrinking.partOf(askedSet);
    expect(texts(found)).toEqual(part);
    expect(found === askedSet).toBe(same);
  });

  it('hands out its start set until the first cut, then a copy that later cuts leave alone', () => {
    const start = setOf(4, '192.0.2.0/24');
    const shrinking = new ShrinkingSet(start);
    expect(shrinking.toSet()).toBe(start);
    shrinking.remove(setOf(4, '192.0.2.0/26'));
    const snapshot = shrinking.toSet();
    expect(texts(snapshot)).toEqual(['192.0.2.64/26', '192.0.2.128/25']);
    shrinking.remove(setOf(4, '192.0.2.128/25'));
    expect(texts(snapshot)).toEqual(['192.0.2.64/26', '192.0.2.128/25']);
    expect(texts(shrinking.toSet())).toEqual(['192.0.2.64/26']);
    expect(texts(start)).toEqual(['192.0.2.0/24']);
  });
});

describe.each([4, 6] as const)('ShrinkingSet in IPv%i, against AddressSet', (family) => {
  const bits = addressBits(family);
  const last = (1n << BigInt(bits)) - 1n;
  // Near a few anchors, so that cuts overlap, touch and split each other.
  const anchors = [0n, last >> 1n, last - 0xffffn];
  const cidrArbitrary = fc
    .tuple(
      fc.constantFrom(...anchors),
      fc.bigInt({ min: 0n, max: 0xffffn }),
      fc.integer({ min: bits - 16, max: bits }),
    )
    .map(([anchor, offset, prefix]): Cidr => {
      const hostBits = BigInt(bits - prefix);
      const address = (anchor + offset) & last;
      return { family, network: (address >> hostBits) << hostBits, prefix };
    });
  const setArbitrary = fc
    .array(cidrArbitrary, { maxLength: 12 })
    .map((cidrs) => AddressSet.fromCidrs(family, cidrs));
  // Each step: take out a set, or take out the part of a set still left (as the walk does).
  const stepArbitrary = fc.tuple(fc.boolean(), setArbitrary);

  it('cuts, parts and snapshots match the immutable algebra, and the start set is untouched', () => {
    fc.assert(
      fc.property(
        fc.oneof(setArbitrary, fc.constant(AddressSet.all(family))),
        fc.array(stepArbitrary, { maxLength: 12 }),
        (start, steps) => {
          const before = start.toCidrs();
          const shrinking = new ShrinkingSet(start);
          let expected = start;
          for (const [onlyWhatIsLeft, set] of steps) {
            const part = shrinking.partOf(set);
            expect(part.equals(set.intersect(expected))).toBe(true);
            const cut = onlyWhatIsLeft ? part : set;
            shrinking.remove(cut);
            expected = expected.subtract(cut);
            expect(shrinking.toSet().equals(expected)).toBe(true);
            expect(shrinking.isEmpty()).toBe(expected.isEmpty());
          }
          expect(start.toCidrs()).toEqual(before);
        },
      ),
    );
  });
});
