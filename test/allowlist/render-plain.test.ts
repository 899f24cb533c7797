import { describe, expect, it } from 'vitest';
import { OPENSMTPD_LIST_MARKER, renderPlain } from '../../src/allowlist/render-plain.js';
import type { OutputSpec, PlainFamily } from '../../src/config/types.js';
import { SAMPLE_ALLOWLIST } from '../support/sample-allowlist.js';

const SPEC: OutputSpec = { path: '/srv/out/spf_allowlist.txt', format: 'plain' };
const ALL_RANGES = [
  '192.0.2.0/25',
  '2001:db8:1::/48',
  '198.51.100.7/32',
  '203.0.113.0/24',
  '198.51.100.9/32',
  '2001:db8:2::9/128',
];

function render(family: PlainFamily | undefined): string[] {
  const spec = family === undefined ? SPEC : { ...SPEC, family };
  return renderPlain(SAMPLE_ALLOWLIST, spec).split('\n');
}

describe('renderPlain', () => {
  it.each<[PlainFamily | undefined, string[], string]>([
    [undefined, ALL_RANGES, 'IPv4 and IPv6 ranges'],
    ['both', ALL_RANGES, 'IPv4 and IPv6 ranges'],
    ['ipv4', ALL_RANGES.filter((r) => !r.includes(':')), 'IPv4 ranges only'],
    ['ipv6', ALL_RANGES.filter((r) => r.includes(':')), 'IPv6 ranges only'],
  ])('family %s lists exactly its ranges, one a line', (family, ranges, headerText) => {
    const lines = render(family);
    expect(lines.filter((line) => line !== '' && !line.startsWith('#'))).toEqual(ranges);
    expect(lines[1]).toContain(headerText);
  });

  it.each<PlainFamily | undefined>([undefined, 'ipv4', 'ipv6'])(
    'starts with "# @list" (family %s), so OpenSMTPD reads a list even when an IPv6 range comes first',
    (family) => {
      expect(render(family)[0]).toBe(OPENSMTPD_LIST_MARKER);
      expect(OPENSMTPD_LIST_MARKER).toBe('# @list');
    },
  );

  it('leaves out the comments about ranges of a family it does not list', () => {
    const ipv4 = render('ipv4');
    expect(ipv4).toContain('# also 192.0.2.0/25 (listed under sender mail.example)');
    expect(ipv4).not.toContain('# also 2001:db8:1::/48 (listed under sender mail.example)');
  });

  it('writes comments only on lines of their own', () => {
    for (const line of render(undefined)) {
      if (line === '' || line.startsWith('#')) continue;
      expect(line).toMatch(/^[0-9a-f.:]+\/\d+$/);
    }
  });

  it('keeps the provenance comments above each group', () => {
    const lines = render(undefined);
    const at = lines.indexOf('203.0.113.0/24');
    expect(lines.slice(at - 4, at)).toEqual([
      '# stale since 2024-05-01: SERVFAIL from every server',
      '# alias.example: v=spf1 include:_spf.mail.example ip4:203.0.113.0/24 -all',
      '# also 192.0.2.0/25 (listed under sender mail.example)',
      '# also 2001:db8:1::/48 (listed under sender mail.example)',
    ]);
  });
});
