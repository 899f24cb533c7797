// Knot DNS (`knotd`, Debian package `knot`) as a plain child process serving
// generated zone files on a loopback port: the real-server tier of DESIGN.md
// "Tests, in tiers" (3). No systemd and nothing from /etc/knot: each server
// gets a knot.conf, zone files, rundir and storage in its own temp dir, and
// runs as the invoking user (no `user:` setting, so knotd never drops
// privileges and needs no access to a `knot` account's directories).
//
// Guard the tests with requireTool(KNOTD) from ./require-tool.js: a missing
// knotd skips them locally and fails them in CI.

import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Resolver } from 'node:dns/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ZoneFile } from '../../src/fixture-dns/zone-file.js';
import { findTool } from './require-tool.js';

export const KNOTD = 'knotd';

export interface KnotServer {
  readonly host: string;
  readonly port: number;
  /** "127.0.0.1:PORT", the form `--dns-server` takes. */
  readonly address: string;
  /** The generated knot.conf, for failure messages and reports. */
  readonly config: string;
  /** The temp dir with knot.conf, the zone files, rundir and storage; removed by stop(). */
  readonly dir: string;
  /** Stops knotd (SIGTERM, SIGKILL after 5 s) and removes its temp dir; safe to call twice. */
  stop(): Promise<void>;
}

export class KnotServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KnotServerError';
  }
}

const HOST = '127.0.0.1';
const PORT_ATTEMPTS = 5;
const READY_DEADLINE_MS = 10_000;
const POLL_INTERVAL_MS = 25;
const STOP_GRACE_MS = 5_000;
const LOG_TAIL_CHARS = 4_000;

interface Instance {
  readonly child: Watched;
  readonly dir: string;
  log: string;
  stopped: boolean;
}

/** Servers still running, killed when the test process exits however it exits. */
const live = new Set<Instance>();
let exitHookInstalled = false;

export async function startKnotServer(zones: readonly ZoneFile[]): Promise<KnotServer> {
  const knotd = findTool(KNOTD);
  if (knotd === undefined) {
    throw new KnotServerError(`${KNOTD} is not on PATH; guard the test with requireTool(KNOTD)`);
  }
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    try {
      return await startOn(knotd, zones, port);
    } catch (error) {
      // The port was free when we looked; another process may have taken it since.
      const taken = error instanceof KnotServerError && error.message.includes('already in use');
      if (!taken || attempt >= PORT_ATTEMPTS) throw error;
    }
  }
}

async function startOn(
  knotd: string,
  zones: readonly ZoneFile[],
  port: number,
): Promise<KnotServer> {
  const dir = mkdtempSync(join(tmpdir(), 'spf-allowlist-knot-'));
  const config = knotConfig(dir, port, writeZoneFiles(dir, zones));
  const configPath = join(dir, 'knot.conf');
  writeFileSync(configPath, config);
  const child = spawnWatched(knotd, configPath, dir);
  const instance: Instance = { child, dir, log: '', stopped: false };
  track(instance);
  child.on('error', (error) => {
    instance.log += `\ncannot run /bin/sh for ${KNOTD}: ${error.message}`;
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    instance.log = (instance.log + chunk).slice(-LOG_TAIL_CHARS);
  });
  try {
    await waitUntilAnswering(instance, port, zones);
  } catch (error) {
    await stop(instance);
    throw error;
  }
  return {
    host: HOST,
    port,
    address: `${HOST}:${port}`,
    config,
    dir,
    stop: () => stop(instance),
  };
}

/**
 * knotd under a /bin/sh watchdog that holds our end of a pipe: when this
 * process ends, however it ends (even SIGKILL, when no 'exit' handler runs),
 * the pipe closes, the watchdog kills knotd and the shell removes the temp
 * dir. The shell leads its own process group, so stop() can SIGKILL all of it.
 * POSIX gives a background job /dev/null as stdin, hence the copy on fd 3.
 */
const WATCHDOG = `exec 3<&0
"$0" -c "$1" &
knotd=$!
{ while read -r _; do :; done; kill "$knotd" 2>/dev/null; } <&3 &
exec 3<&-
wait "$knotd"
status=$?
rm -rf "$2"
exit "$status"`;

/** The watchdog shell: stdin is the pipe it watches, stderr carries knotd's log. */
type Watched = ChildProcessByStdio<Writable, null, Readable>;

function spawnWatched(knotd: string, configPath: string, dir: string): Watched {
  return spawn('/bin/sh', ['-c', WATCHDOG, knotd, configPath, dir], {
    stdio: ['pipe', 'ignore', 'pipe'],
    detached: true,
  });
}

function writeZoneFiles(dir: string, zones: readonly ZoneFile[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const zone of zones) {
    const path = join(dir, zoneFileName(zone.origin));
    writeFileSync(path, zone.text);
    paths.set(zone.origin, path);
  }
  return paths;
}

function zoneFileName(origin: string): string {
  return origin === '.' ? 'root.zone' : `${origin.slice(0, -1)}.zone`;
}

/**
 * Knot 3.2 configuration (knot.conf(5)). One worker of each kind keeps the
 * process small; `semantic-checks: on` makes knotd refuse a zone a stricter
 * loader would; the journal is off and the zone file never rewritten, so the
 * temp dir holds only what we wrote.
 */
