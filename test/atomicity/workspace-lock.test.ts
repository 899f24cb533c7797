// Issue #8 scope 4: the workspace lock (src/files/workspace-lock.ts) on its
// own, then through `spf-allowlist generate` in this process.
//
// README "Failure behaviour" rows backed here: "another run holds the lock",
// "two runs start together", and the clean-up half of "the process is killed
// (kill -9, OOM, power cut) during generate" (a dead run's lock and temp file).

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import {
  acquireWorkspaceLock,
  lockFileFor,
  removeAbandonedAsides,
  removeStaleTempFiles,
  WorkspaceLockError,
} from '../../src/files/workspace-lock.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { loadZoneDataFile } from '../../src/fixture-dns/zonedata.js';
import { RunFailedError } from '../../src/pipeline/generate.js';

const FIXTURE = new URL('../fixtures/pipeline/', import.meta.url).pathname;
const OUTPUT = 'postscreen_spf_allowlist.cidr';
const EXPECTED = readFileSync(join(FIXTURE, 'expected', OUTPUT), 'utf8');

let workspace: string;
let config: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-lock-'));
  config = join(workspace, 'spf-allowlist.yml');
  await copyFile(join(FIXTURE, 'spf-allowlist.yml'), config);
  return () => rm(workspace, { recursive: true });
});

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

function holderText(pid: number, host = hostname()): string {
  return `${JSON.stringify({ pid, host, started: '2026-11-20T05:17:00.000Z' })}\n`;
}

async function lockError(promise: Promise<unknown>): Promise<WorkspaceLockError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkspaceLockError);
  return error as WorkspaceLockError;
}

