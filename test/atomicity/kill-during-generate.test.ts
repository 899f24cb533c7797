// Issue #8 scope 4 with real processes: the compiled CLI (`node
// lib/cli/main.js`, what `npx spf-allowlist` runs) is killed with SIGKILL at
// random moments of a `generate` that changes two output files, and each file
// must then be exactly the old bytes or the new bytes, never partial. A
// killed run may leave its lock and `.NAME.HEX.tmp` files behind; the next
// run must take the lock over, remove the temp files and finish normally.
// Two processes started together must leave one complete result.
//
// README "Failure behaviour" rows backed here: "the process is killed
// (kill -9, OOM, power cut) during generate", "two runs start together".

import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'lib', 'cli', 'main.js');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'pipeline');
const OUTPUTS = ['postscreen_spf_allowlist.cidr', 'spf_allowlist.txt'];
const CONFIG = `${readFileSync(join(FIXTURE, 'spf-allowlist.yml'), 'utf8')}outputs:
  - path: ${OUTPUTS[0]!}
    format: postscreen
  - path: ${OUTPUTS[1]!}
    format: plain
dns:
  timeout: 2
  tries: 1
`;
type Zone = Record<string, unknown[]>;
const OLD_ZONE = (parse(readFileSync(join(FIXTURE, 'zone.yml'), 'utf8')) as { zonedata: Zone })
  .zonedata;
/** The next day's DNS: two senders changed, so both files change. */
const NEW_ZONE: Zone = {
  ...OLD_ZONE,
  'servers.mcsv.net': [{ TXT: 'v=spf1 ip4:205.201.128.0/20 ip4:198.2.128.0/18 ?all' }],
  '_spf.google.com': [{ TXT: 'v=spf1 ip4:74.125.0.0/16 ip4:172.217.0.0/19 ~all' }],
};
const KILLS = 24;

let server: FixtureDnsServer;
let workspace: string;

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', '-s', 'compile'], { cwd: ROOT });
  // Latency spreads a run over time, so random kills land in every phase.
  server = await startFixtureDnsServer({ zone: parseZoneData(OLD_ZONE, 'old'), latencyMs: 10 });
}, 120_000);

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-kill-'));
  await writeFile(join(workspace, 'spf-allowlist.yml'), CONFIG);
  return () => rm(workspace, { recursive: true });
});

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

function startCli(): { kill(): void; exited: Promise<Exit> } {
  const args = ['generate', '--config', join(workspace, 'spf-allowlist.yml')];
  const child = spawn(process.execPath, [CLI, ...args, '--dns-server', server.address], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => {
    child.on('close', (code, signal) => {
      resolve({ code, signal, stderr });
    });
  });
  return {
    kill: () => {
      child.kill('SIGKILL');
    },
    exited,
  };
}

async function outputs(): Promise<string[]> {
  return Promise.all(OUTPUTS.map((name) => readFile(join(workspace, name), 'utf8')));
}

async function runToEnd(): Promise<string[]> {
  const exit = await startCli().exited;
  expect(exit.stderr).not.toContain('failed');
  expect(exit.code).toBe(0);
  return outputs();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('kill -9 at random moments leaves each output old or new, never partial', async () => {
  const old = await runToEnd();
  server.setZone(parseZoneData(NEW_ZONE, 'new'));
  const next = await runToEnd();
  expect(next).not.toEqual(old);
  const restoreOld = async () => {
    for (const [i, name] of OUTPUTS.entries()) await writeFile(join(workspace, name), old[i]!);
  };

  // How long a whole run takes here; the files are written in its last few tens of ms.
  const runMs: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    await restoreOld();
    const started = performance.now();
    await runToEnd();
    runMs.push(performance.now() - started);
  }
  const [shortest, longest] = [Math.min(...runMs), Math.max(...runMs)];

  for (let kill = 0; kill < KILLS; kill += 1) {
    await restoreOld();
    // Half anywhere in the run, half around the moments the files are written.
    const at =
      kill % 2 === 0
        ? Math.random() * longest
        : shortest - 80 + Math.random() * (longest - shortest + 80);
    const cli = startCli();
    await sleep(at);
    cli.kill();
    const exit = await cli.exited;
    expect(exit.signal === 'SIGKILL' || exit.code === 0, `kill at ${at} ms: ${exit.stderr}`).toBe(
      true,
    );
    const now = await outputs();
    for (const [i, text] of now.entries()) expect([old[i], next[i]]).toContain(text);
  }

  // Whatever the kills left (a lock, temp files), the next run cleans up and finishes.
  expect(await runToEnd()).toEqual(next);
  expect((await readdir(workspace)).sort()).toEqual([...OUTPUTS, 'spf-allowlist.yml'].sort());
}, 120_000);

it('two processes started together leave one complete result', async () => {
  server.setZone(parseZoneData(OLD_ZONE, 'old'));
  const expected = await runToEnd();
  await rm(join(workspace, OUTPUTS[0]!));
  await rm(join(workspace, OUTPUTS[1]!));
  for (let round = 0; round < 3; round += 1) {
    const exits = await Promise.all([startCli().exited, startCli().exited]);
    // Usually one meets the other's lock; if one finished first, both succeed.
    expect(exits.some((e) => e.code === 0)).toBe(true);
    for (const exit of exits.filter((e) => e.code !== 0)) {
      expect(exit.code).toBe(1);
      expect(exit.stderr).toContain(
        `holds the lock file ${join(workspace, 'spf-allowlist.yml.lock')} (pid `,
      );
    }
    expect(await outputs()).toEqual(expected);
    expect((await readdir(workspace)).sort()).toEqual([...OUTPUTS, 'spf-allowlist.yml'].sort());
  }
}, 60_000);
