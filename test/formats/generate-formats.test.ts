// Every output format from one multi-domain fixture, through the CLI's own
// code against the in-process DNS server, and read by the real consumers
// where Debian has them: postmap for both Postfix tables, nft for the
// nftables script. Expected files: test/fixtures/formats/expected/.

import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonAllowlist } from '../../src/allowlist/parse-json.js';
import { renderJson } from '../../src/allowlist/render-json.js';
import { runCli } from '../../src/cli/run-cli.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { loadZoneDataFile } from '../../src/fixture-dns/zonedata.js';
import { requireTool } from '../support/require-tool.js';

const FIXTURE = new URL('../fixtures/formats/', import.meta.url).pathname;
const ZONE = new URL('../fixtures/pipeline/zone.yml', import.meta.url).pathname;
const POSTSCREEN = 'postscreen_spf_allowlist.cidr';
const ACCESS = 'spf_allowlist_access.cidr';
const PLAIN = 'spf_allowlist.txt';
const PLAIN_IPV4 = 'spf_allowlist_ipv4.txt';
const NFTABLES = 'spf_allowlist.nft';
const JSON_FILE = 'spf_allowlist.json';
const OUTPUTS = [POSTSCREEN, ACCESS, PLAIN, PLAIN_IPV4, NFTABLES, JSON_FILE];

let server: FixtureDnsServer;
let workspace: string;
const written = new Map<string, string>();

async function generate(): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(
    ['generate', '--config', join(workspace, 'spf-allowlist.yml'), '--dns-server', server.address],
    { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } },
  );
  return { code, stderr };
}

function file(name: string): string {
  const content = written.get(name);
  if (content === undefined) throw new Error(`${name} was not written`);
  return content;
}

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: loadZoneDataFile(ZONE) });
  workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-formats-'));
  await copyFile(join(FIXTURE, 'spf-allowlist.yml'), join(workspace, 'spf-allowlist.yml'));
  const run = await generate();
  if (run.code !== 0) throw new Error(`generate exited ${run.code}:\n${run.stderr}`);
  for (const name of OUTPUTS) written.set(name, await readFile(join(workspace, name), 'utf8'));
});

afterAll(async () => {
  await server.close();
  await rm(workspace, { recursive: true, force: true });
});

/** Ranges in file order, read the way each format's consumer reads them. */
const RANGES_OF: Record<string, (text: string) => string[]> = {
  [POSTSCREEN]: (text) => entries(text).map((line) => line.split('\t')[0] ?? ''),
  [ACCESS]: (text) => entries(text).map((line) => line.split('\t')[0] ?? ''),
  [PLAIN]: entries,
  [NFTABLES]: (text) =>
    entries(text).flatMap((line) => /^add element .+ \{ (\S+) \}$/.exec(line)?.[1] ?? []),
  [JSON_FILE]: (text) =>
    (JSON.parse(text) as { ranges: { range: string }[] }).ranges.map((r) => r.range),
};

function entries(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

describe('generate with every format', () => {
  it.each(OUTPUTS)('writes %s as its expected file', async (name) => {
    await expect(file(name)).toMatchFileSnapshot(`../fixtures/formats/expected/${name}`);
  });

  it('writes the same bytes on a second run', async () => {
    const second = await generate();
    expect(second.code).toBe(0);
    for (const name of OUTPUTS) {
      expect(second.stderr).toContain(`${name}: unchanged`);
      expect(await readFile(join(workspace, name), 'utf8')).toBe(file(name));
    }
  });

  it('lists the same ranges, in the same order, in every format', () => {
    const postscreen = RANGES_OF[POSTSCREEN]!(file(POSTSCREEN));
    expect(postscreen).toContain('40.92.0.0/15');
    expect(postscreen).toContain('2a04:4e42::69/128');
    for (const [name, ranges] of Object.entries(RANGES_OF)) {
      expect(ranges(file(name)), name).toEqual(postscreen);
    }
    const ipv4 = postscreen.filter((range) => !range.includes(':'));
    expect(entries(file(PLAIN_IPV4))).toEqual(ipv4);
  });

  it('writes JSON that parses back to a model rendering the same bytes', () => {
    const text = file(JSON_FILE);
    const allowlist = parseJsonAllowlist(text);
    expect(allowlist.sections.map((s) => s.name)).toEqual([
      'webmail',
      'social',
      'bulk',
      'hosts',
      'static',
    ]);
    expect(renderJson(allowlist)).toBe(text);
  });
});

describe.skipIf(!requireTool('postmap'))('postmap reads both Postfix tables', () => {
  const inside = [
    '40.92.1.1',
    '157.55.9.200',
    '2a01:111:f403:c000::25',
    '108.174.4.10',
    '151.101.65.69',
    '185.12.83.255',
  ];
  const outside = ['40.94.0.1', '108.174.4.11', '192.0.2.1', '2001:db8::1', '2a01:111:f404::1'];

  it.each([
    [POSTSCREEN, 'permit'],
    [ACCESS, 'OK'],
  ])('%s answers %s inside, nothing outside, without warnings', async (name, answer) => {
    const config = await mkdtemp(join(tmpdir(), 'spf-allowlist-postfix-'));
    // postmap reads main.cf from -c DIR; an empty one means every default.
    await writeFile(join(config, 'main.cf'), '');
    const result = spawnSync(
      'postmap',
      ['-c', config, '-q', '-', `cidr:${join(workspace, name)}`],
      {
        input: [...inside, ...outside].join('\n') + '\n',
        encoding: 'utf8',
      },
    );
    await rm(config, { recursive: true });
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter(Boolean)).toEqual(inside.map((a) => `${a}\t${answer}`));
  });
});

describe.skipIf(!requireTool('nft'))('nft reads the nftables script', () => {
  it('accepts it in check mode (nft -c -f)', (ctx) => {
    const result = spawnSync('nft', ['-c', '-f', join(workspace, NFTABLES)], { encoding: 'utf8' });
    // Check mode still reads the kernel's ruleset over netlink; a sandbox
    // without CAP_NET_ADMIN refuses that before the file is even parsed.
    if (result.status !== 0 && /netlink: Error: .*Operation not permitted/.test(result.stderr)) {
      ctx.skip(`nft -c needs netlink here and the sandbox forbids it: ${result.stderr.trim()}`);
    }
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
