// `deny:` (issue #9 scope 1): the allow side's shapes read by the same
// readers, its own outputs with the deny defaults and actions, and every
// mistake, including the ones that span both sides, at its line and column.

import { describe, expect, it } from 'vitest';
import { parseCidr } from '../../src/cidr/parse.js';
import { parseConfig } from '../../src/config/load-config.js';
import {
  ConfigError,
  type ConfigIssue,
  type DenyConfig,
  type OutputSpec,
} from '../../src/config/types.js';

const FILE = '/srv/allowlist/spf-allowlist.yml';
const DIR = '/srv/allowlist';

function lines(...rows: string[]): string {
  return rows.map((row) => `${row}\n`).join('');
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

const DEFAULT_DENY_OUTPUT: OutputSpec = {
  path: `${DIR}/postscreen_spf_denylist.cidr`,
  format: 'postscreen',
};

describe('deny: accepts', () => {
  it.each<[string, string[], DenyConfig]>([
    [
      'a plain list of senders, with the default output',
      ['deny:', '  senders: [Spam.Example.]'],
      {
        senders: [
          { name: 'senders', domains: [{ domain: 'spam.example', at: { line: 3, column: 13 } }] },
        ],
        hosts: [],
        static: [],
        outputs: [DEFAULT_DENY_OUTPUT],
      },
    ],
    [
      'groups, hosts and static ranges',
      [
        'deny:',
        '  senders:',
        '    snowshoe: [a.example, b.example]',
        '  hosts: [mx.bad.example]',
        '  static:',
        '    - range: 198.51.100.0/24',
        '      note: ticket 4321',
      ],
      {
        senders: [
          {
            name: 'snowshoe',
            domains: [
              { domain: 'a.example', at: { line: 4, column: 16 } },
              { domain: 'b.example', at: { line: 4, column: 27 } },
            ],
          },
        ],
        hosts: [{ host: 'mx.bad.example', at: { line: 5, column: 11 } }],
        static: [
          {
            range: parseCidr('198.51.100.0/24').cidr,
            text: '198.51.100.0/24',
            note: 'ticket 4321',
            at: { line: 7, column: 7 },
          },
        ],
        outputs: [DEFAULT_DENY_OUTPUT],
      },
    ],
    [
      'only static ranges, written in every format with the deny defaults',
      [
        'deny:',
        '  static:',
        '    - range: 198.51.100.0/24',
        '      note: ticket 4321',
        '  outputs:',
        '    - path: deny.cidr',
        '    - path: deny_access.cidr',
        '      format: postfix-access',
        '    - path: deny_trial.cidr',
        '      format: postfix-access',
        '      action: WARN',
        '    - path: deny.nft',
        '      format: nftables',
        '    - path: deny.json',
        '      format: json',
      ],
      {
        senders: [],
        hosts: [],
        static: [
          {
            range: parseCidr('198.51.100.0/24').cidr,
            text: '198.51.100.0/24',
            note: 'ticket 4321',
            at: { line: 4, column: 7 },
          },
        ],
        outputs: [
          { path: `${DIR}/deny.cidr`, format: 'postscreen' },
          { path: `${DIR}/deny_access.cidr`, format: 'postfix-access' },
          { path: `${DIR}/deny_trial.cidr`, format: 'postfix-access', action: 'WARN' },
          { path: `${DIR}/deny.nft`, format: 'nftables', nftables: {} },
          { path: `${DIR}/deny.json`, format: 'json' },
        ],
      },
    ],
    [
      'REJECT as a postfix-access action',
      [
        'deny:',
        '  hosts: [mx.bad.example]',
        '  outputs:',
        '    - path: deny_access.cidr',
        '      format: postfix-access',
        '      action: REJECT',
      ],
      {
        senders: [],
        hosts: [{ host: 'mx.bad.example', at: { line: 3, column: 11 } }],
        static: [],
        outputs: [{ path: `${DIR}/deny_access.cidr`, format: 'postfix-access', action: 'REJECT' }],
      },
    ],
  ])('%s', (_what, deny, expected) => {
    const config = parseConfig(lines('senders: [google.com]', ...deny), FILE);
    expect(config.deny).toStrictEqual(expected);
    // The allow side is untouched by deny:.
    expect(config.outputs).toStrictEqual([
      { path: `${DIR}/postscreen_spf_allowlist.cidr`, format: 'postscreen' },
    ]);
  });

  it('no deny: at all', () => {
    expect(parseConfig('senders: [google.com]\n', FILE).deny).toBeUndefined();
  });

  it('nftables outputs of both lists in one table, with the default set names', () => {
    const config = parseConfig(
      lines(
        'senders: [google.com]',
        'outputs:',
        '  - path: allow.nft',
        '    format: nftables',
        'deny:',
        '  hosts: [mx.bad.example]',
        '  outputs:',
        '    - path: deny.nft',
        '      format: nftables',
      ),
      FILE,
    );
    expect(config.deny?.outputs).toEqual([
      { path: `${DIR}/deny.nft`, format: 'nftables', nftables: {} },
    ]);
  });
});

describe('deny: reports', () => {
  it.each<[string, string[], number, number, string]>([
    [
      'an unknown key, with the valid ones',
      ['deny:', '  domains: [spam.example]'],
      3,
      3,
      'unknown key "domains" in deny. Valid keys: senders, hosts, static, outputs',
    ],
    [
      'a misspelt key, with the closest one',
      ['deny:', '  sender: [spam.example]'],
      3,
      3,
      'Did you mean "senders"?',
    ],
    [
      'a list instead of a map',
      ['deny: [spam.example]'],
      2,
      7,
      'deny must be a map with keys senders, hosts, static, outputs, each as on the allow side, got a list',
    ],
    ['no value', ['deny:'], 2, 1, 'deny must be a map'],
    [
      'no source',
      ['deny:', '  outputs:', '    - path: deny.cidr'],
      3,
      3,
      'deny lists no sources; add "senders", "hosts" or "static" under it, or remove "deny:"',
    ],
    [
      'an empty sender list',
      ['deny:', '  senders: []'],
      3,
      12,
      'deny.senders is empty; list at least one domain name',
    ],
    [
      'an invalid domain',
      ['deny:', '  senders: [not a domain!]'],
      3,
      13,
      'deny.senders[0]: "not a domain!" is not a valid domain name',
    ],
    [
      'a static range without a note',
      ['deny:', '  static:', '    - range: 198.51.100.0/24'],
      4,
      7,
      'deny.static[0] has no "note"',
    ],
    [
      'a static range with host bits',
      ['deny:', '  static:', '    - range: 198.51.100.1/24', '      note: spam'],
      4,
      14,
      'deny.static[0].range: "198.51.100.1/24" has host bits set',
    ],
    [
      'an allowlist action in a deny access table',
      [
        'deny:',
        '  hosts: [mx.bad.example]',
        '  outputs:',
        '    - path: deny_access.cidr',
        '      format: postfix-access',
        '      action: OK',
      ],
      7,
      15,
      'deny.outputs[0].action: "OK" is not allowed; use one of: REJECT, DUNNO, WARN, INFO (access(5) actions that reject a listed client or only log it)',
    ],
    [
      'an empty outputs list, naming the deny default',
      ['deny:', '  hosts: [mx.bad.example]', '  outputs: []'],
      4,
      12,
      'deny.outputs is empty; list at least one, or remove the key to write postscreen_spf_denylist.cidr',
    ],
    [
      'a sender also allowed',
      ['deny:', '  senders: [mail.example]'],
      3,
      13,
      'deny.senders: "mail.example" is also allowed, in senders at line 1, column 23; a name is either allowed or denied, so list it on one side only',
    ],
    [
      'a sender allowed as a host (names compared normalized)',
      ['hosts: [mx.example.net]', 'deny:', '  senders: [MX.Example.NET.]'],
      4,
      13,
      'deny.senders: "mx.example.net" is also allowed, in hosts at line 2, column 9',
    ],
    [
      'a host allowed as a sender',
      ['deny:', '  hosts: [google.com]'],
      3,
      11,
      'deny.hosts: "google.com" is also allowed, in senders at line 1, column 11',
    ],
    [
      'a deny output on an allow output path',
      [
        'deny:',
        '  hosts: [mx.bad.example]',
        '  outputs:',
        '    - path: postscreen_spf_allowlist.cidr',
      ],
      5,
      5,
      `deny.outputs: ${DIR}/postscreen_spf_allowlist.cidr is also an output of the allowlist; give each list its own files`,
    ],
    [
      'the default deny output on an allow output path',
      ['outputs:', '  - path: postscreen_spf_denylist.cidr', 'deny:', '  hosts: [mx.bad.example]'],
      5,
      3,
      `deny: ${DIR}/postscreen_spf_denylist.cidr is also an output of the allowlist`,
    ],
  ])('%s', (_what, rows, line, column, message) => {
    const issues = issuesOf(lines('senders: [google.com, mail.example]', ...rows));
    expect(issues.map((i) => i.message)).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, line, column });
    expect(issues[0]?.message).toContain(message);
  });

  it('a deny nftables set that the allowlist fills too', () => {
    const issues = issuesOf(
      lines(
        'senders: [google.com]',
        'outputs:',
        '  - path: allow.nft',
        '    format: nftables',
        'deny:',
        '  hosts: [mx.bad.example]',
        '  outputs:',
        '    - path: deny.nft',
        '      format: nftables',
        '      set4: allow4',
        '      set6: allow6',
      ),
    );
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [8, 5],
      [8, 5],
    ]);
    expect(issues[0]?.message).toBe(
      `deny.outputs: the nftables output ${DIR}/deny.nft fills set "inet spf_allowlist allow4", as the allowlist's ${DIR}/allow.nft does, so loading one would empty the other; give the deny sets other names (set4, set6)`,
    );
    expect(issues[1]?.message).toContain('set "inet spf_allowlist allow6"');
  });

  it('every mistake of both sides at once, in file order', () => {
    const issues = issuesOf(
      lines(
        'senders: [google.com, bad!]',
        'deny:',
        '  senders: [google.com]',
        '  static:',
        '    - range: nope',
        '      note: x',
        '  extra: 1',
      ),
    );
    expect(issues.map((i) => `${i.line}:${i.column}`)).toEqual(['1:23', '3:13', '5:14', '7:3']);
  });
});
