// The `policy` section: defaults, every key, and errors with line:column.

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/types.js';
import { DEFAULT_POLICY } from '../../src/config/validate-policy.js';

const FILE = '/repo/spf-allowlist.yml';

describe('policy', () => {
  it('defaults to the issue #4 values', () => {
    expect(parseConfig('senders: [google.com]\n', FILE).policy).toEqual(DEFAULT_POLICY);
  });

  it('reads every key', () => {
    const text = [
      'senders: [google.com]',
      'policy:',
      '  keep-stale-days: 3',
      '  max-failed-percent: 10',
      '  allow-special: true',
      '  broadest-ipv4: 16',
      '  broadest-ipv6: 32',
      '  max-total-ipv4: 1000000',
      '  max-growth-addresses: 256',
      '  max-shrink-percent: 20',
      '',
    ].join('\n');
    expect(parseConfig(text, FILE).policy).toEqual({
      keepStaleDays: 3,
      maxFailedPercent: 10,
      allowSpecial: true,
      broadestIpv4: 16,
      broadestIpv6: 32,
      maxTotalIpv4: 1_000_000,
      maxGrowthAddresses: 256,
      maxShrinkPercent: 20,
    });
  });

  it.each([
    ['keep-stale-days: -1', 3, 20, 'a whole number of days from 0 to 365'],
    ['broadest-ipv4: 33', 3, 18, 'a prefix length from 1 to 32'],
    ['max-shrink-percent: lots', 3, 23, 'a percentage from 0 to 100'],
    ['allow-special: yes', 3, 18, 'true or false'],
    ['keep-stale: 3', 3, 3, 'keep-stale-days'],
  ])('reports %s at line %i column %i', (entry, line, column, fragment) => {
    try {
      parseConfig(`senders: [google.com]\npolicy:\n  ${entry}\n`, FILE);
      expect.unreachable('expected a ConfigError');
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]).toMatchObject({ line, column });
      expect(error.issues[0]?.message).toContain(fragment);
    }
  });
});
