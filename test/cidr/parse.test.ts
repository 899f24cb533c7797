import { describe, expect, it } from 'vitest';

import { formatCidr } from '../../src/cidr/format.js';
import {
  makeCidr,
  parseAddress,
  parseCidr,
  parseIPv4,
  parseIPv6,
  parsePrefixLength,
} from '../../src/cidr/parse.js';
import { type Family, RangeSyntaxError } from '../../src/cidr/types.js';

describe('parseCidr accepts', () => {
  it.each([
    // [input, canonical range, host bits were set]
    ['192.0.2.0/24', '192.0.2.0/24', false],
    ['192.0.2.1', '192.0.2.1/32', false],
    ['0.0.0.0', '0.0.0.0/32', false],
    ['0.0.0.0/0', '0.0.0.0/0', false],
    ['255.255.255.255/32', '255.255.255.255/32', false],
    ['10.1.2.3/8', '10.0.0.0/8', true],
    ['1.2.3.4/0', '0.0.0.0/0', true],
    ['100.64.0.1/31', '100.64.0.0/31', true],
    ['::', '::/128', false],
    ['::/0', '::/0', false],
    ['::1', '::1/128', false],
    ['2001:DB8::/32', '2001:db8::/32', false],
    ['2a01:111:f400:7c00::/48', '2a01:111:f400::/48', true],
    ['2001:db8::1/64', '2001:db8::/64', true],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8/128', false],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0/128', false],
    ['::2:3:4:5:6:7:8', '0:2:3:4:5:6:7:8/128', false],
    ['1::8', '1::8/128', false],
    ['0000:0000::0001', '::1/128', false],
    [
      'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128',
      'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128',
      false,
    ],
    ['::ffff:1.2.3.4', '::ffff:1.2.3.4/128', false],
    ['::ffff:1.2.3.4/96', '::ffff:0.0.0.0/96', true],
    ['::1.2.3.4', '::102:304/128', false],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304/128', false],
    ['64:ff9b::192.0.2.33/96', '64:ff9b::/96', true],
  ] as const)('%s as %s (host bits set: %s)', (input, expected, hostBitsSet) => {
    const parsed = parseCidr(input);
    expect(formatCidr(parsed.cidr)).toBe(expected);
    expect(parsed.hostBitsSet).toBe(hostBitsSet);
  });
});

describe('parseCidr rejects', () => {
  it.each([
    // [input, what the reason must mention]
    ['1.2.3.4/33', /0-32/],
    ['1.2.3.4/024', /without leading zeros/],
    ['1.2.3.4/+8', /decimal number/],
    ['1.2.3.4/-1', /decimal number/],
    ['1.2.3.4/', /decimal number/],
    ['1.2.3.4/8/9', /one "\/length"/],
    ['1.2.3.4/ 8', /decimal number/],
    ['010.1.1.1', /"010" is not a number 0-255 without leading zeros/],
    ['1.2.3', /four dot-separated numbers are needed, not 3/],
    ['10.1', /not 2/],
    ['1.2.3.4.5', /not 5/],
    ['256.1.1.1', /"256" is not a number 0-255/],
    ['0x1.2.3.4', /"0x1" is not a number/],
    ['1.2.3.-4', /"-4" is not a number/],
    [' 1.2.3.4', /" 1" is not a number/],
    ['1.2.3.4 ', /"4 " is not a number/],
    ['1.2.3.4\n', /"4\n" is not a number/],
    ['', /four dot-separated numbers are needed, not 1/],
    ['/24', /four dot-separated numbers are needed, not 1/],
    ['2001:db8::/129', /0-128/],
    ['fe80::1%eth0', /zone ids/],
    ['[::1]', /"\[" is not a group of 1-4 hex digits/],
    ['[::1]/128', /"\[" is not a group/],
    ['::1::', /"::" may appear only once/],
    ['1::2::3', /"::" may appear only once/],
    [':::', /"" is not a group/],
    [':1::', /"" is not a group/],
    ['1:2:3:4:5:6:7:8:9', /9 groups, not eight/],
    ['1:2:3:4:5:6:7', /7 groups, not eight/],
    ['1:2:3:4:5:6:7:8::', /8 groups besides "::", at most seven/],
    ['12345::', /"12345" is not a group/],
    ['g::', /"g" is not a group/],
    ['1.2.3.4::', /"1.2.3.4" is not a group/],
    ['::1.2.3', /four dot-separated numbers are needed, not 3/],
    ['::1.2.3.04', /"04" is not a number/],
    ['::1.2.3.4:1', /"1.2.3.4" is not a group/],
    ['1:2:3:4:5:6:7:1.2.3.4', /9 groups, not eight/],
    ['2001:db8:: ', /" " is not a group/],
  ])('%j', (input, reason) => {
    const error = captureError(() => parseCidr(input));
    expect(error).toBeInstanceOf(RangeSyntaxError);
    expect(error).toMatchObject({ input });
    expect((error as RangeSyntaxError).reason).toMatch(reason);
  });
});

