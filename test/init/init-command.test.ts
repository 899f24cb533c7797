// `spf-allowlist init`: the scaffold it writes is a working allowlist repo:
// its workflow points at its config, and that config runs
// `generate --dry-run` against the bundled offline snapshot.

import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run-cli.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { loadZoneDataFile } from '../../src/fixture-dns/zonedata.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXPECTED_FILES = [
  '.github/workflows/spf-allowlist.yml',
  'README.md',
  'mailhost/README.md',
  'mailhost/spf-allowlist-pull',
  'mailhost/spf-allowlist-pull.cron',
  'mailhost/spf-allowlist-pull.env.example',
  'mailhost/spf-allowlist-pull.service',
  'mailhost/spf-allowlist-pull.timer',
  'spf-allowlist.yml',
];

let server: FixtureDnsServer;
let dir: string;

beforeAll(async () => {
  server = await startFixtureDnsServer({
    zone: loadZoneDataFile(join(ROOT, 'examples/offline-snapshot.yml')),
  });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spf-allowlist-init-'));
  return () => rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

async function filesUnder(base: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(base, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await filesUnder(base, path)));
    else found.push(path);
  }
  return found.sort();
}

interface Workflow {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  concurrency: string;
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>;
}

describe('spf-allowlist init', () => {
  it('scaffolds a repo whose workflow and config pass generate --dry-run', async () => {
    const init = await cli('init', dir);
    expect(init.stderr).toContain('Next:');
    expect(init.code).toBe(0);
    expect(await filesUnder(dir)).toEqual(EXPECTED_FILES);

    const workflow = parse(
      await readFile(join(dir, '.github/workflows/spf-allowlist.yml'), 'utf8'),
    ) as Workflow;
    expect(workflow.on.schedule).toHaveLength(1);
    expect('workflow_dispatch' in workflow.on).toBe(true);
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(workflow.concurrency).toBe('spf-allowlist');
    const steps = Object.values(workflow.jobs)[0]!.steps;
    expect(steps[0]!.uses).toMatch(/^actions\/checkout@v\d+$/);
    const action = steps.find((step) => step.uses?.endsWith('/spf-allowlist@v1'));
    expect(action).toBeDefined();
    // Every input the workflow passes is one action.yml declares.
    const declared = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    for (const input of Object.keys(action!.with ?? {}))
      expect(Object.keys(declared.inputs)).toContain(input);

    const config = join(dir, action!.with?.config ?? 'spf-allowlist.yml');
    const generate = await cli(
      'generate',
      '--config',
      config,
      '--dns-server',
      server.address,
      '--dry-run',
    );
    expect(generate.code).toBe(0);
    expect(generate.stdout).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+\tpermit$/m);
    expect(await filesUnder(dir)).toEqual(EXPECTED_FILES);
  });

  it('writes the same workflow as examples/workflow.yml, the one the README shows', async () => {
    expect((await cli('init', dir)).code).toBe(0);
    const written = await readFile(join(dir, '.github/workflows/spf-allowlist.yml'), 'utf8');
    expect(written).toBe(await readFile(join(ROOT, 'examples/workflow.yml'), 'utf8'));
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const shown = /```yaml\n# \.github\/workflows\/spf-allowlist\.yml\n([\s\S]*?)```/.exec(readme);
    expect(shown?.[1]).toBe(written);
  });

  it('copies the mail-host files byte for byte, keeping the script executable', async () => {
    expect((await cli('init', dir)).code).toBe(0);
    for (const name of EXPECTED_FILES.filter((path) => path.startsWith('mailhost/'))) {
      expect(await readFile(join(dir, name), 'utf8')).toBe(
        await readFile(join(ROOT, name), 'utf8'),
      );
    }
    expect((await stat(join(dir, 'mailhost/spf-allowlist-pull'))).mode & 0o777).toBe(0o755);
    expect((await stat(join(dir, 'mailhost/spf-allowlist-pull.service'))).mode & 0o777).toBe(0o644);
    expect(await readFile(join(dir, 'spf-allowlist.yml'), 'utf8')).toBe(
      await readFile(join(ROOT, 'examples/spf-allowlist.yml'), 'utf8'),
    );
  });

  it('refuses a second init, naming every existing file, and --force overwrites', async () => {
    expect((await cli('init', dir)).code).toBe(0);
    await writeFile(join(dir, 'spf-allowlist.yml'), 'senders: [example.org]\n');

    const again = await cli('init', dir);
    expect(again.code).toBe(1);
    for (const path of EXPECTED_FILES) expect(again.stderr).toContain(`  ${path}\n`);
    expect(await readFile(join(dir, 'spf-allowlist.yml'), 'utf8')).toBe('senders: [example.org]\n');

    const forced = await cli('init', dir, '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(join(dir, 'spf-allowlist.yml'), 'utf8')).toBe(
      await readFile(join(ROOT, 'examples/spf-allowlist.yml'), 'utf8'),
    );
  });

  it('writes nothing when only one file conflicts', async () => {
    await writeFile(join(dir, 'README.md'), '# my repo\n');
    const run = await cli('init', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already has 1 of the files');
    expect(await filesUnder(dir)).toEqual(['README.md']);
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toBe('# my repo\n');
  });

  it('exits 2 for two directories', async () => {
    const run = await cli('init', dir, join(dir, 'other'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('one directory at most');
  });
});
