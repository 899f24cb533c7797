// `spf-allowlist generate` end to end through the CLI's own code, against the
// in-process DNS server (UDP and TCP) loaded from the pipeline fixture.

import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli-run.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { loadZoneDataFile } from '../../src/fixture-dns/zonedata.js';

const FIXTURE = new URL('../fixtures/pipeline/', import.meta.url).pathname;
const OUTPUT = 'postscreen_spf_allowlist.cidr';

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: loadZoneDataFile(join(FIXTURE, 'zone.yml')) });
});

afterAll(async () => {
  await server.close();
});

async function freshWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'spf-allowlist-pipeline-'));
  await copyFile(join(FIXTURE, 'spf-allowlist.yml'), join(dir, 'spf-allowlist.yml'));
  return dir;
}

async function generate(workspace: string, ...extra: string[]) {
  return runCliCaptured([
    'generate',
    '--config',
    join(workspace, 'spf-allowlist.yml'),
    '--dns-server',
    server.address,
    ...extra,
  ]);
}

describe('generate', () => {
  it('writes the expected allowlist, and the same bytes on a second run', async () => {
    const workspace = await freshWorkspace();
    const first = await generate(workspace);
    expect(first.stderr).toContain('webmail: ');
    expect(first.code).toBe(0);
    const content = await readFile(join(workspace, OUTPUT), 'utf8');
    await expect(content).toMatchFileSnapshot(`../fixtures/pipeline/expected/${OUTPUT}`);

    const second = await generate(workspace);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`${OUTPUT}: unchanged`);
    expect(await readFile(join(workspace, OUTPUT), 'utf8')).toBe(content);
    await rm(workspace, { recursive: true });
  });

  it('asks for the long TXT answer over TCP after a truncated UDP reply', async () => {
    const workspace = await freshWorkspace();
    await generate(workspace, '--dry-run');
    const transports = server.queries
      .filter((q) => q.name === 'linkedin.com' && q.type === 'TXT')
      .map((q) => q.transport);
    expect(transports).toContain('tcp');
    await rm(workspace, { recursive: true });
  });

  it('prints the file and writes nothing with --dry-run', async () => {
    const workspace = await freshWorkspace();
    const run = await generate(workspace, '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('40.92.0.0/15\tpermit');
    expect(await readdir(workspace)).toEqual(['spf-allowlist.yml']);
    await rm(workspace, { recursive: true });
  });

  it('fails with exit 1 and leaves the existing file untouched when DNS fails', async () => {
    const workspace = await freshWorkspace();
    expect((await generate(workspace)).code).toBe(0);
    const previous = await readFile(join(workspace, OUTPUT), 'utf8');
    server.setFaults(() => ({ kind: 'servfail' }));
    try {
      const run = await generate(workspace);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('could not be refreshed');
      expect(run.stderr).toContain('sender google.com');
    } finally {
      server.setFaults(() => undefined);
    }
    expect(await readFile(join(workspace, OUTPUT), 'utf8')).toBe(previous);
    expect(await readdir(workspace)).toEqual([OUTPUT, 'spf-allowlist.yml'].sort());
    await rm(workspace, { recursive: true });
  });

  it('refuses a previous file it did not write, naming the line, and writes nothing', async () => {
    const workspace = await freshWorkspace();
    const foreign = '# my own list\n192.0.2.0/24\tpermit\n';
    await writeFile(join(workspace, OUTPUT), foreign);
    const run = await generate(workspace);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${OUTPUT}:1: the first line is not`);
    expect(await readFile(join(workspace, OUTPUT), 'utf8')).toBe(foreign);
    await rm(workspace, { recursive: true });
  });

  it('reports every config error with line and column and exits 2', async () => {
    const workspace = await freshWorkspace();
    await writeFile(
      join(workspace, 'spf-allowlist.yml'),
      'senders:\n  - not a domain!\n  - example.com\nhost: [a.example.com]\nipv4: maybe\n',
    );
    const run = await generate(workspace);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/spf-allowlist\.yml:2:5: /);
    expect(run.stderr).toMatch(/spf-allowlist\.yml:4:1: /);
    expect(run.stderr).toMatch(/spf-allowlist\.yml:5:7: /);
    expect(await readdir(workspace)).toEqual(['spf-allowlist.yml']);
    await rm(workspace, { recursive: true });
  });
});

describe('cli', () => {
  it.each([
    [['--help'], 0, 'Usage: spf-allowlist'],
    [['--version'], 0, '0.1.0'],
    [['frobnicate'], 2, 'unknown command'],
    [['generate', '--bogus'], 2, "Unknown option '--bogus'"],
    [['generate', '--dns-server', '1.2.3'], 2, '--dns-server'],
  ])('%j exits %i', async (argv, code, text) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(code);
    expect(run.stdout + run.stderr).toContain(text);
  });
});
