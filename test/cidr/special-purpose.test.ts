import { describe, expect, it } from 'vitest';

import { compareCidrs, formatCidr } from '../../src/cidr/format.js';
import { parseCidr } from '../../src/cidr/parse.js';
import { SPECIAL_PURPOSE_RANGES, specialPurposeOverlaps } from '../../src/cidr/special-purpose.js';

function overlapsOf(text: string): string[] {
  return specialPurposeOverlaps(parseCidr(text).cidr).map(
    (special) => `${formatCidr(special.cidr)} ${special.name}`,
  );
}

describe('SPECIAL_PURPOSE_RANGES', () => {
  it('lists the registries, multicast and reserved space, IPv4 first, ascending', () => {
    expect(SPECIAL_PURPOSE_RANGES.map((special) => formatCidr(special.cidr))).toEqual([
      '0.0.0.0/8',
      '10.0.0.0/8',
      '100.64.0.0/10',
      '127.0.0.0/8',
      '169.254.0.0/16',
      '172.16.0.0/12',
      '192.0.0.0/24',
      '192.0.2.0/24',
      '192.88.99.0/24',
      '192.168.0.0/16',
      '198.18.0.0/15',
      '198.51.100.0/24',
      '203.0.113.0/24',
      '224.0.0.0/4',
      '240.0.0.0/4',
      '255.255.255.255/32',
      '::/128',
      '::1/128',
      '::ffff:0.0.0.0/96',
      '64:ff9b::/96',
      '64:ff9b:1::/48',
      '100::/64',
      '2001::/23',
      '2001:db8::/32',
      '2002::/16',
      '3fff::/20',
      'fc00::/7',
      'fe80::/10',
      'ff00::/8',
    ]);
  });

  it('is sorted and names an RFC for every range', () => {
    const cidrs = SPECIAL_PURPOSE_RANGES.map((special) => special.cidr);
    expect([...cidrs].sort(compareCidrs)).toEqual(cidrs);
    for (const special of SPECIAL_PURPOSE_RANGES) expect(special.rfc).toMatch(/^RFC \d+/);
  });
});

describe('specialPurposeOverlaps', () => {
  it.each([
    // Inside a special range.
    ['10.1.2.0/24', ['10.0.0.0/8 private use']],
    ['127.0.0.1/32', ['127.0.0.0/8 loopback']],
    ['192.0.2.7/32', ['192.0.2.0/24 documentation (TEST-NET-1)']],
    ['255.255.255.255/32', ['240.0.0.0/4 reserved', '255.255.255.255/32 limited broadcast']],
    ['fd00::/8', ['fc00::/7 unique local']],
    ['fe80::1/128', ['fe80::/10 link-local unicast']],
    ['::ffff:192.0.2.0/120', ['::ffff:0.0.0.0/96 IPv4-mapped addresses']],
    ['2001:db8:1::/48', ['2001:db8::/32 documentation']],
    ['3fff:fff::/32', ['3fff::/20 documentation']],
    // Covering special ranges whose first address is not the range's own.
    ['8.0.0.0/5', ['10.0.0.0/8 private use']],
    [
      '192.0.0.0/16',
      ['192.0.0.0/24 IETF protocol assignments', '192.0.2.0/24 documentation (TEST-NET-1)'],
    ],
    [
      '224.0.0.0/3',
      ['224.0.0.0/4 multicast', '240.0.0.0/4 reserved', '255.255.255.255/32 limited broadcast'],
    ],
    ['fc00::/6', ['fc00::/7 unique local', 'fe80::/10 link-local unicast', 'ff00::/8 multicast']],
    [
      '::/0',
      SPECIAL_PURPOSE_RANGES.filter((s) => s.cidr.family === 6).map(
        (s) => `${formatCidr(s.cidr)} ${s.name}`,
      ),
    ],
    // Public ranges: nothing.
    ['40.92.0.0/15', []],
    ['209.85.128.0/17', []],
    ['2a01:111:f400::/48', []],
    ['2001:4860:4000::/36', []],
    ['::2/128', []],
    // The same numbers in the other family do not count.
    ['::a00:0/104', []],
  ])('%s overlaps %j', (text, expected) => {
    expect(overlapsOf(text)).toEqual(expected);
  });
});