describe('acquireWorkspaceLock', () => {
  it('creates the lock file next to the config with our pid, host and start time', async () => {
    const lock = await acquireWorkspaceLock(config);
    expect(lock.path).toBe(`${config}.lock`);
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
      started: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
    });
    await lock.release();
    expect(await readdir(workspace)).toEqual(['spf-allowlist.yml']);
  });

  it('refuses while a live process holds it, naming the file and the pid', async () => {
    const lock = await acquireWorkspaceLock(config);
    const error = await lockError(acquireWorkspaceLock(config));
    expect(error).toBeInstanceOf(RunFailedError); // so the CLI exits 1 and the Action fails
    expect(error.message).toContain(`holds the lock file ${lock.path} (pid ${process.pid} on `);
    expect(error.holder?.pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over a lock whose process has died, leaving nothing else behind', async () => {
    await writeFile(lockFileFor(config), holderText(await deadPid()));
    const lock = await acquireWorkspaceLock(config);
    expect(JSON.parse(await readFile(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    expect((await readdir(workspace)).sort()).toEqual([
      'spf-allowlist.yml',
      'spf-allowlist.yml.lock',
    ]);
    await lock.release();
  });

  it('of two runs taking over one dead lock at once, exactly one gets it', async () => {
    const dead = holderText(await deadPid());
    for (let round = 0; round < 20; round += 1) {
      await writeFile(lockFileFor(config), dead);
      const results = await Promise.allSettled([
        acquireWorkspaceLock(config),
        acquireWorkspaceLock(config),
      ]);
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected');
      expect((lost as PromiseRejectedResult).reason).toBeInstanceOf(WorkspaceLockError);
      await won[0]?.release();
      expect(await readdir(workspace)).toEqual(['spf-allowlist.yml']);
    }
  });

  it('refuses a lock from another host, whose process it cannot check', async () => {
    await writeFile(lockFileFor(config), holderText(await deadPid(), 'other-host.example'));
    const error = await lockError(acquireWorkspaceLock(config));
    expect(error.message).toContain(' on other-host.example, since 2026-11-20T05:17:00.000Z');
  });

  it.each([
    ['empty', ''],
    ['not JSON', 'locked by bob\n'],
    ['a pid that is not a process', '{"pid":0,"host":"h","started":"s"}\n'],
  ])('refuses a lock file that is %s, saying to delete it', async (_, text) => {
    await writeFile(lockFileFor(config), text);
    const error = await lockError(acquireWorkspaceLock(config));
    expect(error.message).toContain(
      `the lock file ${lockFileFor(config)} exists but does not say which run holds it; delete it if no spf-allowlist run is active`,
    );
    expect(await readFile(lockFileFor(config), 'utf8')).toBe(text);
  });

  it('says why when the lock cannot be created', async () => {
    const error = await lockError(acquireWorkspaceLock(join(workspace, 'missing', 'x.yml')));
    expect(error.message).toContain('cannot create the lock file');
    expect(error.message).toContain('ENOENT');
  });

  it('release leaves alone a lock that is no longer ours', async () => {
    const lock = await acquireWorkspaceLock(config);
    const other = holderText(await deadPid());
    await writeFile(lock.path, other);
    await lock.release();
    expect(await readFile(lock.path, 'utf8')).toBe(other);
  });
});

describe('removeStaleTempFiles', () => {
  it("removes only file-store's temp files of the given outputs", async () => {
    const names = [
      '.out.cidr.0123456789ab.tmp', // ours: removed
      '.out.cidr.tmp',
      '.out.cidr.0123456789AB.tmp',
      '.other.cidr.0123456789ab.tmp',
      'out.cidr',
    ];
    for (const name of names) await writeFile(join(workspace, name), 'x');
    const removed = await removeStaleTempFiles([join(workspace, 'out.cidr')]);
    expect(removed).toEqual([join(workspace, '.out.cidr.0123456789ab.tmp')]);
    expect((await readdir(workspace)).sort()).toEqual(
      [...names.slice(1), 'spf-allowlist.yml'].sort(),
    );
  });
});

describe('removeAbandonedAsides', () => {
  it('removes the lock moved aside by a taker that died, and only that', async () => {
    const dead = await deadPid();
    const names = [
      `spf-allowlist.yml.lock.${dead}.0123456789ab.stale`, // a dead taker's: removed
      `spf-allowlist.yml.lock.${process.pid}.0123456789ab.stale`, // a live taker may put it back
      `spf-allowlist.yml.lock.${dead}.0123456789AB.stale`,
      `other.yml.lock.${dead}.0123456789ab.stale`,
      'spf-allowlist.yml.lock',
    ];
    for (const name of names) await writeFile(join(workspace, name), 'x');
    const removed = await removeAbandonedAsides(lockFileFor(config));
    expect(removed).toEqual([join(workspace, names[0]!)]);
    expect((await readdir(workspace)).sort()).toEqual(
      [...names.slice(1), 'spf-allowlist.yml'].sort(),
    );
  });
});

describe('spf-allowlist generate and the lock', () => {
  let server: FixtureDnsServer;

  beforeAll(async () => {
    // Latency keeps a run going long enough for a second one to meet its lock.
    server = await startFixtureDnsServer({
      zone: loadZoneDataFile(join(FIXTURE, 'zone.yml')),
      latencyMs: 20,
    });
  });

  afterAll(async () => {
    await server.close();
  });

  async function generate(...extra: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const code = await runCli(
      ['generate', '--config', config, '--dns-server', server.address, ...extra],
      { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } },
    );
    return { code, stderr };
  }

  it('exits 1 naming the lock file and pid while another run holds it, writing nothing', async () => {
    const lock = await acquireWorkspaceLock(config);
    const run = await generate();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`the run failed and wrote nothing:`);
    expect(run.stderr).toContain(`holds the lock file ${lock.path} (pid ${process.pid} on `);
    expect((await readdir(workspace)).sort()).toEqual([
      'spf-allowlist.yml',
      'spf-allowlist.yml.lock',
    ]);
    await lock.release();
  });

  it('a dry run neither needs nor takes the lock', async () => {
    const lock = await acquireWorkspaceLock(config);
    expect((await generate('--dry-run')).code).toBe(0);
    expect((await readdir(workspace)).sort()).toEqual([
      'spf-allowlist.yml',
      'spf-allowlist.yml.lock',
    ]);
    await lock.release();
  });

  it("takes over a killed run's lock and removes its temp files, then writes the file", async () => {
    await writeFile(lockFileFor(config), holderText(await deadPid()));
    const temp = join(workspace, `.${OUTPUT}.0123456789ab.tmp`);
    await writeFile(temp, EXPECTED.slice(0, 100)); // a write cut short by kill -9
    // A run killed after writing its lock's temp file, before linking it into place.
    await writeFile(join(workspace, '.spf-allowlist.yml.lock.ba9876543210.tmp'), '{"pid":1');
    // A run killed while taking over a dead lock: moved aside, not yet deleted.
    const taker = await deadPid();
    await writeFile(join(workspace, `spf-allowlist.yml.lock.${taker}.0123456789ab.stale`), '{}');
    const run = await generate();
    expect(run.code).toBe(0);
    expect((await readdir(workspace)).sort()).toEqual([OUTPUT, 'spf-allowlist.yml']);
    expect(await readFile(join(workspace, OUTPUT), 'utf8')).toBe(EXPECTED);
  });

  it('of two runs started together, one writes the complete file and the other exits 1', async () => {
    const runs = await Promise.all([generate(), generate()]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
    expect(runs.find((r) => r.code === 1)?.stderr).toContain(
      `holds the lock file ${lockFileFor(config)} (pid ${process.pid} on `,
    );
    expect((await readdir(workspace)).sort()).toEqual([OUTPUT, 'spf-allowlist.yml']);
    expect(await readFile(join(workspace, OUTPUT), 'utf8')).toBe(EXPECTED);
  });
});
