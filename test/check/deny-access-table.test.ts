// The access table of a denylist (`postfix-access-deny`): REJECT or a
// logging action, never the allowlist's OK, and the allowlist's access table
// never REJECT; `spf-allowlist check --format` knows the kind.

import { describe, expect, it } from 'vitest';
import { checkCidrTable } from '../../src/check/check-cidr-table.js';
import { runCli } from '../../src/cli/run-cli.js';

describe('checkCidrTable for a postfix-access-deny table', () => {
  it.each(['REJECT', 'DUNNO', 'WARN', 'INFO'])('accepts %s', (action) => {
    const report = checkCidrTable(`10.0.0.0/8\t${action}\n`, 'd', 'postfix-access-deny');
    expect(report.problems).toEqual([]);
    expect(report.entries).toBe(1);
  });

  it.each(['OK', 'reject', 'permit', 'REJECT text', '554 go away'])(
    'refuses %j, naming the deny actions',
    (action) => {
      const [problem] = checkCidrTable(
        `10.0.0.0/8\t${action}\n`,
        'd',
        'postfix-access-deny',
      ).problems;
      expect(problem?.message).toContain('use one of: REJECT DUNNO WARN INFO');
    },
  );

  it('still refuses REJECT in an allowlist access table', () => {
    expect(checkCidrTable('10.0.0.0/8\tREJECT\n', 'a', 'postfix-access').problems).toHaveLength(1);
  });
});

describe('spf-allowlist check --format postfix-access-deny', () => {
  it('is a known format', async () => {
    let out = '';
    const code = await runCli(['check', '--format', 'postfix-access-deny', '/nonexistent.cidr'], {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (out += t) },
    });
    // The format was accepted: the failure is the missing file (exit 2), not the format.
    expect(out).toContain('cannot read /nonexistent.cidr');
    expect(code).toBe(2);
  });
});