describe('parseCidr with a required family', () => {
  it.each([
    ['2001:db8::/32', 4, /expected an IPv4 range/],
    ['192.0.2.0/24', 6, /expected an IPv6 range/],
    ['::ffff:192.0.2.1', 4, /expected an IPv4 range/],
  ] as const)('refuses %s when IPv%i is required', (input, family, reason) => {
    expect(() => parseCidr(input, family)).toThrow(reason);
  });

  it.each([
    ['192.0.2.0/24', 4],
    ['2001:db8::/32', 6],
  ] as const)('accepts %s as IPv%i', (input, family) => {
    expect(parseCidr(input, family).cidr.family).toBe(family);
  });
});

describe('parseIPv4 and parseIPv6', () => {
  it.each([
    ['0.0.0.0', 0n],
    ['1.2.3.4', 0x01020304n],
    ['255.255.255.255', 0xffffffffn],
  ])('IPv4 %s', (text, value) => {
    expect(parseIPv4(text)).toBe(value);
  });

  it.each([
    ['::', 0n],
    ['::1', 1n],
    ['::ffff:1.2.3.4', 0xffff01020304n],
    ['2001:db8::', 0x20010db8n << 96n],
    ['FFFF:ffff:FfFf:ffff:ffff:ffff:ffff:ffff', (1n << 128n) - 1n],
  ])('IPv6 %s', (text, value) => {
    expect(parseIPv6(text)).toBe(value);
  });

  it.each(['::1', '1.2.3.4/32', '1.2.3.4/'])('parseIPv4 refuses %j', (text) => {
    expect(() => parseIPv4(text)).toThrow(RangeSyntaxError);
  });

  it.each(['1.2.3.4', '::/0', 'fe80::%1', ''])('parseIPv6 refuses %j', (text) => {
    expect(() => parseIPv6(text)).toThrow(RangeSyntaxError);
  });
});

describe('parseAddress', () => {
  it.each([
    ['192.0.2.1', 4, 0xc0000201n],
    ['::ffff:192.0.2.1', 6, 0xffffc0000201n],
    ['2001:db8::1', 6, (0x20010db8n << 96n) | 1n],
  ] as const)('%s is IPv%i', (text, family, value) => {
    expect(parseAddress(text)).toEqual({ family, value });
  });

  it('names the input in the error', () => {
    expect(() => parseAddress('1.2.3')).toThrow('invalid range "1.2.3"');
  });
});

describe('parsePrefixLength', () => {
  it.each([
    ['0', 4, 0],
    ['32', 4, 32],
    ['33', 6, 33],
    ['128', 6, 128],
  ] as const)('%s for IPv%i is %i', (text, family, expected) => {
    expect(parsePrefixLength(text, family)).toBe(expected);
  });

  it.each([
    ['33', 4],
    ['129', 6],
    ['024', 4],
    ['00', 6],
    ['+8', 4],
    ['-1', 6],
    ['', 4],
    ['1e1', 4],
    ['8.0', 4],
    [' 8', 4],
    ['1000', 6],
  ] as const)('refuses %j for IPv%i', (text, family: Family) => {
    expect(() => parsePrefixLength(text, family)).toThrow(RangeSyntaxError);
  });
});

describe('makeCidr', () => {
  it.each([
    [4, 0xc0000201n, 24, '192.0.2.0/24', true],
    [4, 0xc0000200n, 24, '192.0.2.0/24', false],
    [4, 0xffffffffn, 0, '0.0.0.0/0', true],
    [6, (1n << 128n) - 1n, 127, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127', true],
    [6, 1n, 128, '::1/128', false],
  ] as const)('IPv%i %s/%i is %s', (family, address, prefix, expected, hostBitsSet) => {
    const made = makeCidr(family, address, prefix);
    expect(formatCidr(made.cidr)).toBe(expected);
    expect(made.hostBitsSet).toBe(hostBitsSet);
  });

  it.each([
    [4, 0n, 33],
    [4, 0n, -1],
    [6, 0n, 129],
    [6, 0n, 1.5],
    [4, 1n << 32n, 32],
    [6, -1n, 0],
  ] as const)('refuses IPv%i %s/%s', (family, address, prefix) => {
    expect(() => makeCidr(family, address, prefix)).toThrow(RangeError);
  });
});

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
