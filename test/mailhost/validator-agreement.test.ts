// The mail host's awk validator (spf-allowlist-pull --check) and
// src/check/check-cidr-table.ts must flag exactly the same lines: one is what
// the Action checks before committing, the other what a mail host checks
// before installing.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCidr } from '../../src/cidr/format.js';
import { makeCidr } from '../../src/cidr/parse.js';
import type { Family } from '../../src/cidr/types.js';
import { checkCidrTable, type CidrTableKind } from '../../src/check/check-cidr-table.js';
import { requireTool } from '../support/require-tool.js';
import { GENERATED_TABLE, PULL_SCRIPT } from './pull-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'spf-allowlist-agreement-'));
writeFileSync(join(dir, 'main.cf'), '');
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the script's validator on `text`; returns its exit status and the flagged line numbers. */
function shellCheck(
  text: string,
  kind: CidrTableKind = 'postscreen',
): { status: number | null; lines: number[]; output: string } {
  const file = join(dir, 'table.cidr');
  writeFileSync(file, text);
  // No postmap here: this compares the line rules only (postmap has its own tests).
  const result = spawnSync('sh', [PULL_SCRIPT, '--check', '--format', kind, file], {
    env: { PATH: '/usr/bin:/bin', TMPDIR: dir },
    encoding: 'utf8',
  });
  const lines = [...result.stdout.matchAll(/^[^\n]*?:(\d+): /gm)].map((m) => Number(m[1]));
  return { status: result.status, lines, output: result.stdout + result.stderr };
}

function typescriptLines(text: string, kind: CidrTableKind = 'postscreen'): number[] {
  return checkCidrTable(text, 'table.cidr', kind).problems.map((p) => p.line);
}

const CASES: readonly (readonly [string, string])[] = [
  ['the generated table', GENERATED_TABLE],
  ['host bits', '10.0.0.1/8\tpermit\n'],
  ['indented entry', '10.0.0.0/8\tpermit\n 10.0.0.0/8\tpermit\n'],
  ['indented comment', '10.0.0.0/8\tpermit\n\t# note\n'],
  ['whitespace-only line', '10.0.0.0/8\tpermit\n \n'],
  ['space instead of tab', '10.0.0.0/8 permit\n'],
  ['two tabs', '10.0.0.0/8\t\tpermit\n'],
  ['trailing space', '10.0.0.0/8\tpermit \n'],
  ['three fields', '10.0.0.0/8\tpermit\textra\n'],
  ['upper-case action', '10.0.0.0/8\tPERMIT\n'],
  ['unknown action', '10.0.0.0/8\tOK\n'],
  ['reject and dunno', '10.0.0.0/8\treject\n192.0.2.0/24\tdunno\n'],
  ['bare address', '192.0.2.1\tpermit\n'],
  ['octal octet', '010.0.0.0/8\tpermit\n'],
  ['short IPv4', '10.1/16\tpermit\n'],
  ['prefix with zero', '10.0.0.0/08\tpermit\n'],
  ['prefix too long', '10.0.0.0/33\tpermit\n2001:db8::/129\tpermit\n'],
  ['octet above 255', '256.0.0.0/8\tpermit\n'],
  ['IPv6 upper case', '2001:DB8::/32\tpermit\n'],
  ['IPv6 leading zeros', '2001:0db8::/32\tpermit\n'],
  ['IPv6 uncompressed', '2001:db8:0:0:0:0:0:0/32\tpermit\n'],
  ['IPv6 single zero group compressed', '1:2:3:4:5:6::8/128\tpermit\n'],
  ['IPv6 later zero run compressed', '1:0:0:4::/128\tpermit\n'],
  ['IPv6 equal runs: first wins', '1::4:0:0:7:8/128\tpermit\n1:0:0:4::7:8/128\tpermit\n'],
  ['IPv6 host bits', '2001:db8::1/64\tpermit\n'],
  ['IPv6 two "::"', '1::2::3/128\tpermit\n'],
  ['IPv6 nine groups', '1:2:3:4:5:6:7:8:9/128\tpermit\n'],
  ['IPv6 zone id', 'fe80::1%eth0/128\tpermit\n'],
  ['IPv4-mapped', '::ffff:192.0.2.0/120\tpermit\n'],
  ['IPv4-mapped in hex', '::ffff:c000:200/120\tpermit\n'],
  ['IPv4-compatible dotted', '::192.0.2.0/120\tpermit\n'],
  ['all zeros', '::/0\tpermit\n0.0.0.0/0\tpermit\n'],
  ['CRLF', '10.0.0.0/8\tpermit\r\n'],
  ['CR in a comment', '# note\r\n10.0.0.0/8\tpermit\n'],
  ['no final newline', '10.0.0.0/8\tpermit'],
  ['no final newline after a bad line', '10.0.0.1/8\tpermit\n# c'],
  ['comments only', '# nothing\n\n'],
  ['a single newline', '\n'],
  ['empty', ''],
  ['NUL byte', '10.0.0.0/8\tpermit\n\0\n'],
];

