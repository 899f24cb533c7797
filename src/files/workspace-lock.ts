// One `generate` at a time per config (issue #8 scope 4). Two runs writing
// the same outputs would each be atomic, but the second would decide from a
// previous file the first is about to replace, and stale marks or reviews
// could describe a state that never existed. So a run holds an exclusive lock
// file next to the config: created whole and exclusively (link(2) of a temp
// file), holding the owner's pid, host and start time. A second run fails fast naming the file and the pid; a lock
// whose process has died (kill -9, a crash, a power cut) is taken over.
//
// While the lock is held no other run of ours writes next to the outputs, so
// temp files left there by a killed run are removed before the run starts,
// and so is a dead holder's lock that a killed run had moved aside.

import { randomBytes } from 'node:crypto';
import { link, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { RunFailedError } from '../pipeline/generate.js';

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** ISO 8601 time the holder took the lock. */
  readonly started: string;
}

/** The lock could not be taken; a RunFailedError, so entry points exit 1 and write nothing. */
export class WorkspaceLockError extends RunFailedError {
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
    reason: string,
  ) {
    super([reason]);
    this.name = 'WorkspaceLockError';
  }
}

export interface WorkspaceLock {
  readonly path: string;
  release(): Promise<void>;
}

/** Tells whether a process on this host is running; replaceable in tests. */
export type IsAlive = (pid: number) => boolean;

/** Takeovers retried when another run wins the race for a dead holder's lock. */
const ATTEMPTS = 5;
/** A lock file read empty may be mid-write by its creator: look once more after this. */
const EMPTY_RETRY_MS = 50;

export function lockFileFor(configPath: string): string {
  return `${configPath}.lock`;
}

/** Runs `run` holding the config's lock, after removing temp files left by killed runs. */
export async function withWorkspaceLock<T>(
  configPath: string,
  outputPaths: readonly string[],
  run: () => Promise<T>,
): Promise<T> {
  const lock = await acquireWorkspaceLock(configPath);
  try {
    await removeStaleTempFiles([...outputPaths, lock.path]);
    await removeAbandonedAsides(lock.path);
    return await run();
  } finally {
    await lock.release();
  }
}

export async function acquireWorkspaceLock(
  configPath: string,
  isAlive: IsAlive = processIsAlive,
): Promise<WorkspaceLock> {
  const path = lockFileFor(configPath);
  const mine: LockHolder = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
  };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (await createExclusive(path, text)) return { path, release: () => release(path, text) };
    const holder = await readHolder(path);
    if (holder === 'gone') continue;
    if (holder === 'unreadable') {
      throw new WorkspaceLockError(
        path,
        undefined,
        `the lock file ${path} exists but does not say which run holds it; delete it if no spf-allowlist run is active`,
      );
    }
    if (holder.host !== hostname() || isAlive(holder.pid)) throw heldBy(path, holder);
    await takeOver(path, holder);
  }
  throw new WorkspaceLockError(
    path,
    undefined,
    `the lock file ${path} kept changing hands; another run is starting, try again`,
  );
}

function heldBy(path: string, holder: LockHolder): WorkspaceLockError {
  return new WorkspaceLockError(
    path,
    holder,
    `another spf-allowlist run holds the lock file ${path} (pid ${holder.pid} on ${holder.host}, since ${holder.started}); ` +
      `wait for it to finish, or delete the file if that process is not running`,
  );
}

/**
 * Exactly one process creates the lock, and it appears whole: the text goes
 * to a temp file first, then link(2) makes it the lock, failing with EEXIST
 * when the lock exists. A plain O_EXCL create followed by a write leaves an
 * empty lock if the run is killed in between, and an empty lock names no
 * holder to take over from (the kill -9 test found one). False when the lock
 * already exists.
 */
