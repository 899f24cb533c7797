import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCidrTable, formatTableProblem } from '../../src/check/check-cidr-table.js';
import {
  assertValidCidrTable,
  InvalidCidrTableError,
} from '../../src/check/invalid-table-error.js';

const GENERATED = readFileSync(
  new URL('../fixtures/pipeline/expected/postscreen_spf_allowlist.cidr', import.meta.url),
  'utf8',
);

describe('checkCidrTable', () => {
  it('accepts a generated table and counts its entries', () => {
    const report = checkCidrTable(GENERATED, 'gen.cidr');
    expect(report.problems).toEqual([]);
    expect(report.entries).toBe(
      GENERATED.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length,
    );
  });

  it.each([
    ['10.0.0.0/8\tpermit\n', 1],
    ['# comment\n\n10.0.0.0/8\treject\n2001:db8::/32\tdunno\n', 2],
    ['::ffff:192.0.2.0/120\tpermit\n::/0\tpermit\n0.0.0.0/0\tpermit\n', 3],
    ['2001:db8:0:1::/64\tpermit\n1:0:0:2::/64\tpermit\n', 2],
  ])('accepts %j', (text, entries) => {
    expect(checkCidrTable(text, 't')).toEqual({ file: 't', entries, problems: [] });
  });

  it.each([
    // [text, line, what the message must say]
    [
      '10.0.0.1/8\tpermit\n',
      1,
      'has host bits set, so Postfix skips it; the network is "10.0.0.0/8"',
    ],
    [
      '# c\n 10.0.0.0/8\tpermit\n',
      2,
      'starts with whitespace, so Postfix joins it to the previous line',
    ],
    ['\t# c\n10.0.0.0/8\tpermit\n', 1, 'entries and # comments start in column 1'],
    ['10.0.0.0/8 permit\n', 1, 'is not RANGE<TAB>ACTION'],
    ['10.0.0.0/8\tpermit\tx\n', 1, 'is not RANGE<TAB>ACTION'],
    [
      '10.0.0.0/8\tPERMIT\n',
      1,
      'action "PERMIT" is not one this table may carry; use one of: permit reject dunno',
    ],
    ['10.0.0.0/8\tOK\n', 1, 'action "OK"'],
    ['192.0.2.1\tpermit\n', 1, 'write "192.0.2.1/32"'],
    ['2001:DB8::/32\tpermit\n', 1, 'write "2001:db8::/32"'],
    ['2001:db8:0:0:1:0:0:0/128\tpermit\n', 1, 'write "2001:db8:0:0:1::/128"'],
    ['2001:db8::1/64\tpermit\n', 1, 'the network is "2001:db8::/64"'],
    ['010.0.0.0/8\tpermit\n', 1, 'invalid range "010.0.0.0/8"'],
    ['10.0.0.0/33\tpermit\n', 1, 'prefix length must be a decimal number 0-32'],
    ['10.0.0.0/8\tpermit\r\n', 1, 'carriage return'],
    ['', 1, 'is empty'],
    ['# only comments\n\n', 2, 'has no RANGE<TAB>ACTION entry'],
    ['10.0.0.0/8\tpermit\n10.1.0.0/16\tper', 2, 'does not end with a newline'],
    ['10.0.0.0/8\tpermit\n\0\n', 1, 'NUL'],
  ])('flags %j at line %i', (text, line, message) => {
    const report = checkCidrTable(text, 'allow.cidr');
    expect(report.problems.map((p) => p.line)).toContain(line);
    expect(report.problems.map(formatTableProblem).join('\n')).toContain(`allow.cidr:${line}: `);
    expect(report.problems.map((p) => p.message).join('\n')).toContain(message);
  });

  it('reports every bad line, not only the first', () => {
    const text =
      '10.0.0.1/8\tpermit\n# ok\n 10.0.0.0/8\tpermit\n10.0.0.0/8\tallow\n192.0.2.0/24\tpermit\n';
    const report = checkCidrTable(text, 'f');
    expect(report.problems.map((p) => p.line)).toEqual([1, 3, 4]);
    expect(report.entries).toBe(1);
  });

  it('names both the bad last line and the missing newline', () => {
    const report = checkCidrTable('10.0.0.0/8\tpermit\n10.0.0.1/8\tpermit', 'f');
    expect(report.problems.map((p) => p.line)).toEqual([2, 2]);
  });
});

describe('checkCidrTable for a postfix-access table', () => {
  it.each(['OK', 'DUNNO', 'WARN', 'INFO'])('accepts %s', (action) => {
    expect(checkCidrTable(`10.0.0.0/8\t${action}\n`, 'a', 'postfix-access').problems).toEqual([]);
  });

  it.each(['permit', 'ok', 'REJECT', 'OK text'])(
    'refuses %j, naming the access actions',
    (action) => {
      const [problem] = checkCidrTable(`10.0.0.0/8\t${action}\n`, 'a', 'postfix-access').problems;
      expect(problem?.message).toContain('use one of: OK DUNNO WARN INFO');
    },
  );

  it('refuses an access action in a postscreen table', () => {
    expect(checkCidrTable('10.0.0.0/8\tOK\n', 'p').problems).toHaveLength(1);
  });
});

describe('assertValidCidrTable', () => {
  it('returns the entry count of a valid table', () => {
    expect(assertValidCidrTable('10.0.0.0/8\tpermit\n', 'f')).toBe(1);
  });

  it('throws InvalidCidrTableError listing every problem', () => {
    const attempt = () =>
      assertValidCidrTable('10.0.0.1/8\tpermit\n10.0.0.0/8\tallow\n', 'out.cidr');
    expect(attempt).toThrow(InvalidCidrTableError);
    expect(attempt).toThrow(/out\.cidr:1: .*\nout\.cidr:2: /);
  });
});
