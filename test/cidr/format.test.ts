import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';

import { compareCidrs, formatAddress, formatCidr } from '../../src/cidr/format.js';
import { parseCidr, parseIPv6 } from '../../src/cidr/parse.js';

describe('formatAddress IPv6 follows RFC 5952', () => {
  it.each([
    // Section 2.1: one address, many spellings.
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8::0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8::1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:0:1::1', '2001:db8::1:0:0:1'],
    ['2001:db8:0000:0:1::1', '2001:db8::1:0:0:1'],
    ['2001:DB8:0:0:1::1', '2001:db8::1:0:0:1'],
    // Section 2.2: leading zeros and "::" placement.
    ['2001:db8:aaaa:bbbb:cccc:dddd:eeee:0001', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:1'],
    ['2001:db8:aaaa:bbbb:cccc:dddd:eeee:001', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:1'],
    ['2001:db8:aaaa:bbbb:cccc:dddd:eeee:01', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:1'],
    ['2001:db8:0:0:0::1', '2001:db8::1'],
    ['2001:db8:0:0::1', '2001:db8::1'],
    ['2001:db8:0::1', '2001:db8::1'],
    ['2001:db8::aaaa:0:0:1', '2001:db8::aaaa:0:0:1'],
    ['2001:db8:0:0:aaaa::1', '2001:db8::aaaa:0:0:1'],
    // Section 2.3: case.
    ['2001:db8:aaaa:bbbb:cccc:dddd:eeee:AAAA', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:aaaa'],
    ['2001:db8:aaaa:bbbb:cccc:dddd:eeee:AaAa', '2001:db8:aaaa:bbbb:cccc:dddd:eeee:aaaa'],
    // Section 4.1: no leading zeros.
    ['2001:0db8::0001', '2001:db8::1'],
    // Section 4.2.1: shorten as much as possible.
    ['2001:db8:0:0:0:0:2:1', '2001:db8::2:1'],
    // Section 4.2.2: never "::" for a single zero group.
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    // Section 4.2.3: the longest run; the first on a tie.
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    // Section 4.3: lower case.
    ['2001:DB8::1', '2001:db8::1'],
    // Section 5: IPv4-mapped addresses end in dotted decimal.
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['0:0:0:0:0:ffff:c000:201', '::ffff:192.0.2.1'],
    ['::ffff:0:0', '::ffff:0.0.0.0'],
    ['::ffff:ffff:ffff', '::ffff:255.255.255.255'],
    // Edges: only the mapped prefix gets dotted decimal; runs at either end.
    ['::192.0.2.1', '::c000:201'],
    ['::fffe:c000:201', '::fffe:c000:201'],
    ['::1:ffff:0:0', '::1:ffff:0:0'],
    ['64:ff9b::192.0.2.1', '64:ff9b::c000:201'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['1:0:0:0:0:0:0:0', '1::'],
    ['0:1:2:3:4:5:6:7', '0:1:2:3:4:5:6:7'],
    ['1:2:3:4:5:6:7:0', '1:2:3:4:5:6:7:0'],
    ['1:2:3:4:5:6:0:8', '1:2:3:4:5:6:0:8'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
    ['0:0:1:0:0:0:1:0', '0:0:1::1:0'],
    ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'],
  ])('%s is written %s', (input, expected) => {
    expect(formatAddress(6, parseIPv6(input))).toBe(expected);
  });
});

describe('formatAddress IPv4', () => {
  it.each([
    [0n, '0.0.0.0'],
    [0x0a000001n, '10.0.0.1'],
    [0xc0000201n, '192.0.2.1'],
    [0xffffffffn, '255.255.255.255'],
  ])('%s is %s', (value, expected) => {
    expect(formatAddress(4, value)).toBe(expected);
  });
});

describe('formatAddress against ipaddr.js and the parser', () => {
  // Zero groups are common so that runs of every length and position occur.
  const group = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
  const groups = fc.array(group, { minLength: 8, maxLength: 8 });
  const isMapped = (parts: number[]) => parts.slice(0, 6).join() === '0,0,0,0,0,65535';

  it('writes what ipaddr.js writes for every non-mapped address', () => {
    fc.assert(
      fc.property(
        groups.filter((parts) => !isMapped(parts)),
        (parts) => {
          const value = parts.reduce((sum, part) => (sum << 16n) | BigInt(part), 0n);
          expect(formatAddress(6, value)).toBe(new ipaddr.IPv6(parts).toRFC5952String());
        },
      ),
    );
  });

  it('reads back every address it writes', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (value) => {
        expect(parseIPv6(formatAddress(6, value))).toBe(value);
      }),
    );
  });
});

describe('formatCidr', () => {
  it.each([
    ['192.0.2.0/24', '192.0.2.0/24'],
    ['192.0.2.1', '192.0.2.1/32'],
    ['2001:db8::/32', '2001:db8::/32'],
    ['2001:0DB8:0000::/48', '2001:db8::/48'],
    ['::/0', '::/0'],
    ['::ffff:192.0.2.0/120', '::ffff:192.0.2.0/120'],
  ])('%s is written %s', (input, expected) => {
    expect(formatCidr(parseCidr(input).cidr)).toBe(expected);
  });
});

describe('compareCidrs', () => {
  it('orders IPv4 first, then by network, then the wider prefix first', () => {
    const shuffled = [
      '2001:db8::/48',
      '192.0.2.0/25',
      '::/0',
      '10.0.0.0/8',
      '2001:db8::/32',
      '192.0.2.0/24',
      '0.0.0.0/0',
      '192.0.2.128/25',
    ].map((text) => parseCidr(text).cidr);
    const sorted = [...shuffled].sort(compareCidrs).map(formatCidr);
    expect(sorted).toEqual([
      '0.0.0.0/0',
      '10.0.0.0/8',
      '192.0.2.0/24',
      '192.0.2.0/25',
      '192.0.2.128/25',
      '::/0',
      '2001:db8::/32',
      '2001:db8::/48',
    ]);
  });

  it('is zero only for equal ranges', () => {
    const a = parseCidr('192.0.2.0/24').cidr;
    expect(compareCidrs(a, parseCidr('192.0.2.0/24').cidr)).toBe(0);
    expect(compareCidrs(a, parseCidr('::c000:200/120').cidr)).toBeLessThan(0);
  });
});
