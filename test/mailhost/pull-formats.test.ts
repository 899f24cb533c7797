// mailhost/spf-allowlist-pull with every kind of file (issue #9 scope 3):
// each generated file installs, and a bad one is refused with the installed
// file left byte for byte as it was and no reload. The JSON check is run
// through each of its readers (jq, python3, the layout check) and nftables
// with and without nft, by changing what is on PATH.

import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePostscreen } from '../../src/allowlist/parse-postscreen.js';
import { renderPostfixAccess } from '../../src/allowlist/render-postfix-access.js';
import { checkCidrTable } from '../../src/check/check-cidr-table.js';
import { findTool, requireTool } from '../support/require-tool.js';
import { MailHost, PULL_SCRIPT } from './pull-harness.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

const PLAIN = fixture('formats/expected/spf_allowlist.txt');
const PLAIN_IPV4 = fixture('formats/expected/spf_allowlist_ipv4.txt');
const NFT = fixture('formats/expected/spf_allowlist.nft');
const JSON_FILE = fixture('formats/expected/spf_allowlist.json');
const DENY = fixture('pipeline/expected/postscreen_spf_denylist.cidr');
const DENY_ACCESS = renderPostfixAccess(
  parsePostscreen(DENY, 'deny', 'reject'),
  { path: '/etc/postfix/spf_denylist_access.cidr', format: 'postfix-access' },
  'deny',
);

/** Keeps the comment lines and the first `keep` lines matching `entry`. */
function keepFirst(text: string, entry: RegExp, keep: number): string {
  let seen = 0;
  return text
    .split('\n')
    .filter((line) => !entry.test(line) || (seen += 1) <= keep)
    .join('\n');
}

/** A PATH directory of links to every tool on PATH but `missing`, plus `extra` name -> path. */
function pathWithoutTools(
  into: string,
  missing: readonly string[],
  extra: Record<string, string> = {},
): string {
  mkdirSync(into, { recursive: true });
  const link = (target: string, name: string) => {
    if (!existsSync(join(into, name))) symlinkSync(target, join(into, name));
  };
  for (const [name, target] of Object.entries(extra)) link(target, name);
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir === '' || !existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!missing.some((tool) => name === tool || name.startsWith(`${tool}.`))) {
        link(join(dir, name), name);
      }
    }
  }
  return into;
}

/** A python3 that runs with the mail host's HOME (a pyenv shim on PATH may not). */
const SYSTEM_PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : undefined;

const haveTools = requireTool('git') && requireTool('postmap');

