// `outputs[].format` and each format's options: what is accepted, and every
// mistake reported at its line and column with what would be valid.

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { ConfigError, type ConfigIssue, type OutputSpec } from '../../src/config/types.js';

const FILE = '/srv/allowlist/spf-allowlist.yml';
const OUT = '/srv/allowlist/out';

/** A config with one output whose entry is `entry` (lines after "- path: out"). */
function config(...entry: string[]): string {
  return ['senders: [google.com]', 'outputs:', '  - path: out', ...entry.map((l) => `    ${l}`)]
    .map((line) => `${line}\n`)
    .join('');
}

function issuesOf(text: string): readonly ConfigIssue[] {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('outputs accept', () => {
  it.each<[string, string[], OutputSpec]>([
    ['postscreen, the default format', [], { path: OUT, format: 'postscreen' }],
    [
      'postfix-access with its default action',
      ['format: postfix-access'],
      { path: OUT, format: 'postfix-access' },
    ],
    [
      'postfix-access with a logging action',
      ['format: postfix-access', 'action: WARN'],
      { path: OUT, format: 'postfix-access', action: 'WARN' },
    ],
    ['plain for both families', ['format: plain'], { path: OUT, format: 'plain' }],
    [
      'plain for one family',
      ['format: plain', 'family: ipv6'],
      { path: OUT, format: 'plain', family: 'ipv6' },
    ],
    [
      'nftables with default names',
      ['format: nftables'],
      { path: OUT, format: 'nftables', nftables: {} },
    ],
    [
      'nftables with every name given',
      ['format: nftables', 'table: filter', 'family: ip', 'set4: mail_v4', 'set6: mail_v6'],
      {
        path: OUT,
        format: 'nftables',
        nftables: { table: 'filter', family: 'ip', set4: 'mail_v4', set6: 'mail_v6' },
      },
    ],
    [
      'an nftables name of 255 characters',
      ['format: nftables', `table: t${'x'.repeat(254)}`],
      { path: OUT, format: 'nftables', nftables: { table: `t${'x'.repeat(254)}` } },
    ],
    ['json', ['format: json'], { path: OUT, format: 'json' }],
  ])('%s', (_what, entry, expected) => {
    expect(parseConfig(config(...entry), FILE).outputs).toStrictEqual([expected]);
  });
});

describe('outputs report', () => {
  it.each<[string, string[], number, number, string]>([
    [
      'an unknown format, listing the known ones',
      ['format: csv'],
      4,
      13,
      'outputs[0].format: "csv" is not a known format; use one of: postscreen, postfix-access, plain, nftables, json',
    ],
    [
      'an action that rejects mail',
      ['format: postfix-access', 'action: REJECT'],
      5,
      13,
      'outputs[0].action: "REJECT" is not allowed; use one of: OK, DUNNO, WARN, INFO (access(5) actions that never reject, hold or reroute the mail of a listed sender)',
    ],
    [
      'a numeric action (relay authorization data)',
      ['format: postfix-access', 'action: "250"'],
      5,
      13,
      'outputs[0].action: "250" is not allowed',
    ],
    [
      'an action in lower case',
      ['format: postfix-access', 'action: ok'],
      5,
      13,
      'outputs[0].action: write "OK" in upper case, as access(5) does',
    ],
    [
      'an action with text after it',
      ['format: postfix-access', 'action: WARN listed'],
      5,
      13,
      'outputs[0].action: "WARN listed" is not allowed',
    ],
    [
      'an action that is not text',
      ['format: postfix-access', 'action: 5'],
      5,
      13,
      'outputs[0].action must be one of: OK, DUNNO, WARN, INFO, got the number 5',
    ],
    [
      'an option of another format',
      ['format: plain', 'action: OK'],
      5,
      13,
      'outputs[0].action is not an option of format "plain"; format "plain" takes: family',
    ],
    [
      'an option on a format without options',
      ['format: json', 'family: ipv4'],
      5,
      13,
      'outputs[0].family is not an option of format "json"; format "json" takes only "path" and "format"',
    ],
    [
      'an option on the default format',
      ['table: filter'],
      4,
      12,
      'outputs[0].table is not an option of format "postscreen"',
    ],
    [
      'an unknown plain family',
      ['format: plain', 'family: v4'],
      5,
      13,
      'outputs[0].family: "v4" is not valid; use one of: ipv4, ipv6, both',
    ],
    [
      'an nftables family that cannot match addresses',
      ['format: nftables', 'family: arp'],
      5,
      13,
      'outputs[0].family: "arp" is not valid; use one of: inet, ip, ip6, bridge, netdev',
    ],
    [
      'an nftables name with a space',
      ['format: nftables', 'table: my table'],
      5,
      12,
      'outputs[0].table: "my table" is not an nftables name: a letter, then letters, digits or "_" (at most 255 characters)',
    ],
    [
      'an nftables name starting with a digit',
      ['format: nftables', 'set4: 4mail'],
      5,
      11,
      'outputs[0].set4: "4mail" is not an nftables name',
    ],
    [
      'an nftables name longer than the kernel allows',
      ['format: nftables', `set6: s${'x'.repeat(255)}`],
      5,
      11,
      'is not an nftables name',
    ],
    [
      'two sets with one name',
      ['format: nftables', 'set4: mail', 'set6: mail'],
      6,
      11,
      'outputs[0].set6: the IPv4 and IPv6 sets would both be named "mail"; give them different names',
    ],
    [
      'an IPv4 set named like the default IPv6 set',
      ['format: nftables', 'set4: allow6'],
      5,
      11,
      'outputs[0].set4: the IPv4 and IPv6 sets would both be named "allow6"',
    ],
    [
      'an unknown key, with the valid ones',
      ['format: plain', 'header: true'],
      5,
      5,
      'unknown key "header" in outputs[0]. Valid keys: path, format, action, family, table, set4, set6',
    ],
  ])('%s', (_what, entry, line, column, message) => {
    const issues = issuesOf(config(...entry));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, line, column });
    expect(issues[0]?.message).toContain(message);
  });

  it('every bad option of one output at once', () => {
    const issues = issuesOf(
      config('format: nftables', 'family: arp', 'table: "t t"', 'action: OK'),
    );
    expect(issues.map((i) => [i.line, i.column, i.message.slice(0, 18)])).toEqual([
      [5, 13, 'outputs[0].family:'],
      [6, 12, 'outputs[0].table: '],
      [7, 13, 'outputs[0].action '],
    ]);
  });
});
