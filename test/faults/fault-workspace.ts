// Short per-query timeouts keep the matrix fast. Two tries (the default): with
// one, c-ares fails every query in flight on a socket that got a garbage reply.
//
// The workspace a fault test runs in: the pipeline fixture's config (8
// sources) with fast DNS settings and any extra `dns`, `limits` or `policy`
// lines, run through the CLI's own code so exit codes, the lock and every
// limit are the ones users get.

import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run-cli.js';

const FIXTURE = new URL('../fixtures/pipeline/', import.meta.url).pathname;
export const OUTPUT = 'postscreen_spf_allowlist.cidr';
export type Zone = Record<string, unknown[]>;
export const BASE_ZONE = (
  parse(readFileSync(join(FIXTURE, 'zone.yml'), 'utf8')) as { zonedata: Zone }
).zonedata;
const BASE_CONFIG = readFileSync(join(FIXTURE, 'spf-allowlist.yml'), 'utf8');

export interface ConfigExtras {
  readonly dns?: readonly string[];
  readonly limits?: readonly string[];
  readonly policy?: readonly string[];
}

export interface SourceOutcomeJson {
  readonly source: string;
  readonly outcome: string;
  readonly reason: string | null;
}

export interface CliRun {
  readonly code: number;
  readonly stderr: string;
  /** From `--json`; empty when the run failed. */
  readonly outcomes: readonly SourceOutcomeJson[];
}

export class FaultWorkspace {
  private constructor(readonly dir: string) {}

  static async create(extras: ConfigExtras = {}): Promise<FaultWorkspace> {
    const workspace = new FaultWorkspace(await mkdtemp(join(tmpdir(), 'spf-allowlist-faults-')));
    await workspace.configure(extras);
    return workspace;
  }

  /** (Re)writes the config: the pipeline fixture's, plus fast DNS settings and `extras`. */
  async configure(extras: ConfigExtras): Promise<void> {
    const section = (name: string, lines: readonly string[]) =>
      lines.length === 0 ? '' : `${name}:\n${lines.map((l) => `  ${l}\n`).join('')}`;
    const config =
      BASE_CONFIG +
      section('dns', ['timeout: 0.3', 'tries: 2', ...(extras.dns ?? [])]) +
      section('limits', extras.limits ?? []) +
      section('policy', extras.policy ?? []);
    await writeFile(join(this.dir, 'spf-allowlist.yml'), config);
  }

  async generate(dnsServer: string): Promise<CliRun> {
    let stdout = '';
    let stderr = '';
    const argv = ['generate', '--config', join(this.dir, 'spf-allowlist.yml')];
    const code = await runCli([...argv, '--dns-server', dnsServer, '--json'], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    });
    const outcomes =
      code === 0 ? (JSON.parse(stdout) as { outcomes: SourceOutcomeJson[] }).outcomes : [];
    return { code, stderr, outcomes };
  }

  /** Every file and its bytes: a temp file or lock left behind shows up here. */
  async files(): Promise<Record<string, string>> {
    const names = (await readdir(this.dir)).sort();
    const entries = await Promise.all(
      names.map(async (name) => [name, await readFile(join(this.dir, name), 'latin1')] as const),
    );
    return Object.fromEntries(entries);
  }

  /** A first run that must succeed; returns the files it left. */
  async goodRun(dnsServer: string): Promise<Record<string, string>> {
    const run = await this.generate(dnsServer);
    expect(run.stderr).not.toContain('failed');
    expect(run.code).toBe(0);
    return this.files();
  }

  remove(): Promise<void> {
    return rm(this.dir, { recursive: true });
  }
}

export function outcomeOf(run: CliRun, source: string): SourceOutcomeJson | undefined {
  return run.outcomes.find((o) => o.source === source);
}

/** The same files; the output differs only by `# stale since` lines: no range lost or added. */
export function expectOnlyStaleMarks(
  before: Record<string, string>,
  after: Record<string, string>,
  marks: number,
): void {
  expect(Object.keys(after)).toEqual(Object.keys(before));
  expect(after['spf-allowlist.yml']).toBe(before['spf-allowlist.yml']);
  expect((after[OUTPUT] ?? '').replace(/^# stale since .*\n/gm, '')).toBe(before[OUTPUT]);
  expect(after[OUTPUT]?.match(/^# stale since /gm) ?? []).toHaveLength(marks);
}