describe.skipIf(!haveTools)('spf-allowlist-pull installs every kind of file', () => {
  let host: MailHost;

  beforeEach(() => {
    host = new MailHost();
  });

  afterEach(() => {
    host.remove();
  });

  /** Points FILES at one repository file of `kind`; returns its target. */
  function serve(name: string, kind: string): string {
    const target = join(host.targetDir, name);
    host.configure({ FILES: `${name}:${target}:${kind}` });
    return target;
  }

  /** Commits `content` as `name`, installs it, and returns the commit. */
  function installed(name: string, content: string): string {
    const commit = host.commit({ [name]: content }, name);
    host.cloneToHost();
    const run = host.run();
    expect(run.stderr).toContain('installed 1 file(s)');
    expect(run.status).toBe(0);
    return commit;
  }

  it.each([
    ['plain', 'spf_allowlist.txt', PLAIN],
    ['plain', 'spf_allowlist_ipv4.txt', PLAIN_IPV4],
    ['nftables', 'spf_allowlist.nft', NFT],
    ['json', 'spf_allowlist.json', JSON_FILE],
    ['postscreen', 'postscreen_spf_denylist.cidr', DENY],
    ['postfix-access-deny', 'spf_denylist_access.cidr', DENY_ACCESS],
  ])('%s: %s installs as committed, with one reload', (kind, name, content) => {
    const target = serve(name, kind);
    const commit = installed(name, content);
    expect(readFileSync(target, 'utf8')).toBe(content);
    expect(host.reloads()).toHaveLength(1);
    expect(host.installedCommit()).toBe(commit);
    expect(host.targetDirEntries()).toEqual([name]);
  });

  const nftHostBits = NFT.replace('{ 40.92.0.0/15 }', '{ 40.92.0.1/15 }');
  /** Kind, repository file, a good version, a bad one, and why the bad one is refused. */
  const refused: readonly (readonly [string, string, string, string, string])[] = [
    ['plain', 'spf_allowlist.txt', PLAIN, PLAIN.replace('# @list\n', ''), 'is not "# @list"'],
    [
      'plain',
      'spf_allowlist.txt',
      PLAIN,
      PLAIN.replace('\n40.92.0.0/15\n', '\n40.92.0.1/15\n'),
      'host bits set',
    ],
    [
      'plain',
      'spf_allowlist.txt',
      PLAIN,
      PLAIN.replace('\n40.92.0.0/15\n', '\n40.92.0.0/15 # outlook\n'),
      'is not a range alone',
    ],
    ['plain', 'spf_allowlist.txt', PLAIN, PLAIN.slice(0, -1), 'does not end with a newline'],
    [
      'plain',
      'spf_allowlist.txt',
      PLAIN,
      PLAIN.split('\n')
        .filter((line) => line === '' || line.startsWith('#'))
        .join('\n'),
      'has no range',
    ],
    ['plain', 'spf_allowlist.txt', PLAIN, keepFirst(PLAIN, /^[^#]/, 3), 'below MIN_PERCENT'],
    ['nftables', 'spf_allowlist.nft', NFT, `${NFT}flush ruleset\n`, 'is not a statement'],
    ['nftables', 'spf_allowlist.nft', NFT, nftHostBits, 'host bits set'],
    [
      'nftables',
      'spf_allowlist.nft',
      NFT,
      NFT.replace('flush set inet spf_allowlist allow4\n', ''),
      'before flushing it',
    ],
    [
      'nftables',
      'spf_allowlist.nft',
      NFT,
      NFT.replace('allow4 { 40.92.0.0/15 }', 'allow6 { 40.92.0.0/15 }'),
      'of type ipv6_addr',
    ],
    [
      'nftables',
      'spf_allowlist.nft',
      NFT,
      NFT.slice(0, NFT.indexOf('\tset allow6')),
      'ends inside a table or set declaration',
    ],
    ['nftables', 'spf_allowlist.nft', NFT, keepFirst(NFT, /^add element /, 3), 'below MIN_PERCENT'],
    ['json', 'spf_allowlist.json', JSON_FILE, `${JSON_FILE.slice(0, 400)}\n`, 'jq says'],
    [
      'json',
      'spf_allowlist.json',
      JSON_FILE,
      JSON_FILE.replace('"format": "spf-allowlist"', '"format": "other"'),
      'not an spf-allowlist JSON file',
    ],
    [
      'json',
      'spf_allowlist.json',
      JSON_FILE,
      JSON_FILE.replace('{"range":"40.92.0.0/15"', '{"range":"40.92.0.1/15"'),
      'ranges[0]: "40.92.0.1/15" has host bits set',
    ],
    [
      'json',
      'spf_allowlist.json',
      JSON_FILE,
      keepFirst(JSON_FILE, /^ {4}\{"range"/, 3).replace(/(\{"range"[^\n]*),\n {2}\]/, '$1\n  ]'),
      'below MIN_PERCENT',
    ],
    [
      'postfix-access-deny',
      'spf_denylist_access.cidr',
      DENY_ACCESS,
      DENY_ACCESS.replace('\tREJECT', '\tOK'),
      'action "OK" is not one this table may carry; use one of: REJECT DUNNO WARN INFO',
    ],
  ];
  it.each(
    refused.map(([kind, name, good, bad, reason]) => [kind, reason, name, good, bad] as const),
  )(
    '%s: refuses a file where "%s", leaving the installed %s byte-identical',
    (kind, reason, name, good, bad) => {
      const target = serve(name, kind);
      const first = installed(name, good);
      const before = readFileSync(target);
      host.commit({ [name]: bad }, 'bad');
      const run = host.run();
      expect(run.stderr).toContain(reason);
      expect(run.status).toBe(1);
      expect(readFileSync(target)).toEqual(before);
      expect(host.reloads()).toHaveLength(1);
      expect(host.installedCommit()).toBe(first);
      expect(host.targetDirEntries()).toEqual([name]);
    },
  );

  it('installs every kind from one commit with one reload, or none of them when one is bad', () => {
    const files: [string, string, string][] = [
      [
        'postscreen_spf_allowlist.cidr',
        'postscreen',
        fixture('formats/expected/postscreen_spf_allowlist.cidr'),
      ],
      ['postscreen_spf_denylist.cidr', 'postscreen', DENY],
      [
        'spf_allowlist_access.cidr',
        'postfix-access',
        fixture('formats/expected/spf_allowlist_access.cidr'),
      ],
      ['spf_denylist_access.cidr', 'postfix-access-deny', DENY_ACCESS],
      ['spf_allowlist.txt', 'plain', PLAIN],
      ['spf_allowlist.nft', 'nftables', NFT],
      ['spf_allowlist.json', 'json', JSON_FILE],
    ];
    host.configure({
      FILES: files
        .map(([name, kind]) => `${name}:${join(host.targetDir, name)}:${kind}`)
        .join('\n'),
    });
    host.commit(Object.fromEntries(files.map(([name, , content]) => [name, content])), 'all');
    host.cloneToHost();
    const run = host.run();
    expect(run.stderr).toContain(`installed ${files.length} file(s)`);
    expect(host.reloads()).toHaveLength(1);
    const contents = () => files.map(([name]) => readFileSync(join(host.targetDir, name), 'utf8'));
    expect(contents()).toEqual(files.map(([, , content]) => content));

    // A good change to the allowlist and a bad one to the JSON: neither is installed.
    host.commit(
      {
        'postscreen_spf_allowlist.cidr': `${files[0]![2]}192.0.2.0/24\tpermit\n`,
        'spf_allowlist.json': JSON_FILE.replace('"version": 1', '"version": 2'),
      },
      'bad json',
    );
    const refused = host.run();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('spf_allowlist.json@');
    expect(contents()).toEqual(files.map(([, , content]) => content));
    expect(host.reloads()).toHaveLength(1);
  });

  it('runs RELOAD_COMMAND after installing, and again on the restored file when it fails', () => {
    const target = serve('spf_allowlist.nft', 'nftables');
    const log = join(host.root, 'nft-reload.log');
    host.configure({ RELOAD_COMMAND: `postfix reload && cksum < '${target}' >> '${log}'` });
    installed('spf_allowlist.nft', NFT);
    const updated = NFT.replace(
      'add element inet spf_allowlist allow4 { 40.92.0.0/15 }\n',
      'add element inet spf_allowlist allow4 { 40.92.0.0/15 }\nadd element inet spf_allowlist allow4 { 192.0.2.0/24 }\n',
    );
    host.commit({ 'spf_allowlist.nft': updated }, 'one more');
    host.failNextReload();
    expect(host.run().status).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe(NFT);
    // The first install, then (after the failed reload of the new file) the restored one.
    const sums = readFileSync(log, 'utf8').trim().split('\n');
    expect(sums).toHaveLength(2);
    expect(sums[1]).toBe(sums[0]);
  });

  it('refuses an unknown KIND as a configuration error', () => {
    host.configure({
      FILES: `spf_allowlist.txt:${join(host.targetDir, 'spf_allowlist.txt')}:text`,
    });
    const run = host.run();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('KIND "text" is not one of: postscreen postfix-access');
  });

  describe('JSON readers', () => {
    const minified = `${JSON.stringify(JSON.parse(JSON_FILE))}\n`;
    const hostBits = JSON_FILE.replace('{"range":"40.92.0.0/15"', '{"range":"40.92.0.1/15"');

    function withReader(reader: 'jq' | 'python3' | 'layout'): void {
      if (reader === 'jq') return;
      const extra: Record<string, string> =
        reader === 'python3' && SYSTEM_PYTHON ? { python3: SYSTEM_PYTHON } : {};
      host.usePath(pathWithoutTools(join(host.root, `path-${reader}`), ['jq', 'python3'], extra));
    }

    const cut = JSON_FILE.slice(0, JSON_FILE.indexOf('  "ranges"'));
    const READERS = [
      ['jq', findTool('jq') !== undefined, 'installed 1 file(s)', 'jq says: parse error'],
      ['python3', SYSTEM_PYTHON !== undefined, 'installed 1 file(s)', 'python3 says: not JSON'],
      ['layout', true, 'does not start with "{" on a line', 'has no complete "ranges" list'],
    ] as const;

    for (const [reader, available, minifiedResult, cutResult] of READERS) {
      it.skipIf(!available)(
        `${reader}: minified JSON gives "${minifiedResult}", a cut file "${cutResult}"`,
        () => {
          withReader(reader);
          const target = serve('spf_allowlist.json', 'json');
          installed('spf_allowlist.json', JSON_FILE);
          for (const [content, expected] of [
            [hostBits, 'ranges[0]: "40.92.0.1/15" has host bits set'],
            [cut, cutResult],
          ]) {
            host.commit({ 'spf_allowlist.json': content! }, 'bad');
            const run = host.run();
            expect(run.stderr).toContain(expected);
            expect(run.status).toBe(1);
            expect(readFileSync(target, 'utf8')).toBe(JSON_FILE);
          }
          host.commit({ 'spf_allowlist.json': minified }, 'minified');
          const run = host.run();
          expect(run.stderr).toContain(minifiedResult);
          expect(readFileSync(target, 'utf8')).toBe(reader === 'layout' ? JSON_FILE : minified);
        },
      );
    }
  });

  describe.skipIf(!requireTool('nft'))('nftables with and without nft', () => {
    // nft reads "drop" as a keyword where a name belongs: only nft itself refuses it.
    const keywordTable = NFT.replaceAll('inet spf_allowlist', 'inet drop');

    it('with nft, nft -c -f refuses a file the statement check lets through', () => {
      const target = serve('spf_allowlist.nft', 'nftables');
      installed('spf_allowlist.nft', NFT);
      host.commit({ 'spf_allowlist.nft': keywordTable }, 'keyword');
      const run = host.run();
      expect(run.stderr).toContain('nft -c -f refused it');
      expect(run.status).toBe(1);
      expect(readFileSync(target, 'utf8')).toBe(NFT);
    });

    it('without nft, the statement check alone decides', () => {
      host.usePath(pathWithoutTools(join(host.root, 'path-no-nft'), ['nft']));
      const target = serve('spf_allowlist.nft', 'nftables');
      installed('spf_allowlist.nft', NFT);
      host.commit({ 'spf_allowlist.nft': `${NFT}flush ruleset\n` }, 'flush ruleset');
      expect(host.run().status).toBe(1);
      host.commit({ 'spf_allowlist.nft': keywordTable }, 'keyword');
      expect(host.run().status).toBe(0);
      expect(readFileSync(target, 'utf8')).toBe(keywordTable);
    });
  });
});

describe('spf-allowlist-pull --check and src/check agree on postfix-access-deny tables', () => {
  it.each([
    ['the generated table', DENY_ACCESS],
    ['allow actions', '10.0.0.0/8\tOK\n10.0.0.0/8\tpermit\n10.0.0.0/8\treject\n'],
    ['deny actions', '10.0.0.0/8\tREJECT\n10.0.0.0/8\tDUNNO\n10.0.0.0/8\tWARN\n10.0.0.0/8\tINFO\n'],
  ])('%s', (_what, text) => {
    const dir = mkdtempSync(join(tmpdir(), 'spf-allowlist-deny-check-'));
    try {
      const file = join(dir, 'deny.cidr');
      writeFileSync(file, text);
      // No postmap on this PATH: this compares the line rules only.
      const result = spawnSync(
        'sh',
        [PULL_SCRIPT, '--check', '--format', 'postfix-access-deny', file],
        {
          env: { PATH: '/usr/bin:/bin', TMPDIR: dir },
          encoding: 'utf8',
        },
      );
      const shell = [...result.stdout.matchAll(/^[^\n]*?:(\d+): /gm)].map((m) => Number(m[1]));
      const typescript = checkCidrTable(text, file, 'postfix-access-deny').problems.map(
        (p) => p.line,
      );
      expect(shell, result.stdout).toEqual(typescript);
      expect(result.status).toBe(typescript.length === 0 ? 0 : 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
