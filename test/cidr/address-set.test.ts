import { describe, expect, it } from 'vitest';

import { AddressSet, unionAll } from '../../src/cidr/address-set.js';
import { formatCidr } from '../../src/cidr/format.js';
import { parseAddress, parseCidr } from '../../src/cidr/parse.js';
import type { Family } from '../../src/cidr/types.js';

/** A set from range texts; the family is that of the first range, IPv4 for none. */
function setOf(...ranges: string[]): AddressSet {
  const cidrs = ranges.map((text) => parseCidr(text).cidr);
  return AddressSet.fromCidrs(cidrs[0]?.family ?? 4, cidrs);
}

function texts(set: AddressSet): string[] {
  return set.toCidrs().map(formatCidr);
}

const address = (text: string): bigint => parseAddress(text).value;

describe('fromCidrs(...).toCidrs() aggregates', () => {
  it.each([
    [[], []],
    [['192.0.2.0/24'], ['192.0.2.0/24']],
    [['192.0.2.0/25', '192.0.2.128/25'], ['192.0.2.0/24']],
    [['192.0.2.128/25', '192.0.2.0/25'], ['192.0.2.0/24']],
    [['192.0.2.0/24', '192.0.2.0/24'], ['192.0.2.0/24']],
    [['192.0.2.0/24', '192.0.2.77/32'], ['192.0.2.0/24']],
    [['192.0.2.77/32', '192.0.2.0/24'], ['192.0.2.0/24']],
    [['192.0.2.0/24', '192.0.3.0/24'], ['192.0.2.0/23']],
    // Adjacent but not aligned to a wider block: stays two blocks.
    [
      ['192.0.1.0/24', '192.0.2.0/24'],
      ['192.0.1.0/24', '192.0.2.0/24'],
    ],
    [
      ['10.0.0.1/32', '10.0.0.2/31', '10.0.0.4/30'],
      ['10.0.0.1/32', '10.0.0.2/31', '10.0.0.4/30'],
    ],
    [['10.0.0.0/32', '10.0.0.1/32', '10.0.0.2/31'], ['10.0.0.0/30']],
    [['255.255.255.255/32', '255.255.255.254/32'], ['255.255.255.254/31']],
    [['0.0.0.0/1', '128.0.0.0/1'], ['0.0.0.0/0']],
    [['2001:db8::/33', '2001:db8:8000::/33'], ['2001:db8::/32']],
    [['2001:db8::/48', '2001:db8:1::/48', '2001:db8::1/128'], ['2001:db8::/47']],
    [['::/1', '8000::/1'], ['::/0']],
    [
      ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '::'],
      ['::/128', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128'],
    ],
    [['::ffff:0:0/97', '::ffff:128.0.0.0/97'], ['::ffff:0.0.0.0/96']],
  ])('%j to %j', (input, expected) => {
    expect(texts(setOf(...input))).toEqual(expected);
  });
});