function knotConfig(
  dir: string,
  port: number | undefined,
  zoneFiles: ReadonlyMap<string, string>,
): string {
  mkdirSync(join(dir, 'run'));
  mkdirSync(join(dir, 'db'));
  const zones = [...zoneFiles].map(
    ([origin, path]) => `  - domain: ${JSON.stringify(origin)}\n    file: ${JSON.stringify(path)}`,
  );
  return [
    '# Generated by test/support/knot-server.ts for one test server.',
    'server:',
    `    rundir: ${JSON.stringify(join(dir, 'run'))}`,
    ...(port === undefined ? [] : [`    listen: ${HOST}@${port}`]),
    '    udp-workers: 1',
    '    tcp-workers: 1',
    '    background-workers: 1',
    'log:',
    '  - target: stderr',
    '    any: info',
    'database:',
    `    storage: ${JSON.stringify(join(dir, 'db'))}`,
    'template:',
    '  - id: default',
    `    storage: ${JSON.stringify(dir)}`,
    '    semantic-checks: on',
    '    journal-content: none',
    '    zonefile-sync: -1',
    'zone:',
    ...zones,
    '',
  ].join('\n');
}

/** Ready when every zone's SOA is answered: knotd loads zones after it starts listening. */
async function waitUntilAnswering(
  instance: Instance,
  port: number,
  zones: readonly ZoneFile[],
): Promise<void> {
  const resolver = new Resolver({ timeout: 250, tries: 1 });
  resolver.setServers([`${HOST}:${port}`]);
  const deadline = Date.now() + READY_DEADLINE_MS;
  for (;;) {
    const { exitCode, signalCode } = instance.child;
    if (exitCode !== null || signalCode !== null) {
      throw new KnotServerError(
        `${KNOTD} exited (${exitCode ?? signalCode ?? ''}) before answering on ${HOST}@${port}:\n${instance.log}`,
      );
    }
    // A zone that fails to load leaves knotd running without it: fail now, with knotd's words.
    if (/ error: /.test(instance.log)) {
      throw new KnotServerError(
        `${KNOTD} reported an error while starting on ${HOST}@${port}:\n${instance.log}`,
      );
    }
    const answered = await Promise.all(zones.map((z) => answersSoa(resolver, z.origin)));
    if (answered.every(Boolean)) return;
    if (Date.now() > deadline) {
      throw new KnotServerError(
        `${KNOTD} did not answer SOA queries for ${zones.map((z) => z.origin).join(', ')} on ${HOST}@${port} within ${READY_DEADLINE_MS} ms:\n${instance.log}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

async function answersSoa(resolver: Resolver, origin: string): Promise<boolean> {
  try {
    await resolver.resolveSoa(origin === '.' ? '.' : origin.slice(0, -1));
    return true;
  } catch {
    return false;
  }
}

async function stop(instance: Instance): Promise<void> {
  if (instance.stopped) return;
  instance.stopped = true;
  const { child } = instance;
  const running = child.exitCode === null && child.signalCode === null;
  const exited = new Promise<void>((resolve) => {
    if (!running || child.pid === undefined) resolve();
    child.once('exit', () => {
      resolve();
    });
  });
  child.stdin.end(); // the watchdog sends knotd SIGTERM, or ends if knotd is gone
  const escalate = setTimeout(() => {
    killGroup(child, 'SIGKILL');
  }, STOP_GRACE_MS);
  await exited;
  clearTimeout(escalate);
  live.delete(instance);
  rmSync(instance.dir, { recursive: true, force: true });
}

function track(instance: Instance): void {
  live.add(instance);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous: kill outright and remove the temp dirs.
  process.once('exit', () => {
    for (const { child, dir } of live) {
      killGroup(child, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** The watchdog shell, the watchdog and knotd: one process group, led by the shell. */
function killGroup(child: Watched, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** A loopback port free for TCP right now (knotd fails to start if it is taken by then). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => {
        resolve(port);
      });
    });
  });
}

export interface ZoneCheck {
  /** "kzonecheck" (package knot-dnssecutils) when installed, else "knotc zone-check" (package knot). */
  readonly tool: string;
  readonly ok: boolean;
  readonly output: string;
}

/** Knot's own zone-file checks (syntax and semantic checks) on one generated zone. */
export async function checkZoneFile(zone: ZoneFile): Promise<ZoneCheck> {
  const dir = mkdtempSync(join(tmpdir(), 'spf-allowlist-zonecheck-'));
  try {
    const [path] = writeZoneFiles(dir, [zone]).values();
    const kzonecheck = findTool('kzonecheck');
    if (kzonecheck !== undefined) {
      return { tool: 'kzonecheck', ...(await run(kzonecheck, ['-o', zone.origin, path!])) };
    }
    const knotc = findTool('knotc');
    if (knotc === undefined) throw new KnotServerError('neither kzonecheck nor knotc is on PATH');
    const configPath = join(dir, 'knot.conf');
    writeFileSync(configPath, knotConfig(dir, undefined, new Map([[zone.origin, path!]])));
    return {
      tool: 'knotc zone-check',
      ...(await run(knotc, ['-c', configPath, 'zone-check', zone.origin])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: readonly string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, (error, stdout, stderr) => {
      resolve({ ok: error === null, output: `${stdout}${stderr}` });
    });
  });
}
