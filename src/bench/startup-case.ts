// Start-up of the bundled Action (issue 7: under 300 ms): `node
// dist/index.js` run as GitHub runs it (INPUT_* and GITHUB_* variables, as
// in test/action/dist.test.ts), timed from spawn to the first query the
// in-process DNS server receives. `node -e 0` (spawn to exit) is timed too:
// the part of the figure that is Node's own start, not ours.

import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureDnsServer } from '../fixture-dns/server.js';
import { parseZoneData } from '../fixture-dns/zonedata.js';

export interface StartupCaseOptions {
  readonly distPath: string;
  readonly runs: number;
}

export interface StartupCaseResult {
  readonly runs: number;
  /** Spawn to first DNS query, per run. */
  readonly toFirstQueryMs: readonly number[];
  /** `node -e 0`, spawn to exit, per run. */
  readonly bareNodeMs: readonly number[];
}

const SENDER = 'startup.example';

export async function runStartupCase(options: StartupCaseOptions): Promise<StartupCaseResult> {
  const zone = parseZoneData({ [SENDER]: [{ SPF: 'v=spf1 ip4:192.0.2.0/24 -all' }] }, 'startup');
  let firstQuery: (() => void) | undefined;
  const server = await startFixtureDnsServer({
    zone,
    // Called for every query the server reads: the earliest one ends the timing.
    faults: () => {
      firstQuery?.();
      firstQuery = undefined;
      return undefined;
    },
  });
  const workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-bench-'));
  try {
    await writeFile(join(workspace, 'spf-allowlist.yml'), `senders: [${SENDER}]\n`);
    // The runner creates these before the step starts; the Action appends to them.
    await writeFile(join(workspace, 'github-output'), '');
    await writeFile(join(workspace, 'step-summary'), '');
    const env = actionEnvironment(workspace, server.address);
    const toFirstQueryMs: number[] = [];
    const bareNodeMs: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const queried = new Promise<number>((resolve) => {
        firstQuery = () => {
          resolve(performance.now());
        };
      });
      const started = performance.now();
      const exited = runToExit(process.execPath, [options.distPath], workspace, env);
      const first = await Promise.race([queried, exited.then(() => undefined)]);
      const result = await exited;
      if (first === undefined) {
        throw new Error(
          `dist/index.js exited (${result.code}) before any DNS query:\n${result.output}`,
        );
      }
      toFirstQueryMs.push(first - started);
      const bare = performance.now();
      await runToExit(process.execPath, ['-e', '0'], workspace, env);
      bareNodeMs.push(performance.now() - bare);
    }
    return { runs: options.runs, toFirstQueryMs, bareNodeMs };
  } finally {
    await server.close();
    await rm(workspace, { recursive: true, force: true });
  }
}

/** What GitHub's runner sets for a JavaScript action (inputs as INPUT_<NAME>, hyphens kept). */
function actionEnvironment(workspace: string, dnsServer: string): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(workspace, 'github-output'),
    GITHUB_STEP_SUMMARY: join(workspace, 'step-summary'),
    RUNNER_TEMP: tmpdir(),
    INPUT_CONFIG: 'spf-allowlist.yml',
    'INPUT_DNS-SERVERS': dnsServer,
    'INPUT_DRY-RUN': 'true',
  };
}

function runToExit(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, output });
    });
  });
}
