// A mail host in a temp directory, for running mailhost/spf-allowlist-pull
// for real: a bare origin repository, an author's clone that commits and
// pushes, the mail host's bare clone (owned by another user when the tests
// run as root), a target directory standing in for /etc/postfix, and
// recorded stand-ins for `postfix` (reload) and `logger` first on PATH.
// postmap is Postfix's own, reading an empty main.cf.

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  chmodSync,
  chownSync,
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

export const PULL_SCRIPT = new URL('../../mailhost/spf-allowlist-pull', import.meta.url).pathname;
export const TABLE_PATH = 'postscreen_spf_allowlist.cidr';
/** A file the generator really wrote (the pipeline fixture's expected output). */
export const GENERATED_TABLE = readFileSync(
  new URL('../fixtures/pipeline/expected/postscreen_spf_allowlist.cidr', import.meta.url),
  'utf8',
);

const NOBODY = 65534;

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CommitOptions {
  /** Private key file to sign the commit with (SSH signing). */
  readonly signingKey?: string;
  /** Committer and author date, e.g. "2020-01-01T00:00:00Z". */
  readonly date?: string;
}

export class MailHost {
  readonly root = mkdtempSync(join(tmpdir(), 'spf-allowlist-mailhost-'));
  readonly origin = join(this.root, 'origin.git');
  readonly work = join(this.root, 'work');
  readonly repo = join(this.root, 'host', 'repo.git');
  readonly targetDir = join(this.root, 'host', 'etc-postfix');
  readonly target = join(this.targetDir, TABLE_PATH);
  readonly stateDir = join(this.root, 'host', 'state');
  readonly envFile = join(this.root, 'host', 'pull.env');
  readonly bin = join(this.root, 'bin');
  readonly reloadLog = join(this.root, 'reload.log');
  readonly loggerLog = join(this.root, 'logger.log');
  readonly failReloadFlag = join(this.root, 'fail-next-reload');
  /** git's "global" config for every command here: must stay empty. */
  readonly globalGitConfig = join(this.root, 'global.gitconfig');
  readonly postfixConfigDir = join(this.root, 'postfix-config');
  private settings: Record<string, string>;
  /** PATH after the stand-ins' directory. */
  private basePath = process.env.PATH ?? '/usr/bin:/bin';

  constructor() {
    for (const dir of [this.work, this.targetDir, this.bin, this.postfixConfigDir]) {
      mkdirSync(dir, { recursive: true });
    }
    writeFileSync(this.globalGitConfig, '');
    writeFileSync(join(this.postfixConfigDir, 'main.cf'), '');
    this.writeStandIns();
    this.git(this.root, 'init', '--quiet', '--bare', '--initial-branch=main', this.origin);
    this.git(this.root, 'clone', '--quiet', this.origin, this.work);
    this.git(this.work, 'symbolic-ref', 'HEAD', 'refs/heads/main');
    this.settings = {
      REPO_DIR: this.repo,
      BRANCH: 'main',
      FILES: `${TABLE_PATH}:${this.target}`,
      VERIFY: 'none',
      MIN_PERCENT: '50',
      POSTFIX_CONFIG_DIR: this.postfixConfigDir,
      RELOAD_COMMAND: 'postfix reload',
      STATE_DIR: this.stateDir,
      MAX_AGE_DAYS: '7',
    };
    this.writeSettings();
  }