describe('fromIntervals', () => {
  it.each([
    [4, [['10.0.0.1', '10.0.0.6']], ['10.0.0.1/32', '10.0.0.2/31', '10.0.0.4/31', '10.0.0.6/32']],
    [4, [['0.0.0.0', '255.255.255.255']], ['0.0.0.0/0']],
    [
      4,
      [
        ['10.0.0.5', '10.0.0.9'],
        ['10.0.0.0', '10.0.0.4'],
      ],
      ['10.0.0.0/29', '10.0.0.8/31'],
    ],
    [
      4,
      [
        ['10.0.0.0', '10.0.0.9'],
        ['10.0.0.2', '10.0.0.3'],
      ],
      ['10.0.0.0/29', '10.0.0.8/31'],
    ],
    [6, [['::1', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe']], undefined],
    [6, [['::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff']], ['::/0']],
  ] as const)('IPv%i %j', (family: Family, intervals, expected) => {
    const set = AddressSet.fromIntervals(
      family,
      intervals.map(([first, last]) => [address(first), address(last)] as const),
    );
    if (expected !== undefined) expect(texts(set)).toEqual(expected);
    // Every interval in, converted back, is the same set.
    expect(AddressSet.fromCidrs(family, set.toCidrs()).equals(set)).toBe(true);
  });

  it('covers all but the two ends of IPv6 with 254 blocks, from ::1/128 up to 8000::/1 and down', () => {
    const blocks = texts(AddressSet.fromIntervals(6, [[1n, (1n << 128n) - 2n]]));
    expect(blocks).toHaveLength(254);
    expect(blocks.slice(0, 3)).toEqual(['::1/128', '::2/127', '::4/126']);
    expect(blocks.slice(126, 128)).toEqual(['4000::/2', '8000::/2']);
    expect(blocks.at(-1)).toBe('ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/128');
  });

  it.each([
    [4, -1n, 0n],
    [4, 5n, 4n],
    [4, 0n, 1n << 32n],
    [6, 0n, 1n << 128n],
  ] as const)('refuses IPv%i [%s, %s]', (family, first, last) => {
    expect(() => AddressSet.fromIntervals(family, [[first, last]])).toThrow(RangeError);
  });

  it('returns its intervals sorted, disjoint and non-adjacent', () => {
    const set = AddressSet.fromIntervals(4, [
      [20n, 30n],
      [0n, 9n],
      [10n, 12n],
      [25n, 40n],
      [42n, 42n],
    ]);
    expect(set.intervals()).toEqual([
      [0n, 12n],
      [20n, 40n],
      [42n, 42n],
    ]);
  });
});

describe('set algebra', () => {
  it.each([
    [['192.0.2.0/25'], ['192.0.2.128/25'], ['192.0.2.0/24']],
    [['192.0.2.0/24'], ['192.0.2.0/26'], ['192.0.2.0/24']],
    [[], ['192.0.2.0/24'], ['192.0.2.0/24']],
    [['10.0.0.0/8'], ['192.0.2.0/24'], ['10.0.0.0/8', '192.0.2.0/24']],
  ])('%j union %j is %j', (a, b, expected) => {
    expect(texts(setOf(...a).union(setOf(...b)))).toEqual(expected);
    expect(texts(setOf(...b).union(setOf(...a)))).toEqual(expected);
  });

  it.each([
    [['192.0.2.0/24'], ['192.0.2.128/25'], ['192.0.2.128/25']],
    [['192.0.2.0/25'], ['192.0.2.128/25'], []],
    [['10.0.0.0/8', '192.0.2.0/24'], ['0.0.0.0/1'], ['10.0.0.0/8']],
    [['2001:db8::/32'], ['2001:db8:1::/48', '2001:db9::/32'], ['2001:db8:1::/48']],
  ])('%j intersect %j is %j', (a, b, expected) => {
    expect(texts(setOf(...a).intersect(setOf(...b)))).toEqual(expected);
    expect(texts(setOf(...b).intersect(setOf(...a)))).toEqual(expected);
  });

  it.each([
    [['192.0.2.0/24'], ['192.0.2.128/25'], ['192.0.2.0/25']],
    [
      ['192.0.2.0/24'],
      ['192.0.2.1/32'],
      [
        '192.0.2.0/32',
        '192.0.2.2/31',
        '192.0.2.4/30',
        '192.0.2.8/29',
        '192.0.2.16/28',
        '192.0.2.32/27',
        '192.0.2.64/26',
        '192.0.2.128/25',
      ],
    ],
    [['192.0.2.0/24'], ['0.0.0.0/0'], []],
    [['192.0.2.0/24'], ['198.51.100.0/24'], ['192.0.2.0/24']],
    [['10.0.0.0/30'], ['10.0.0.1/32', '10.0.0.2/32'], ['10.0.0.0/32', '10.0.0.3/32']],
    [['2001:db8::/32'], ['2001:db8::/33'], ['2001:db8:8000::/33']],
  ])('%j minus %j is %j', (a, b, expected) => {
    expect(texts(setOf(...a).subtract(setOf(...b)))).toEqual(expected);
  });

  it('subtracts from the whole space up to the top address', () => {
    expect(texts(AddressSet.all(4).subtract(setOf('0.0.0.0/1')))).toEqual(['128.0.0.0/1']);
    const nothingLeft = AddressSet.all(6).subtract(setOf('::/1', '8000::/2', 'c000::/2'));
    expect(nothingLeft.isEmpty()).toBe(true);
    const withoutTop = AddressSet.all(6).subtract(setOf('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'));
    expect(withoutTop.toCidrs()).toHaveLength(128);
    expect(withoutTop.containsAddress((1n << 128n) - 2n)).toBe(true);
    expect(withoutTop.containsAddress((1n << 128n) - 1n)).toBe(false);
  });

  it.each([
    [['192.0.2.0/24'], ['192.0.2.255/32'], true],
    [['192.0.2.0/24'], ['192.0.3.0/32'], false],
    [['192.0.2.0/25', '192.0.3.0/24'], ['192.0.2.128/25'], false],
    [[], ['192.0.2.0/24'], false],
    [['::/0'], ['2001:db8::/32'], true],
  ])('%j overlaps %j: %s', (a, b, expected) => {
    expect(setOf(...a).overlaps(setOf(...b))).toBe(expected);
    expect(setOf(...b).overlaps(setOf(...a))).toBe(expected);
  });

  it.each([
    [['192.0.2.0/24'], ['192.0.2.0/25'], true],
    [['192.0.2.0/24'], ['192.0.2.0/23'], false],
    [['192.0.2.0/25', '192.0.2.128/25'], ['192.0.2.0/24'], true],
    [['192.0.2.0/25', '192.0.2.192/26'], ['192.0.2.0/24'], false],
    [['192.0.2.0/24'], [], true],
    [[], [], true],
  ])('%j contains %j: %s', (a, b, expected) => {
    expect(setOf(...a).containsSet(setOf(...b))).toBe(expected);
  });
});

describe('queries', () => {
  it.each([
    ['192.0.2.0', true],
    ['192.0.2.255', true],
    ['192.0.3.0', false],
    ['192.0.1.255', false],
    ['10.0.0.0', true],
    ['0.0.0.0', false],
    ['255.255.255.255', true],
  ])('containsAddress(%s) is %s', (text, expected) => {
    const set = setOf('10.0.0.0/32', '192.0.2.0/24', '255.255.255.255/32');
    expect(set.containsAddress(address(text))).toBe(expected);
  });

  it.each([
    [[], 0n],
    [['192.0.2.0/24'], 256n],
    [['192.0.2.0/24', '192.0.2.0/25', '10.0.0.1/32'], 257n],
    [['0.0.0.0/0'], 1n << 32n],
    [['::/0'], 1n << 128n],
    [['2001:db8::/64'], 1n << 64n],
  ])('size of %j is %s', (ranges, expected) => {
    expect(setOf(...ranges).size()).toBe(expected);
  });

  it.each([
    [[], true, false],
    [['0.0.0.0/0'], false, true],
    [['0.0.0.0/1', '128.0.0.0/1'], false, true],
    [['0.0.0.0/1'], false, false],
    [['::/0'], false, true],
    [['::/1', '8000::/2'], false, false],
  ])('%j is empty: %s, is all: %s', (ranges, empty, all) => {
    const set = setOf(...ranges);
    expect(set.isEmpty()).toBe(empty);
    expect(set.isAll()).toBe(all);
  });

  it('equals compares contents, not construction', () => {
    const a = setOf('192.0.2.0/25', '192.0.2.128/25');
    expect(a.equals(setOf('192.0.2.0/24'))).toBe(true);
    expect(a.equals(AddressSet.fromIntervals(4, [[0xc0000200n, 0xc00002ffn]]))).toBe(true);
    expect(a.equals(setOf('192.0.2.0/25'))).toBe(false);
    expect(AddressSet.empty(6).equals(AddressSet.empty(6))).toBe(true);
    expect(AddressSet.all(4).equals(setOf('0.0.0.0/0'))).toBe(true);
  });
});

describe('unionAll', () => {
  it('merges many sets at once', () => {
    const sets = [
      setOf('192.0.2.0/26'),
      setOf('192.0.2.192/26', '10.0.0.0/8'),
      AddressSet.empty(4),
      setOf('192.0.2.64/26', '192.0.2.128/26'),
    ];
    expect(texts(unionAll(4, sets))).toEqual(['10.0.0.0/8', '192.0.2.0/24']);
  });

  it('of nothing is empty', () => {
    expect(unionAll(6, []).isEmpty()).toBe(true);
  });
});

describe('family mismatches', () => {
  const v4 = setOf('192.0.2.0/24');
  const v6 = setOf('2001:db8::/32');

  it.each([
    ['union', () => v4.union(v6)],
    ['intersect', () => v4.intersect(v6)],
    ['subtract', () => v6.subtract(v4)],
    ['overlaps', () => v4.overlaps(v6)],
    ['equals', () => v6.equals(v4)],
    ['containsSet', () => v4.containsSet(v6)],
    ['unionAll', () => unionAll(4, [v4, v6])],
  ])('%s throws', (_name, action) => {
    expect(action).toThrow(/IPv4.*IPv6|IPv6.*IPv4/);
  });

  it('fromCidrs names the range of the wrong family', () => {
    const cidrs = [parseCidr('192.0.2.0/24').cidr, parseCidr('2001:db8::/32').cidr];
    expect(() => AddressSet.fromCidrs(4, cidrs)).toThrow(/2001:db8::\/32/);
  });

  it('fromCidrs refuses a prefix beyond the family', () => {
    expect(() => AddressSet.fromCidrs(4, [{ family: 4, network: 0n, prefix: 33 }])).toThrow(
      /0\.0\.0\.0\/33/,
    );
  });
});

describe('immutability', () => {
  it('operations leave their operands unchanged', () => {
    const a = setOf('192.0.2.0/24');
    const b = setOf('192.0.2.128/25');
    a.union(b);
    a.subtract(b);
    a.intersect(b);
    expect(texts(a)).toEqual(['192.0.2.0/24']);
    expect(texts(b)).toEqual(['192.0.2.128/25']);
  });

  it('toCidrs returns equal values each time', () => {
    const set = setOf('192.0.2.0/24', '198.51.100.7');
    expect(set.toCidrs()).toEqual(set.toCidrs());
    expect(set.toCidrs()).toEqual([
      { family: 4, network: 0xc0000200n, prefix: 24 },
      { family: 4, network: 0xc6336407n, prefix: 32 },
    ]);
  });
});
