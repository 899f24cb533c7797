import { DEFAULT_POLICY } from '../../src/config/validate-policy.js';
import { DEFAULT_LIMITS } from '../../src/config/validate-limits.js';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../../src/cidr/parse.js';
import { parseConfig } from '../../src/config/load-config.js';
import { type Config, ConfigError, type ConfigIssue } from '../../src/config/types.js';
import { parseDnsServer } from '../../src/dns/node-resolver.js';

const FILE = '/srv/allowlist/spf-allowlist.yml';
const DEFAULT_OUTPUT = '/srv/allowlist/postscreen_spf_allowlist.cidr';

function issuesOf(text: string): readonly ConfigIssue[] {
  try {
    parseConfig(text, FILE);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

function lines(...rows: string[]): string {
  return rows.map((row) => `${row}\n`).join('');
}

describe('parseConfig accepts', () => {
  it('a plain list of senders, with every default applied', () => {
    const expected: Config = {
      file: FILE,
      senders: [
        {
          name: 'senders',
          domains: [
            { domain: 'google.com', at: { line: 1, column: 11 } },
            { domain: 'outlook.com', at: { line: 1, column: 23 } },
          ],
        },
      ],
      hosts: [],
      static: [],
      outputs: [{ path: DEFAULT_OUTPUT, format: 'postscreen' }],
      ipv4: true,
      ipv6: true,
      strict: false,
      dns: { servers: [], timeoutMs: 5000, tries: 2, concurrency: 32, deadlineMs: 120_000 },
      policy: DEFAULT_POLICY,
      limits: DEFAULT_LIMITS,
      deny: undefined,
    };
    expect(parseConfig('senders: [google.com, Outlook.COM.]\n', FILE)).toEqual(expected);
  });

  it('groups, in file order', () => {
    const config = parseConfig(
      lines(
        'senders:',
        '  webmail: [google.com]',
        '  bulk:',
        '    - sendgrid.net',
        '    - _spf.example.org',
      ),
      FILE,
    );
    expect(config.senders).toEqual([
      { name: 'webmail', domains: [{ domain: 'google.com', at: { line: 2, column: 13 } }] },
      {
        name: 'bulk',
        domains: [
          { domain: 'sendgrid.net', at: { line: 4, column: 7 } },
          { domain: '_spf.example.org', at: { line: 5, column: 7 } },
        ],
      },
    ]);
  });

  it('every key set', () => {
    const config = parseConfig(
      lines(
        'senders:',
        '  webmail: [google.com]',
        'hosts: [mx.example.net]',
        'static:',
        '  - range: 192.0.2.0/24',
        '    note: our backup MX',
        '  - range: 2001:db8::1',
        '    note: a single IPv6 host',
        'outputs:',
        '  - path: out/allow.cidr',
        '    format: postscreen',
        '  - path: /var/lib/spf/allow.cidr',
        'ipv4: true',
        'ipv6: false',
        'strict: true',
        'dns:',
        '  servers: [127.0.0.1, "127.0.0.1:5353"]',
        '  timeout: 0.5',
        '  tries: 3',
        '  concurrency: 8',
      ),
      FILE,
    );
    expect(config.hosts).toEqual([{ host: 'mx.example.net', at: { line: 3, column: 9 } }]);
    expect(config.static).toEqual([
      {
        range: parseCidr('192.0.2.0/24').cidr,
        text: '192.0.2.0/24',
        note: 'our backup MX',
        at: { line: 5, column: 5 },
      },
      {
        range: parseCidr('2001:db8::1/128').cidr,
        text: '2001:db8::1',
        note: 'a single IPv6 host',
        at: { line: 7, column: 5 },
      },
    ]);
    expect(config.outputs).toEqual([
      { path: '/srv/allowlist/out/allow.cidr', format: 'postscreen' },
      { path: '/var/lib/spf/allow.cidr', format: 'postscreen' },
    ]);
    expect([config.ipv4, config.ipv6, config.strict]).toEqual([true, false, true]);
    expect(config.dns).toEqual({
      servers: [parseDnsServer('127.0.0.1'), parseDnsServer('127.0.0.1:5353')],
      timeoutMs: 500,
      tries: 3,
      concurrency: 8,
      deadlineMs: 120_000,
    });
  });

  it.each([
    ['postscreen_spf_allowlist.cidr', DEFAULT_OUTPUT],
    ['./generated/allow.cidr', '/srv/allowlist/generated/allow.cidr'],
    ['../shared/allow.cidr', '/srv/shared/allow.cidr'],
    ['/etc/postfix/allow.cidr', '/etc/postfix/allow.cidr'],
  ])('output path %s as %s', (path, resolved) => {
    const config = parseConfig(
      lines('senders: [google.com]', 'outputs:', `  - path: ${path}`),
      FILE,
    );
    expect(config.outputs).toEqual([{ path: resolved, format: 'postscreen' }]);
  });

  it('empty hosts, static and dns.servers lists', () => {
    const config = parseConfig(
      lines('senders: [google.com]', 'hosts: []', 'static: []', 'dns: {servers: []}'),
      FILE,
    );
    expect([config.hosts, config.static, config.dns.servers]).toEqual([[], [], []]);
  });

  it('an alias reused within the alias limit', () => {
    const config = parseConfig(lines('senders:', '  a: &list [google.com]', 'hosts: *list'), FILE);
    expect(config.hosts.map((h) => h.host)).toEqual(['google.com']);
  });
});

const laughs = lines(
  'senders: [google.com]',
  'hosts: &a [x.example, x.example, x.example, x.example, x.example, x.example]',
  'static: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'outputs: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'dns: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
);

describe('parseConfig reports', () => {
  // [what, file text, line, column, message fragment]
  const rows: [string, string, number, number, string][] = [
    ['an empty file', '', 1, 1, 'the file is empty; it needs at least "senders:"'],
    ['a file of comments', '# nothing yet\n', 1, 1, 'the file is empty'],
    [
      'a list document',
      '- google.com\n',
      1,
      1,
      'the file must be a map of settings with keys senders, hosts',
    ],
    ['a text document', 'google.com\n', 1, 1, 'got the text "google.com"'],
    [
      'a YAML syntax error',
      lines('senders: [google.com', 'hosts: []'),
      2,
      1,
      'YAML syntax error: ',
    ],
    ['a tab indent', lines('senders:', '\t- google.com'), 2, 1, 'YAML syntax error: Tabs'],
    [
      'two documents',
      lines('senders: [google.com]', '---', 'hosts: []'),
      2,
      1,
      'YAML syntax error',
    ],
    [
      'a duplicate top-level key',
      lines('senders: [google.com]', 'ipv4: true', 'ipv4: false'),
      3,
      1,
      'the key "ipv4" appears twice in the same map',
    ],
    [
      'a duplicate group',
      lines('senders:', '  bulk: [sendgrid.net]', '  "bulk": [mailgun.com]'),
      3,
      3,
      'the key "bulk" appears twice',
    ],
    ['an undefined alias', 'senders: *list\n', 1, 10, 'the alias *list has no anchor &list'],
    ['an alias bomb', laughs, 3, 13, 'aliases here expand to more than 100 values'],
    ['an unknown tag', 'senders: !domains [google.com]\n', 1, 10, 'YAML: Unresolved tag: !domains'],
    ['a missing senders key', 'hosts: [mx.example.net]\n', 1, 1, 'senders is missing'],
    [
      'a typo in a top-level key',
      lines('senders: [google.com]', 'host: [mx.example.net]'),
      2,
      1,
      'unknown key "host" at the top level. Did you mean "hosts"? Valid keys: senders, hosts, static, outputs, ipv4, ipv6, strict, dns',
    ],
    [
      'an unknown top-level key',
      lines('senders: [google.com]', 'domains: [example.com]'),
      2,
      1,
      'unknown key "domains" at the top level. Valid keys: senders,',
    ],
    [
      'a typo in a dns key',
      lines('senders: [google.com]', 'dns:', '  timout: 3'),
      3,
      3,
      'unknown key "timout" in dns. Did you mean "timeout"? Valid keys: servers, timeout, tries, concurrency',
    ],
    [
      'an unknown key in a static entry',
      lines(
        'senders: [google.com]',
        'static:',
        '  - range: 192.0.2.0/24',
        '    note: x',
        '    comment: y',
      ),
      5,
      5,
      'unknown key "comment" in static[0]. Valid keys: range, note',
    ],
    [
      'a number as a key',
      lines('senders: [google.com]', '1: x'),
      2,
      1,
      'keys at the top level must be text, got the number 1',
    ],
    [
      'senders as text',
      'senders: google.com\n',
      1,
      10,
      'senders must be a list of domain names, or a map of group names to lists of domain names, got the text "google.com"',
    ],
    [
      'senders with no value',
      'senders:\n',
      1,
      1,
      'senders must be a list of domain names, or a map',
    ],
    [
      'an empty senders list',
      'senders: []\n',
      1,
      10,
      'senders is empty; list at least one domain name',
    ],
    ['an empty senders map', 'senders: {}\n', 1, 10, 'senders has no groups'],
    [
      'an empty group',
      lines('senders:', '  webmail: []'),
      2,
      12,
      'senders.webmail is empty; list at least one domain name',
    ],
    [
      'a group that is not a list',
      lines('senders:', '  webmail: google.com'),
      2,
      12,
      'senders.webmail must be a list of domain names, such as [google.com, outlook.com], got the text "google.com"',
    ],
    [
      'a group name with a space',
      lines('senders:', '  web mail: [google.com]'),
      2,
      3,
      'group name "web mail" in senders is not valid; a group name is one or more letters, digits, "-" or "_"',
    ],
    [
      'a reserved group name',
      lines('senders:', '  static: [google.com]'),
      2,
      3,
      'group name "static" in senders is reserved',
    ],
    [
      'a malformed domain',
      'senders: [google.com, goo_gle..com]\n',
      1,
      23,
      'senders[1]: "goo_gle..com" is not a valid domain name: it has an empty label',
    ],
    [
      'a domain with a bad character',
      lines('senders:', '  bulk:', '    - "mail chimp.com"'),
      3,
      7,
      'senders.bulk[0]: "mail chimp.com" is not a valid domain name: the label "mail chimp" contains a space',
    ],
    [
      'an address as a sender',
      'senders: [192.0.2.1]\n',
      1,
      11,
      'senders[0]: "192.0.2.1" is an IP address, not a domain name; put fixed addresses under "static:"',
    ],
    [
      'a number as a domain',
      'senders: [42]\n',
      1,
      11,
      'senders[0] must be a domain name, such as "example.com", got the number 42',
    ],
    [
      'an empty list item',
      lines('senders:', '  - google.com', '  -'),
      3,
      4,
      'senders[1] must be a domain name',
    ],
    [
      'a domain in two groups',
      lines('senders:', '  webmail: [google.com]', '  bulk: [Google.com.]'),
      3,
      10,
      'senders.bulk[0]: "google.com" is already listed at line 2, column 13 (senders.webmail[0]); list each name once',
    ],
    [
      'a duplicate host',
      lines('senders: [google.com]', 'hosts: [mx.example.net, MX.example.net]'),
      2,
      25,
      'hosts[1]: "mx.example.net" is already listed at line 2, column 9 (hosts[0])',
    ],
    [
      'hosts as a map',
      lines('senders: [google.com]', 'hosts: {mx: mx.example.net}'),
      2,
      8,
      'hosts must be a list of host names, such as [mx1.example.net, mx2.example.net], got a map',
    ],
    [
      'a static range with host bits set',
      lines('senders: [google.com]', 'static:', '  - range: 192.0.2.1/24', '    note: backup MX'),
      3,
      12,
      'static[0].range: "192.0.2.1/24" has host bits set, which Postfix rejects; write the network "192.0.2.0/24"',
    ],
    [
      'an IPv6 static range with host bits set',
      lines('senders: [google.com]', 'static:', '  - range: 2001:db8::1/32', '    note: backup MX'),
      3,
      12,
      'write the network "2001:db8::/32"',
    ],
    [
      'a malformed static range',
      lines('senders: [google.com]', 'static:', '  - range: 192.0.2.300', '    note: backup MX'),
      3,
      12,
      'static[0].range: "192.0.2.300" is not a valid range: "300" is not a number 0-255',
    ],
    [
      'a static entry without a note',
      lines('senders: [google.com]', 'static:', '  - range: 192.0.2.0/24'),
      3,
      5,
      'static[0] has no "note"; say why this range is trusted',
    ],
    [
      'a static entry with an empty note',
      lines('senders: [google.com]', 'static:', '  - range: 192.0.2.0/24', '    note: " "'),
      4,
      11,
      'static[0].note is empty',
    ],
    [
      'a static entry without a range',
      lines('senders: [google.com]', 'static:', '  - note: backup MX'),
      3,
      5,
      'static[0] has no "range"',
    ],
    [
      'a static entry that is a bare range',
      lines('senders: [google.com]', 'static:', '  - 192.0.2.0/24'),
      3,
      5,
      'static[0] must be a map with keys "range" and "note", got the text "192.0.2.0/24"',
    ],
    [
      'two outputs with one path',
      lines('senders: [google.com]', 'outputs:', '  - path: a.cidr', '  - path: ./a.cidr'),
      4,
      5,
      'outputs[1] writes /srv/allowlist/a.cidr, as outputs[0] does; give each output its own path',
    ],
    [
      'an output over the config file',
      lines('senders: [google.com]', 'outputs:', '  - path: spf-allowlist.yml'),
      3,
      11,
      'outputs[0].path is the config file itself',
    ],
    [
      'an output without a path',
      lines('senders: [google.com]', 'outputs:', '  - format: postscreen'),
      3,
      5,
      'outputs[0] has no "path"',
    ],
    [
      'an unknown output format',
      lines('senders: [google.com]', 'outputs:', '  - path: a.cidr', '    format: csv'),
      4,
      13,
      'outputs[0].format: "csv" is not a known format; use one of: postscreen, postfix-access, plain, nftables, json',
    ],
    [
      'an empty outputs list',
      lines('senders: [google.com]', 'outputs: []'),
      2,
      10,
      'outputs is empty; list at least one, or remove the key',
    ],
    [
      'yes as a boolean',
      lines('senders: [google.com]', 'ipv4: yes'),
      2,
      7,
      'ipv4 must be true or false, got the text "yes"; YAML 1.2 reads yes/no/on/off as text',
    ],
    [
      'a number as strict',
      lines('senders: [google.com]', 'strict: 1'),
      2,
      9,
      'strict must be true or false, got the number 1',
    ],
    [
      'both families off',
      lines('senders: [google.com]', 'ipv6: false', 'ipv4: false'),
      3,
      7,
      'ipv4 and ipv6 are both false',
    ],
    [
      'dns as a number',
      lines('senders: [google.com]', 'dns: 5'),
      2,
      6,
      'dns must be a map with keys servers, timeout, tries, concurrency, deadline, got the number 5',
    ],
    [
      'a malformed dns server',
      lines('senders: [google.com]', 'dns:', '  servers: [not-an-address]'),
      3,
      13,
      'dns.servers[0]: "not-an-address" is not a DNS server address',
    ],
    [
      'dns.servers as text',
      lines('senders: [google.com]', 'dns:', '  servers: 127.0.0.1'),
      3,
      12,
      'dns.servers must be a list of DNS server addresses',
    ],
  ];

  it.each(rows)('%s', (_what, text, line, column, fragment) => {
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, line, column });
    expect(issues[0]?.message).toContain(fragment);
  });

  const numberRows: [string, string, string][] = [
    [
      'timeout',
      '0',
      'dns.timeout must be a number of seconds, more than 0 and at most 60, got the number 0',
    ],
    ['timeout', '61', 'got the number 61'],
    ['timeout', '-1', 'got the number -1'],
    ['timeout', '.inf', 'got the number .inf'],
    ['timeout', '.nan', 'got the number .nan'],
    ['timeout', '5s', 'got the text "5s"'],
    ['tries', '0', 'dns.tries must be a whole number from 1 to 10, got the number 0'],
    ['tries', '2.5', 'got the number 2.5'],
    ['tries', '11', 'got the number 11'],
    [
      'concurrency',
      '1025',
      'dns.concurrency must be a whole number from 1 to 1024, got the number 1025',
    ],
    ['concurrency', 'many', 'got the text "many"'],
  ];

  it.each(numberRows)('dns.%s: %s', (key, value, fragment) => {
    const issues = issuesOf(lines('senders: [google.com]', 'dns:', `  ${key}: ${value}`));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, column: key.length + 5 });
    expect(issues[0]?.message).toContain(fragment);
  });

  it('every issue of a file at once, in file order', () => {
    const text = lines(
      'sender:', // 1: typo
      '  webmail: [google.com, google.com]', // 2: not read, being under an unknown key
      'senders:',
      '  bulk: [sendgrid.net, -bad.example]', // 4: malformed
      'static:',
      '  - range: 10.0.0.1/8', // 6: host bits, and no note
      'ipv4: maybe', // 7: not a boolean
      'dns:',
      '  tries: 0', // 9: out of range
    );
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.line, i.column, i.message.slice(0, 40)])).toEqual([
      [1, 1, 'unknown key "sender" at the top level. D'],
      [4, 24, 'senders.bulk[1]: "-bad.example" is not a'],
      [6, 5, 'static[0] has no "note"; say why this ra'],
      [6, 12, 'static[0].range: "10.0.0.1/8" has host b'],
      [7, 7, 'ipv4 must be true or false, got the text'],
      [9, 10, 'dns.tries must be a whole number from 1 '],
    ]);
  });

  it('a duplicate key and the schema issues together', () => {
    const issues = issuesOf(lines('senders: [google.com]', 'ipv6: on', 'senders: [x]'));
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [2, 7],
      [3, 1],
    ]);
  });

  it('issues as file:line:column lines in the error message', () => {
    expect(() => parseConfig(lines('senders: []', 'ipv4: 1'), FILE)).toThrow(
      `${FILE}:1:10: senders is empty; list at least one domain name\n${FILE}:2:7: ipv4 must be true or false, got the number 1`,
    );
  });
});
