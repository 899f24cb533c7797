// `policy`: the safety limits of issue #4. Defaults are the issue's; the
// bounds keep a typo from switching a safeguard off.

import type { Field, FieldReader } from './field-reader.js';
import type { Policy } from './types.js';

export const DEFAULT_POLICY: Policy = {
  keepStaleDays: 7,
  maxFailedPercent: 25,
  allowSpecial: false,
  broadestIpv4: 12,
  broadestIpv6: 28,
  maxTotalIpv4: 16_777_216,
  maxGrowthAddresses: 65_536,
  maxShrinkPercent: 50,
};

type NumberKey = Exclude<keyof Policy, 'allowSpecial'>;

/** YAML key, Policy field, what is valid, and the check. */
const NUMBER_KEYS: readonly [string, NumberKey, string, (n: number) => boolean][] = [
  ['keep-stale-days', 'keepStaleDays', 'a whole number of days from 0 to 365', wholeIn(0, 365)],
  [
    'max-failed-percent',
    'maxFailedPercent',
    'a percentage from 0 to 100',
    (n) => n >= 0 && n <= 100,
  ],
  ['broadest-ipv4', 'broadestIpv4', 'a prefix length from 1 to 32', wholeIn(1, 32)],
  ['broadest-ipv6', 'broadestIpv6', 'a prefix length from 1 to 128', wholeIn(1, 128)],
  [
    'max-total-ipv4',
    'maxTotalIpv4',
    'a whole number of addresses, at least 1',
    wholeIn(1, 2 ** 32),
  ],
  ['max-growth-addresses', 'maxGrowthAddresses', 'a whole number, at least 0', wholeIn(0, 2 ** 53)],
  [
    'max-shrink-percent',
    'maxShrinkPercent',
    'a percentage from 0 to 100',
    (n) => n >= 0 && n <= 100,
  ],
];

const POLICY_KEYS = [...NUMBER_KEYS.map(([key]) => key), 'allow-special'];

function wholeIn(min: number, max: number): (n: number) => boolean {
  return (n) => Number.isInteger(n) && n >= min && n <= max;
}

export function readPolicy(reader: FieldReader, field: Field): Policy {
  const fields = reader.fields(field, POLICY_KEYS, `a map with keys ${POLICY_KEYS.join(', ')}`);
  const policy: { -readonly [K in keyof Policy]: Policy[K] } = { ...DEFAULT_POLICY };
  for (const [key, name, expected, valid] of NUMBER_KEYS) {
    const value = fields.get(key);
    const read = value && reader.number(value, expected, valid);
    if (read !== undefined) policy[name] = read;
  }
  const allowSpecial = fields.get('allow-special');
  policy.allowSpecial = (allowSpecial && reader.boolean(allowSpecial)) ?? false;
  return policy;
}