  /** Commits `files` (path -> content) in the author's clone, pushes, and returns the commit id. */
  commit(files: Record<string, string>, message: string, options: CommitOptions = {}): string {
    for (const [path, content] of Object.entries(files)) {
      writeFileSync(join(this.work, path), content);
      this.git(this.work, 'add', path);
    }
    const signing =
      options.signingKey === undefined
        ? []
        : ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${options.signingKey}`];
    const sign = options.signingKey === undefined ? [] : ['-S'];
    const dates: Record<string, string> =
      options.date === undefined
        ? {}
        : { GIT_AUTHOR_DATE: options.date, GIT_COMMITTER_DATE: options.date };
    this.git(this.work, ...signing, 'commit', '--quiet', '--allow-empty', ...sign, '-m', message, {
      env: dates,
    });
    this.git(this.work, 'push', '--quiet', '--force', 'origin', 'main');
    return this.git(this.work, 'rev-parse', 'HEAD').trim();
  }

  /** Rewrites the branch: drops the last commit, commits `files` instead, force-pushes. */
  rewriteLastCommit(files: Record<string, string>, message: string): string {
    this.git(this.work, 'reset', '--quiet', '--hard', 'HEAD~1');
    return this.commit(files, message);
  }

  /** The mail host's clone, as an admin makes it; owned by another user when we are root. */
  cloneToHost(): void {
    mkdirSync(join(this.root, 'host'), { recursive: true });
    this.git(this.root, 'clone', '--quiet', '--bare', this.origin, this.repo);
    if (process.getuid?.() === 0) chownTree(this.repo, NOBODY);
  }

  configure(overrides: Record<string, string>): void {
    this.settings = { ...this.settings, ...overrides };
    this.writeSettings();
  }

  /** Replaces PATH after the stand-ins (e.g. with a PATH without flock). */
  usePath(path: string): void {
    this.basePath = path;
  }

  run(...args: string[]): RunResult {
    const result: SpawnSyncReturns<string> = spawnSync(
      'sh',
      [PULL_SCRIPT, ...(args.length > 0 ? args : [this.envFile])],
      { env: this.env(), encoding: 'utf8' },
    );
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  failNextReload(): void {
    writeFileSync(this.failReloadFlag, '');
  }

  /** One line per `postfix` call: its arguments and the checksum of the target at that moment. */
  reloads(): string[] {
    return linesOf(this.reloadLog);
  }

  loggerLines(): string[] {
    return linesOf(this.loggerLog);
  }

  installedCommit(): string | undefined {
    const file = join(this.stateDir, 'installed-commit');
    return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
  }

  targetBytes(): Buffer | undefined {
    return existsSync(this.target) ? readFileSync(this.target) : undefined;
  }

  targetDirEntries(): string[] {
    return readdirSync(this.targetDir).sort();
  }

  /** `cksum` of some text, as the reload stand-in records it. */
  checksum(text: string): string {
    const result = spawnSync('cksum', { input: text, encoding: 'utf8' });
    return result.stdout.split(' ')[0] ?? '';
  }

  git(cwd: string, ...args: (string | { env: Record<string, string> })[]): string {
    const last = args[args.length - 1];
    const extra = typeof last === 'object' ? last.env : {};
    const argv = args.filter((arg): arg is string => typeof arg === 'string');
    const result = spawnSync('git', argv, {
      cwd,
      env: { ...this.env(), ...extra },
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      throw new Error(`git ${argv.join(' ')} failed: ${result.stderr}`);
    }
    return result.stdout;
  }

  env(): NodeJS.ProcessEnv {
    return {
      PATH: `${this.bin}:${this.basePath}`,
      HOME: this.root,
      TMPDIR: this.root,
      GIT_CONFIG_GLOBAL: this.globalGitConfig,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Allowlist Bot',
      GIT_AUTHOR_EMAIL: 'bot@example.org',
      GIT_COMMITTER_NAME: 'Allowlist Bot',
      GIT_COMMITTER_EMAIL: 'bot@example.org',
    };
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private writeSettings(): void {
    const lines = Object.entries(this.settings).map(
      ([key, value]) => `${key}='${value.replace(/'/g, `'\\''`)}'`,
    );
    writeFileSync(this.envFile, `${lines.join('\n')}\n`, { mode: 0o600 });
  }

  private writeStandIns(): void {
    const postfix = join(this.bin, 'postfix');
    writeFileSync(
      postfix,
      `#!/bin/sh
# Stand-in for postfix(1): records the call and what the target held then.
sum=$(cat '${this.target}' 2>/dev/null | cksum | cut -d' ' -f1)
echo "$* $sum" >>'${this.reloadLog}'
if [ -f '${this.failReloadFlag}' ]; then
  rm -f '${this.failReloadFlag}'
  echo 'postfix/postfix-script: fatal: stand-in reload failure' >&2
  exit 1
fi
`,
    );
    const logger = join(this.bin, 'logger');
    writeFileSync(logger, `#!/bin/sh\necho "$*" >>'${this.loggerLog}'\n`);
    chmodSync(postfix, 0o755);
    chmodSync(logger, 0o755);
  }
}

function linesOf(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

function chownTree(dir: string, uid: number): void {
  chownSync(dir, uid, uid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) chownTree(path, uid);
    else chownSync(path, uid, uid);
  }
}

/** Entry lines of a cidr table (neither empty nor a comment). */
export function entryLines(table: string): string[] {
  return table.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

/** The table with only its first `keep` entries (comments kept). */
export function keepEntries(table: string, keep: number): string {
  let seen = 0;
  const kept = table.split('\n').filter((line) => {
    if (line === '' || line.startsWith('#')) return true;
    seen += 1;
    return seen <= keep;
  });
  return kept.join('\n');
}

/** A directory of symlinks to everything on PATH except `missing`. */
export function pathWithout(missing: string, into: string): string {
  mkdirSync(into, { recursive: true });
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir === '' || !existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (name === missing) continue;
      try {
        symlinkSync(join(dir, name), join(into, name));
      } catch (error) {
        // an earlier PATH directory has this name: keep the first, as PATH lookup does
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }
  return into;
}
