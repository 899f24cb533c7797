// mailhost/spf-allowlist-pull run for real (dash as /bin/sh where Debian has
// it): real git repositories, Postfix's own postmap, and recorded stand-ins
// for `postfix reload` and `logger`. Each scenario of issue 6's "Done when".

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTool, requireTool } from '../support/require-tool.js';
import {
  entryLines,
  GENERATED_TABLE,
  keepEntries,
  MailHost,
  pathWithout,
  PULL_SCRIPT,
  TABLE_PATH,
} from './pull-harness.js';

const UPDATED_TABLE = GENERATED_TABLE.replace(
  '157.55.9.128/25\tpermit\n',
  '157.55.9.128/25\tpermit\n157.55.10.0/24\tpermit\n',
);
const isRoot = process.getuid?.() === 0;

const haveTools = requireTool('git') && requireTool('postmap');

describe.skipIf(!haveTools)('spf-allowlist-pull', () => {
  let host: MailHost;

  beforeEach(() => {
    host = new MailHost();
  });

  afterEach(() => {
    host.remove();
  });

  /** A host that installed the generated table from the first commit. */
  function installedHost(): string {
    const first = host.commit({ [TABLE_PATH]: GENERATED_TABLE }, 'allowlist');
    host.cloneToHost();
    const run = host.run();
    expect(run.stderr).toContain('installed 1 file(s)');
    expect(run.status).toBe(0);
    return first;
  }

  it('first install: writes the committed bytes, reloads once, records the commit, logs one line', () => {
    const commit = host.commit({ [TABLE_PATH]: GENERATED_TABLE }, 'allowlist');
    host.cloneToHost();
    const run = host.run();
    expect(run.status).toBe(0);
    expect(host.targetBytes()?.toString('utf8')).toBe(GENERATED_TABLE);
    expect(statSync(host.target).mode & 0o777).toBe(0o644);
    expect(host.reloads()).toEqual([`reload ${host.checksum(GENERATED_TABLE)}`]);
    expect(host.installedCommit()).toBe(commit);
    expect(host.targetDirEntries()).toEqual([TABLE_PATH]);
    const logged = host.loggerLines();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^-t spf-allowlist-pull -p user\.info -- installed 1 file\(s\) from /,
    );
  });

  it.skipIf(!isRoot)(
    'works as root on a clone owned by another user without touching global git config',
    () => {
      installedHost();
      const plain = spawnSync('git', ['-C', host.repo, 'rev-parse', '--git-dir'], {
        env: host.env(),
        encoding: 'utf8',
      });
      expect(plain.stderr).toContain('dubious ownership');
      expect(statSync(host.repo).uid).not.toBe(0);
      expect(readFileSync(host.globalGitConfig, 'utf8')).toBe('');
    },
  );

  it('an update installs the new file and reloads exactly once', () => {
    installedHost();
    const second = host.commit({ [TABLE_PATH]: UPDATED_TABLE }, 'add a range');
    const run = host.run();
    expect(run.status).toBe(0);
    expect(host.targetBytes()?.toString('utf8')).toBe(UPDATED_TABLE);
    expect(host.reloads()).toEqual([
      `reload ${host.checksum(GENERATED_TABLE)}`,
      `reload ${host.checksum(UPDATED_TABLE)}`,
    ]);
    expect(host.installedCommit()).toBe(second);
    expect(host.targetDirEntries()).toEqual([TABLE_PATH]);
  });

  it('no change reloads nothing', () => {
    installedHost();
    const run = host.run();
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('up to date');
    expect(host.reloads()).toHaveLength(1);
  });

  it('a commit that leaves the table as it was records the commit without a reload', () => {
    installedHost();
    const docs = host.commit({ 'NOTES.md': 'reviewed\n' }, 'notes only');
    const run = host.run();
    expect(run.status).toBe(0);
    expect(host.reloads()).toHaveLength(1);
    expect(host.installedCommit()).toBe(docs);
  });

  const shrunk = keepEntries(GENERATED_TABLE, Math.ceil(entryLines(GENERATED_TABLE).length / 10));
  const cut = GENERATED_TABLE.slice(0, GENERATED_TABLE.indexOf('\tpermit', 600) + 4);
  it.each([
    [
      'a range with host bits set',
      GENERATED_TABLE.replace('40.92.0.0/15\tpermit', '40.92.0.1/15\tpermit'),
      'host bits set',
    ],
    [
      'an indented line',
      GENERATED_TABLE.replace('\n40.107.0.0/16', '\n 40.107.0.0/16'),
      'starts with whitespace',
    ],
    [
      'an unknown action',
      GENERATED_TABLE.replace('74.125.0.0/16\tpermit', '74.125.0.0/16\tallow'),
      'action "allow"',
    ],
    [
      'a non-canonical IPv6 range',
      GENERATED_TABLE.replace('2a01:111:f400::/48\tpermit', '2A01:111:F400::/48\tpermit'),
      'canonical',
    ],
    ['an empty file', '', 'is empty'],
    ['a truncated file', cut, 'does not end with a newline'],
    ['a 90% shrink', shrunk, 'MIN_PERCENT'],
  ])(
    'a commit with %s is refused and the installed file stays byte-identical',
    (_, content, reason) => {
      const first = installedHost();
      const before = host.targetBytes();
      const bad = host.commit({ [TABLE_PATH]: content }, 'bad');
      expect(bad).not.toBe(first);
      const run = host.run();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(reason);
      expect(host.targetBytes()).toEqual(before);
      expect(host.reloads()).toHaveLength(1);
      expect(host.installedCommit()).toBe(first);
      expect(host.targetDirEntries()).toEqual([TABLE_PATH]);
      const logged = host.loggerLines();
      expect(logged).toHaveLength(2);
      expect(logged[1]).toMatch(/-p user\.err -- refused: /);
    },
  );

  it('a shrink above MIN_PERCENT is installed', () => {
    installedHost();
    const most = keepEntries(GENERATED_TABLE, entryLines(GENERATED_TABLE).length - 3);
    host.commit({ [TABLE_PATH]: most }, 'three ranges fewer');
    expect(host.run().status).toBe(0);
    expect(host.targetBytes()?.toString('utf8')).toBe(most);
  });

  it('several files: all validated before any is installed, then one reload', () => {
    const access = 'spf_allowlist_access.cidr';
    const accessTarget = join(host.targetDir, access);
    const accessTable = GENERATED_TABLE.replaceAll('\tpermit', '\tOK');
    host.configure({
      FILES: `${TABLE_PATH}:${host.target} ${access}:${accessTarget}:postfix-access`,
    });
    host.commit({ [TABLE_PATH]: GENERATED_TABLE, [access]: accessTable }, 'two tables');
    host.cloneToHost();
    const first = host.run();
    expect(first.stderr).toContain('installed 2 file(s)');
    expect(host.reloads()).toHaveLength(1);
    expect(readFileSync(accessTarget, 'utf8')).toBe(accessTable);

    // A good first file and a bad second one (a postscreen word in the access table).
    host.commit(
      { [TABLE_PATH]: UPDATED_TABLE, [access]: accessTable.replace('\tOK', '\tpermit') },
      'bad',
    );
    const run = host.run();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${access}@`);
    expect(host.targetBytes()?.toString('utf8')).toBe(GENERATED_TABLE);
    expect(readFileSync(accessTarget, 'utf8')).toBe(accessTable);
    expect(host.targetDirEntries()).toEqual([TABLE_PATH, access].sort());
    expect(host.reloads()).toHaveLength(1);
  });

  it('a force-pushed branch is refused, on this run and the next', () => {
    installedHost();
    const installed = host.commit({ [TABLE_PATH]: UPDATED_TABLE }, 'add a range');
    expect(host.run().status).toBe(0);
    host.rewriteLastCommit(
      { [TABLE_PATH]: GENERATED_TABLE.replace('40.92.0.0/15\tpermit', '40.0.0.0/8\tpermit') },
      'rewritten',
    );
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const run = host.run();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('is not a fast-forward of installed commit');
    }
    expect(host.targetBytes()?.toString('utf8')).toBe(UPDATED_TABLE);
    expect(host.installedCommit()).toBe(installed);
    expect(host.reloads()).toHaveLength(2);
  });

  it('a file missing from the commit is refused', () => {
    host.commit({ 'other.cidr': GENERATED_TABLE }, 'wrong name');
    host.cloneToHost();
    const run = host.run();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('does not exist in the commit');
    expect(host.targetBytes()).toBeUndefined();
  });

  it('a failing reload restores the previous file and reloads again', () => {
    const first = installedHost();
    host.commit({ [TABLE_PATH]: UPDATED_TABLE }, 'add a range');
    host.failNextReload();
    const run = host.run();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('restored the previous files and reloaded');
    expect(host.targetBytes()?.toString('utf8')).toBe(GENERATED_TABLE);
    // The failed reload saw the new file; the second one the restored file.
    expect(host.reloads()).toEqual([
      `reload ${host.checksum(GENERATED_TABLE)}`,
      `reload ${host.checksum(UPDATED_TABLE)}`,
      `reload ${host.checksum(GENERATED_TABLE)}`,
    ]);
    expect(host.installedCommit()).toBe(first);
    expect(host.targetDirEntries()).toEqual([TABLE_PATH]);

    const retry = host.run();
    expect(retry.status).toBe(0);
    expect(host.targetBytes()?.toString('utf8')).toBe(UPDATED_TABLE);
  });

  it('a failing first reload removes the file it installed', () => {
    host.commit({ [TABLE_PATH]: GENERATED_TABLE }, 'allowlist');
    host.cloneToHost();
    host.failNextReload();
    expect(host.run().status).toBe(1);
    expect(host.targetBytes()).toBeUndefined();
    expect(host.installedCommit()).toBeUndefined();
  });

  it('a reload owed by an interrupted run is done by the next run', () => {
    installedHost();
    writeFileSync(join(host.stateDir, 'reload-pending'), '');
    const run = host.run();
    expect(run.status).toBe(0);
    expect(host.reloads()).toHaveLength(2);
    expect(host.run().stderr).toContain('up to date');
    expect(host.reloads()).toHaveLength(2);
  });

  it('warns in the log line when the installed commit is older than MAX_AGE_DAYS', () => {
    host.commit({ [TABLE_PATH]: GENERATED_TABLE }, 'old allowlist', {
      date: '2020-01-01T00:00:00Z',
    });
    host.cloneToHost();
    const run = host.run();
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/warning: installed commit [0-9a-f]{12} is \d+ days old/);
    expect(host.loggerLines()[0]).toMatch(
      /-p user\.warning -- installed 1 file\(s\).*; warnings: /,
    );
  });

  describe('locking', () => {
    it('refuses while another run holds the flock', () => {
      installedHost();
      host.commit({ [TABLE_PATH]: UPDATED_TABLE }, 'add a range');
      const held = spawnSync(
        'flock',
        [join(host.stateDir, 'lock'), 'sh', PULL_SCRIPT, host.envFile],
        { env: host.env(), encoding: 'utf8' },
      );
      expect(held.status).toBe(1);
      expect(held.stderr).toContain('another run holds');
      expect(host.targetBytes()?.toString('utf8')).toBe(GENERATED_TABLE);
    });

    it('without flock, a lock directory of a live process refuses and a stale one is taken over', () => {
      installedHost();
      host.usePath(pathWithout('flock', join(host.root, 'path-without-flock')));
      host.commit({ [TABLE_PATH]: UPDATED_TABLE }, 'add a range');
      const lockDir = join(host.stateDir, 'lock.d');
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), `${process.pid}\n`);
      const refused = host.run();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`another run (pid ${process.pid}) holds`);

      const gone = spawnSync('sh', ['-c', 'echo $$']).stdout.toString().trim();
      writeFileSync(join(lockDir, 'pid'), `${gone}\n`);
      const run = host.run();
      expect(run.stderr).toContain('removing stale lock');
      expect(run.status).toBe(0);
      expect(host.targetBytes()?.toString('utf8')).toBe(UPDATED_TABLE);
      expect(statSync(host.stateDir).isDirectory()).toBe(true);
      expect(() => statSync(lockDir)).toThrow();
    });
  });

  describe.skipIf(!requireTool('ssh-keygen'))('signature verification (VERIFY=ssh)', () => {
    function newKey(name: string): { key: string; publicKey: string } {
      const key = join(host.root, name);
      const made = spawnSync('ssh-keygen', [
        '-q',
        '-t',
        'ed25519',
        '-N',
        '',
        '-C',
        name,
        '-f',
        key,
      ]);
      expect(made.status).toBe(0);
      return { key, publicKey: readFileSync(`${key}.pub`, 'utf8').trim() };
    }

    beforeEach(() => {
      const reviewer = newKey('reviewer');
      const signers = join(host.root, 'allowed_signers');
      writeFileSync(signers, `reviewer@example.org ${reviewer.publicKey}\n`);
      host.configure({ VERIFY: 'ssh', ALLOWED_SIGNERS: signers });
    });

    it('refuses an unsigned commit', () => {
      host.commit({ [TABLE_PATH]: GENERATED_TABLE }, 'unsigned');
      host.cloneToHost();
      const run = host.run();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('has no valid signature');
      expect(host.targetBytes()).toBeUndefined();
      expect(host.reloads()).toEqual([]);
    });

    it('refuses a commit signed by a key missing from the allowed signers', () => {
      const stranger = newKey('stranger');
      host.commit({ [TABLE_PATH]: GENERATED_TABLE }, 'signed by a stranger', {
        signingKey: stranger.key,
      });
      host.cloneToHost();
      const run = host.run();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('has no valid signature');
      expect(host.targetBytes()).toBeUndefined();
    });

    it('installs a commit signed by an allowed key', () => {
      const commit = host.commit({ [TABLE_PATH]: GENERATED_TABLE }, 'signed', {
        signingKey: join(host.root, 'reviewer'),
      });
      host.cloneToHost();
      const run = host.run();
      expect(run.stderr).toContain('installed 1 file(s)');
      expect(run.status).toBe(0);
      expect(host.installedCommit()).toBe(commit);
    });
  });

  // gpg is not among the Debian packages .ci/run installs: run where it is present.
  describe.skipIf(findTool('gpg') === undefined)('signature verification (VERIFY=gpg)', () => {
    let gnupgHome: string;

    beforeEach(() => {
      gnupgHome = join(host.root, 'gnupg');
      mkdirSync(gnupgHome, { mode: 0o700 });
      const made = spawnSync(
        'gpg',
        [
          '--batch',
          '--passphrase',
          '',
          '--quick-gen-key',
          'Reviewer <reviewer@example.org>',
          'ed25519',
          'sign',
          'never',
        ],
        { env: { ...host.env(), GNUPGHOME: gnupgHome }, encoding: 'utf8' },
      );
      expect(made.status, made.stderr).toBe(0);
      host.configure({ VERIFY: 'gpg', GNUPG_HOME: gnupgHome });
    });

    afterEach(() => {
      // Signing started a gpg-agent for this keyring: stop it.
      spawnSync('gpgconf', ['--kill', 'all'], { env: { ...host.env(), GNUPGHOME: gnupgHome } });
    });

    function signedCommit(content: string): string {
      writeFileSync(join(host.work, TABLE_PATH), content);
      host.git(host.work, 'add', TABLE_PATH);
      host.git(
        host.work,
        '-c',
        'user.signingkey=reviewer@example.org',
        'commit',
        '--quiet',
        '-S',
        '-m',
        'signed',
        {
          env: { GNUPGHOME: gnupgHome },
        },
      );
      host.git(host.work, 'push', '--quiet', 'origin', 'main');
      return host.git(host.work, 'rev-parse', 'HEAD').trim();
    }

    it('installs a commit signed by a key in the keyring and refuses a later unsigned one', () => {
      const signed = signedCommit(GENERATED_TABLE);
      host.cloneToHost();
      const run = host.run();
      expect(run.stderr).toContain('installed 1 file(s)');
      expect(host.installedCommit()).toBe(signed);

      host.commit({ [TABLE_PATH]: UPDATED_TABLE }, 'unsigned');
      const refused = host.run();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('has no valid signature');
      expect(host.targetBytes()?.toString('utf8')).toBe(GENERATED_TABLE);
    });
  });

  it.each([
    [{ VERIFY: 'maybe' }, 'VERIFY must be none, ssh or gpg'],
    [{ REPO_DIR: 'relative/path' }, 'REPO_DIR must be an absolute path'],
    [{ FILES: 'no-target-here' }, 'is not REPO_PATH:/absolute/target'],
    [{ MIN_PERCENT: '150' }, 'MIN_PERCENT is 0-100'],
  ])('a bad setting %o exits 2 naming it', (override, message) => {
    host.commit({ [TABLE_PATH]: GENERATED_TABLE }, 'allowlist');
    host.cloneToHost();
    host.configure(override);
    const run = host.run();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(host.targetBytes()).toBeUndefined();
  });
});
