// Over-long quoted values in config errors are shown by their start and end.

import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_CHARS, shortenQuotedValues } from '../../src/config/shorten-quoted.js';

const LONG = `${'a'.repeat(100)}.example.com`;

describe('shortenQuotedValues', () => {
  it.each([
    [
      'a short value stays whole',
      'senders[0]: "bad_domain!" is not valid',
      'senders[0]: "bad_domain!" is not valid',
    ],
    [
      'a value of exactly the limit stays whole',
      `"${'b'.repeat(MAX_QUOTED_CHARS)}"`,
      `"${'b'.repeat(MAX_QUOTED_CHARS)}"`,
    ],
    [
      'a long value keeps its start, its end, its length and the text after it',
      `senders[0]: "${LONG}" is not a valid domain name: use letters`,
      `senders[0]: "${'a'.repeat(60)}….example.com" (${LONG.length} characters) is not a valid domain name: use letters`,
    ],
    [
      'escaped quotes inside a JSON-quoted value are part of it',
      `got the text "${'x\\"'.repeat(50)}"`,
      `got the text "${'x\\"'.repeat(20)}…${'x\\"'.repeat(4)}" (150 characters)`,
    ],
    [
      'a message without quotes is unchanged',
      'ipv6 must be true or false',
      'ipv6 must be true or false',
    ],
  ])('%s', (_, message, expected) => {
    expect(shortenQuotedValues(message)).toBe(expected);
  });
});