async function createExclusive(path: string, text: string): Promise<boolean> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx', mode: 0o644 });
  } catch (error) {
    throw cannotCreate(path, error);
  }
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    // The lock's holder removed our temp file while cleaning up (withWorkspaceLock): it is held.
    if (code === 'ENOENT') return false;
    if (code !== undefined && NO_HARD_LINKS.has(code)) return await createWithExcl(path, text);
    throw cannotCreate(path, error);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Filesystems without hard links (FAT, some network mounts) answer link(2) so. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** O_EXCL create and write: exclusive too, but not whole if the run dies in between. */
async function createWithExcl(path: string, text: string): Promise<boolean> {
  try {
    await writeFile(path, text, { flag: 'wx', mode: 0o644 });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw cannotCreate(path, error);
  }
}

function cannotCreate(path: string, error: unknown): WorkspaceLockError {
  return new WorkspaceLockError(
    path,
    undefined,
    `cannot create the lock file ${path}: ${errorCode(error) ?? String(error)}; the config's directory must be writable`,
  );
}

async function readHolder(path: string): Promise<LockHolder | 'gone' | 'unreadable'> {
  for (let look = 0; look < 2; look += 1) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? 'gone' : 'unreadable';
    }
    if (text !== '') return parseHolder(text) ?? 'unreadable';
    await new Promise((resolve) => setTimeout(resolve, EMPTY_RETRY_MS));
  }
  return 'unreadable';
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<Record<keyof LockHolder, unknown>>;
    const { pid, host, started } = value;
    // pid 0 or below would signal a process group, not a process.
    if (typeof pid !== 'number' || !Number.isInteger(pid) || pid < 1) return undefined;
    if (typeof host !== 'string' || typeof started !== 'string') return undefined;
    return { pid, host, started };
  } catch {
    return undefined;
  }
}

/**
 * Moves a dead holder's lock aside (rename is atomic, so of two runs taking
 * over only one moves it). If what was moved is no longer that holder's lock,
 * another run took it over first: put it back for that run.
 */
async function takeOver(path: string, dead: LockHolder): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  const moved = parseHolder(await readFile(aside, 'utf8'));
  if (moved?.pid !== dead.pid || moved.started !== dead.started) {
    await link(aside, path).catch(() => undefined);
  }
  await unlink(aside);
}

/** Removes the lock only while it is still ours. */
async function release(path: string, text: string): Promise<void> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) await unlink(path).catch(() => undefined);
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) !== 'ESRCH';
  }
}

/**
 * Removes `.NAME.HEX.tmp` files beside each output (file-store.ts names its
 * temp files so, and createExclusive the lock's): a run killed between
 * writing and renaming (or linking) leaves them, and
 * only a run holding the lock may know no one else is writing them.
 */
export async function removeStaleTempFiles(outputPaths: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const output of outputPaths) {
    const directory = dirname(output);
    const pattern = new RegExp(`^\\.${escapeRegExp(basename(output))}\\.[0-9a-f]{12}\\.tmp$`);
    const names = await readdir(directory).catch(() => [] as string[]);
    for (const name of names.filter((n) => pattern.test(n))) {
      await unlink(join(directory, name)).catch(() => undefined);
      removed.push(join(directory, name));
    }
  }
  return removed;
}

/**
 * Removes `LOCK.PID.HEX.stale` files (see takeOver) whose taker has died: a
 * run killed between moving a dead holder's lock aside and deleting it
 * leaves one (the kill -9 test found it). A living taker's is left alone: it
 * may still put the lock back. Takers are on this host, as takeOver only
 * takes over from a holder on this host.
 */
export async function removeAbandonedAsides(
  lockPath: string,
  isAlive: IsAlive = processIsAlive,
): Promise<string[]> {
  const directory = dirname(lockPath);
  const pattern = new RegExp(
    `^${escapeRegExp(basename(lockPath))}\\.(\\d+)\\.[0-9a-f]{12}\\.stale$`,
  );
  const removed: string[] = [];
  for (const name of await readdir(directory).catch(() => [] as string[])) {
    const taker = pattern.exec(name)?.[1];
    if (taker === undefined || isAlive(Number(taker))) continue;
    await unlink(join(directory, name)).catch(() => undefined);
    removed.push(join(directory, name));
  }
  return removed;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
