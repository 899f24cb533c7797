// The built Action (dist/index.js) run the way GitHub runs it, against the
// in-process DNS server, with an empty `token`: files in the workspace only.
// Publishing is test/action/publish.test.ts.

import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { loadZoneDataFile } from '../../src/fixture-dns/zonedata.js';
import { runDistAction as runAction } from '../support/dist-action.js';

const FIXTURE = new URL('../fixtures/pipeline/', import.meta.url).pathname;
const OUTPUT = 'postscreen_spf_allowlist.cidr';

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: loadZoneDataFile(join(FIXTURE, 'zone.yml')) });
});

afterAll(async () => {
  await server.close();
});

async function workspaceWithConfig(): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-action-'));
  await copyFile(join(FIXTURE, 'spf-allowlist.yml'), join(workspace, 'spf-allowlist.yml'));
  return workspace;
}

const defaults = { config: 'spf-allowlist.yml', 'dry-run': 'false', token: '' };

describe('dist/index.js as a GitHub Action', () => {
  it('writes the allowlist into the workspace and sets outputs and the job summary', async () => {
    const workspace = await workspaceWithConfig();
    const result = await runAction(workspace, { ...defaults, 'dns-servers': server.address });
    expect(result.code).toBe(0);
    const expected = await readFile(join(FIXTURE, 'expected', OUTPUT), 'utf8');
    expect(await readFile(join(workspace, OUTPUT), 'utf8')).toBe(expected);
    expect(result.outputs).toMatchObject({
      changed: 'true',
      files: JSON.stringify([OUTPUT]),
      added: '43',
      removed: '0',
      stale: '0',
      'needs-attention': 'false',
    });
    expect(JSON.parse(result.outputs['review-json'] ?? '{}')).toMatchObject({ rangesAdded: 43 });
    expect(result.summary).toContain('| webmail | 3 |');
    expect(result.summary).toContain('```mermaid\nflowchart LR');
    expect(result.stdout).toContain('::group::Resolve SPF records');

    const again = await runAction(workspace, { ...defaults, 'dns-servers': server.address });
    expect(again.outputs['changed']).toBe('false');
    await rm(workspace, { recursive: true });
  });

  it('writes nothing in dry run', async () => {
    const workspace = await workspaceWithConfig();
    const result = await runAction(workspace, {
      ...defaults,
      'dns-servers': server.address,
      'dry-run': 'true',
    });
    expect(result.code).toBe(0);
    expect(result.outputs['changed']).toBe('true');
    await expect(readFile(join(workspace, OUTPUT))).rejects.toThrow(/ENOENT/);
    await rm(workspace, { recursive: true });
  });

  it('annotates each config error on the config file and fails', async () => {
    const workspace = await workspaceWithConfig();
    await writeFile(
      join(workspace, 'spf-allowlist.yml'),
      'senders:\n  - bad_domain!\nipv6: maybe\n',
    );
    const result = await runAction(workspace, { ...defaults, 'dns-servers': server.address });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error file=spf-allowlist\.yml,line=2,col=5::/);
    expect(result.stdout).toMatch(/::error file=spf-allowlist\.yml,line=3,col=7::/);
    await rm(workspace, { recursive: true });
  });

  it('fails and leaves the workspace untouched when DNS fails', async () => {
    const workspace = await workspaceWithConfig();
    server.setFaults(() => ({ kind: 'refused' }));
    try {
      const result = await runAction(workspace, { ...defaults, 'dns-servers': server.address });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('could not be refreshed');
    } finally {
      server.setFaults(() => undefined);
    }
    await expect(readFile(join(workspace, OUTPUT))).rejects.toThrow(/ENOENT/);
    await rm(workspace, { recursive: true });
  });
});