describe.skipIf(!requireTool('awk'))(
  'spf-allowlist-pull --check agrees with spf-allowlist check',
  () => {
    it.each(CASES)('%s', (_, text) => {
      const shell = shellCheck(text);
      const expected = typescriptLines(text);
      expect(shell.lines, shell.output).toEqual(expected);
      expect(shell.status).toBe(expected.length === 0 ? 0 : 1);
    });

    it.each([
      [
        'OK DUNNO WARN INFO',
        '10.0.0.0/8\tOK\n10.0.0.0/8\tDUNNO\n10.0.0.0/8\tWARN\n10.0.0.0/8\tINFO\n',
      ],
      [
        'postscreen and other words',
        '10.0.0.0/8\tpermit\n10.0.0.0/8\tok\n10.0.0.0/8\tREJECT\n10.0.0.0/8\tOK\n',
      ],
    ])('postfix-access: %s', (_, text) => {
      const shell = shellCheck(text, 'postfix-access');
      expect(shell.lines, shell.output).toEqual(typescriptLines(text, 'postfix-access'));
    });

    it('on random tables of canonical and mangled ranges', () => {
      let flagged = 0;
      fc.assert(
        fc.property(fc.array(tableLine, { minLength: 1, maxLength: 40 }), (lines) => {
          const text = `${lines.join('\n')}\n`;
          const shell = shellCheck(text);
          expect(shell.lines, `${text}\n---\n${shell.output}`).toEqual(typescriptLines(text));
          flagged += shell.lines.length;
        }),
        { numRuns: 40 },
      );
      // The mangled ranges did reach the validators (not only canonical ones).
      expect(flagged).toBeGreaterThan(0);
    });
  },
);

const group = fc.oneof(
  fc.constant(0),
  fc.constant(0),
  fc.constant(0xffff),
  fc.integer({ min: 0, max: 0xffff }),
);
const address = (family: Family) =>
  family === 4
    ? fc.integer({ min: 0, max: 0xffffffff }).map(BigInt)
    : fc
        .array(group, { minLength: 8, maxLength: 8 })
        .map((groups) => groups.reduce((value, g) => (value << 16n) | BigInt(g), 0n));
const prefix = (family: Family) =>
  fc.oneof(
    fc.integer({ min: 0, max: family === 4 ? 32 : 128 }),
    fc.constant(family === 4 ? 32 : 128),
  );

/** A canonical range, or one mangled the ways a hand edit or a publisher mangles them. */
const range = fc.constantFrom<Family>(4, 6).chain((family) =>
  fc
    .tuple(address(family), prefix(family), fc.integer({ min: 0, max: 6 }))
    .map(([value, length, mangle]) => {
      const { cidr } = makeCidr(family, value, length);
      const canonical = formatCidr(cidr);
      const [net = '', len = ''] = canonical.split('/');
      switch (mangle) {
        case 1: // unmasked: host bits set unless they happen to be zero
          return formatCidr({ family, network: value, prefix: length });
        case 2:
          return canonical.toUpperCase();
        case 3: // no "::" compression, leading zeros
          return family === 6
            ? `${expandIPv6(cidr.network)}/${len}`
            : `${net.replace(/^/, '0')}/${len}`;
        case 4:
          return net;
        default:
          return canonical;
      }
    }),
);

function expandIPv6(value: bigint): string {
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) {
    groups.push(((value >> shift) & 0xffffn).toString(16).padStart(4, '0'));
  }
  return groups.join(':');
}

const tableLine = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(range, fc.constantFrom('permit', 'permit', 'reject', 'dunno', 'Permit', 'ok'))
      .map(([r, a]) => `${r}\t${a}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '# comment', ' 10.0.0.0/8\tpermit', '10.0.0.0/8 permit'),
  },
);
