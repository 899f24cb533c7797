// Runs the built Action (dist/index.js, committed) the way the GitHub runner
// does: a node process with INPUT_* and GITHUB_* variables, output and
// summary files, and the event payload file. Tests of the bundle users get,
// not of the TypeScript sources.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DIST = new URL('../../dist/index.js', import.meta.url).pathname;

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
}

/** Reads GITHUB_OUTPUT as the runner does: `name<<DELIMITER`, the value's lines, DELIMITER. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/**
 * `inputs` become INPUT_* (GitHub's rule: the name upper-cased, spaces to
 * underscores, hyphens kept); `env` adds GITHUB_REPOSITORY, GITHUB_API_URL
 * and the like.
 */
export async function runDistAction(
  workspace: string,
  inputs: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string>> = {},
): Promise<ActionRun> {
  const runner = await mkdtemp(join(tmpdir(), 'spf-allowlist-runner-'));
  const files = {
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    GITHUB_EVENT_PATH: join(runner, 'event.json'),
  };
  await writeFile(files.GITHUB_OUTPUT, '');
  await writeFile(files.GITHUB_STEP_SUMMARY, '');
  await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify({ schedule: '17 5 * * *' }));
  const variables: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runner,
    ...files,
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    variables[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  let code = 0;
  let stdout = '';
  try {
    ({ stdout } = await run(process.execPath, [DIST], { cwd: workspace, env: variables }));
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    code = failed.code;
    stdout = failed.stdout;
  }
  const outputs = parseOutputFile(await readFile(files.GITHUB_OUTPUT, 'utf8'));
  const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8');
  await rm(runner, { recursive: true });
  return { code, stdout, outputs, summary };
}
