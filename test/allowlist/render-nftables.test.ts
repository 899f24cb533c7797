// The nft script's shape, checked without nft: declarations, then the
// flushes, then one `add element` per range into the set of its family.
// test/formats/ feeds the files to nft itself.

import { describe, expect, it } from 'vitest';
import { DEFAULT_NFTABLES_NAMES, renderNftables } from '../../src/allowlist/render-nftables.js';
import { formatCidr } from '../../src/cidr/format.js';
import { parseCidr } from '../../src/cidr/parse.js';
import type { NftablesNames, OutputSpec } from '../../src/config/types.js';
import { SAMPLE_ALLOWLIST } from '../support/sample-allowlist.js';

const SPEC: OutputSpec = { path: '/srv/out/spf_allowlist.nft', format: 'nftables' };
const CUSTOM: NftablesNames = { table: 'filter', family: 'ip', set4: 'mail_v4', set6: 'mail_v6' };

/** The script's statements (no comments, no blank lines), in order. */
function statements(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

function declaration(names: NftablesNames): string[] {
  const set = (name: string, type: string) => [
    `\tset ${name} {`,
    `\t\ttype ${type}`,
    '\t\tflags interval',
    '\t\tauto-merge',
    '\t}',
  ];
  const table = `${names.family} ${names.table}`;
  return [
    `table ${table} {`,
    ...set(names.set4, 'ipv4_addr'),
    ...set(names.set6, 'ipv6_addr'),
    '}',
    `flush set ${table} ${names.set4}`,
    `flush set ${table} ${names.set6}`,
  ];
}

const ADD_ELEMENT = /^add element (\S+) (\S+) (\S+) \{ (\S+) \}$/;

describe('renderNftables', () => {
  it.each<[string, OutputSpec, NftablesNames]>([
    ['the default names', SPEC, DEFAULT_NFTABLES_NAMES],
    ['configured names', { ...SPEC, nftables: CUSTOM }, CUSTOM],
    [
      'one configured name, the rest defaults',
      { ...SPEC, nftables: { table: 'mail' } },
      { ...DEFAULT_NFTABLES_NAMES, table: 'mail' },
    ],
  ])(
    'declares the table and sets and flushes them before any element (%s)',
    (_what, spec, names) => {
      const lines = statements(renderNftables(SAMPLE_ALLOWLIST, spec));
      const head = declaration(names);
      expect(lines.slice(0, head.length)).toEqual(head);
      for (const line of lines.slice(head.length)) expect(line).toMatch(ADD_ELEMENT);
    },
  );

  it('adds every range once, in file order, to the set of its family', () => {
    const lines = statements(renderNftables(SAMPLE_ALLOWLIST, { ...SPEC, nftables: CUSTOM }));
    const added = lines.flatMap((line) => {
      const m = ADD_ELEMENT.exec(line);
      return m ? [{ target: `${m[1]} ${m[2]} ${m[3]}`, range: m[4] ?? '' }] : [];
    });
    expect(added).toEqual([
      { target: 'ip filter mail_v4', range: '192.0.2.0/25' },
      { target: 'ip filter mail_v6', range: '2001:db8:1::/48' },
      { target: 'ip filter mail_v4', range: '198.51.100.7/32' },
      { target: 'ip filter mail_v4', range: '203.0.113.0/24' },
      { target: 'ip filter mail_v4', range: '198.51.100.9/32' },
      { target: 'ip filter mail_v6', range: '2001:db8:2::9/128' },
    ]);
    for (const { range } of added) {
      const parsed = parseCidr(range);
      expect(parsed.hostBitsSet).toBe(false);
      expect(formatCidr(parsed.cidr)).toBe(range);
    }
  });

  it('keeps provenance as whole-line comments above each group', () => {
    const lines = renderNftables(SAMPLE_ALLOWLIST, SPEC).split('\n');
    const at = lines.indexOf('add element inet spf_allowlist allow4 { 203.0.113.0/24 }');
    expect(lines.slice(at - 5, at)).toEqual([
      '# -- sender alias.example --',
      '# stale since 2024-05-01: SERVFAIL from every server',
      '# alias.example: v=spf1 include:_spf.mail.example ip4:203.0.113.0/24 -all',
      '# also 192.0.2.0/25 (listed under sender mail.example)',
      '# also 2001:db8:1::/48 (listed under sender mail.example)',
    ]);
  });

  it('says in its header how to load the file and match the sets', () => {
    const text = renderNftables(SAMPLE_ALLOWLIST, { ...SPEC, nftables: CUSTOM });
    expect(text).toContain('# Load with "nft -f FILE": one transaction');
    expect(text).toContain(
      '# Match in a chain of table ip filter: ip saddr @mail_v4, ip6 saddr @mail_v6',
    );
  });

  it('writes only declarations and flushes for an empty allowlist', () => {
    const empty = { configName: 'spf-allowlist.yml', sections: [] };
    expect(statements(renderNftables(empty, SPEC))).toEqual(declaration(DEFAULT_NFTABLES_NAMES));
  });
});
