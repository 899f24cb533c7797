import { describe, expect, it } from 'vitest';
import { checkDomainName, normalizeDomainName } from '../../src/dns/domain-name.js';

const label63 = 'a'.repeat(63);

describe('checkDomainName', () => {
  it.each([
    'google.com',
    '_spf.google.com',
    '_netblocks3.google.com',
    'cust-spf.exacttarget.com',
    '3ph1._spf.paypal.com',
    'Example.COM',
    'example.com.',
    'xn--bcher-kva.example',
    `${label63}.com`,
    // 4 labels of 63 plus dots: exactly 253 characters.
    [label63, label63, label63, 'a'.repeat(61)].join('.'),
    'a.b',
    '1.example',
    'example.c0m',
  ])('accepts %s', (name) => {
    expect(checkDomainName(name)).toBeUndefined();
  });

  it.each([
    ['', 'it is empty'],
    ['.', 'it is empty'],
    ['com', 'single label'],
    ['localhost.', 'single label'],
    ['example..com', 'empty label'],
    ['.example.com', 'empty label'],
    ['example.com..', 'empty label'],
    [`${'a'.repeat(64)}.com`, 'is 64 characters long'],
    [[label63, label63, label63, 'a'.repeat(62)].join('.'), 'is 254 characters long'],
    ['-example.com', 'starts or ends with "-"'],
    ['example-.com', 'starts or ends with "-"'],
    ['goo gle.com', 'contains a space'],
    ['*.example.com', 'contains "*"'],
    ['example.com/24', 'contains "/"'],
    ['bücher.example', 'xn--'],
    ['mail.😀.example', 'contains "😀"'],
    ['192.0.2.1', 'last label "1" is all digits'],
    ['example.123', 'all digits'],
  ])('rejects %j: %s', (name, fragment) => {
    expect(checkDomainName(name)).toContain(fragment);
  });
});

describe('normalizeDomainName', () => {
  it.each([
    ['Google.COM', 'google.com'],
    ['google.com.', 'google.com'],
    ['_SPF.Google.com.', '_spf.google.com'],
    ['google.com', 'google.com'],
  ])('%s -> %s', (name, expected) => {
    expect(normalizeDomainName(name)).toBe(expected);
  });
});
