// `spf-allowlist check FILE...` through the CLI's dispatcher.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli-run.js';

const GENERATED = new URL(
  '../fixtures/pipeline/expected/postscreen_spf_allowlist.cidr',
  import.meta.url,
).pathname;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spf-allowlist-check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function check(...args: string[]) {
  return runCliCaptured(['check', ...args]);
}

describe('spf-allowlist check', () => {
  it('exits 0 for a generated table and says how many entries it has', async () => {
    const run = await check(GENERATED);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/postscreen_spf_allowlist\.cidr: ok, \d+ entries\n$/);
    expect(run.stderr).toBe('');
  });

  it('exits 1 when any file is invalid, naming file:line for each problem', async () => {
    const bad = join(dir, 'bad.cidr');
    await writeFile(bad, '# allowlist\n192.0.2.1/24\tpermit\n198.51.100.0/24\tallow\n');
    const run = await check(GENERATED, bad);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${bad}: INVALID, 2 problem(s)`);
    expect(run.stdout).toContain('postscreen_spf_allowlist.cidr: ok');
    expect(run.stderr).toContain(`${bad}:2: "192.0.2.1/24" has host bits set`);
    expect(run.stderr).toContain(`${bad}:3: action "allow"`);
  });

  it('checks a postfix-access table with --format postfix-access', async () => {
    const access = join(dir, 'access.cidr');
    await writeFile(access, '192.0.2.0/24\tOK\n');
    expect((await check('--format', 'postfix-access', access)).code).toBe(0);
    expect((await check(access)).code).toBe(1);
  });

  it.each([[[]], [['--strict', GENERATED]], [['--format', 'nftables', GENERATED]]])(
    'exits 2 for bad usage %j',
    async (args) => {
      const run = await check(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('spf-allowlist check: ');
    },
  );

  it('exits 2 for a file it cannot read', async () => {
    const run = await check(join(dir, 'missing.cidr'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read');
  });
});
