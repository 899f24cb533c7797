// `deny:` end to end (issue #9 scope 1), through the CLI's own code against
// the in-process DNS server loaded from the pipeline fixture zone: the deny
// file is the expected one, the allowlist is unchanged byte for byte,
// Postfix reads the deny entries as reject, the deny file is the deny list's
// state on the next run, each name is asked once for both lists, and a range
// in both lists is reported naming both sources.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { appendFile, copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseJsonAllowlist } from '../../src/allowlist/parse-json.js';
import { parsePostscreen } from '../../src/allowlist/parse-postscreen.js';
import { renderJson } from '../../src/allowlist/render-json.js';
import { renderPostscreen } from '../../src/allowlist/render-postscreen.js';
import { runCliCaptured } from '../support/cli-run.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { loadZoneDataFile } from '../../src/fixture-dns/zonedata.js';
import { postscreenLog, postscreenPath } from '../support/postscreen-standalone.js';
import { requireTool } from '../support/require-tool.js';

const FIXTURE = new URL('../fixtures/pipeline/', import.meta.url).pathname;
const ALLOW = 'postscreen_spf_allowlist.cidr';
const DENY = 'postscreen_spf_denylist.cidr';
const DENY_ACCESS = 'spf_denylist_access.cidr';
const DENY_JSON = 'spf_denylist.json';
const ALLOW_NFT = 'spf_allowlist.nft';
const DENY_NFT = 'spf_denylist.nft';
const EXPECTED_ALLOW = join(FIXTURE, 'expected', ALLOW);
/** Where the deny sources meet the allowlist (see spf-allowlist-deny.yml). */
const OVERLAPS = [
  '148.105.8.0/21 is allowed (sender mailchimp.com) and denied (sender servers.mcsv.net)',
  '198.2.128.0/18 is allowed (sender mailchimp.com) and denied (sender servers.mcsv.net)',
  '205.201.128.0/20 is allowed (sender mailchimp.com) and denied (sender servers.mcsv.net)',
  '151.101.1.69/32 is allowed (sender partner.example.org) and denied (host relay.partner.example.org)',
];

let server: FixtureDnsServer;
let workspace: string;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: loadZoneDataFile(join(FIXTURE, 'zone.yml')) });
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-deny-'));
  await copyFile(join(FIXTURE, 'spf-allowlist-deny.yml'), join(workspace, 'spf-allowlist.yml'));
  server.setFaults(() => undefined);
  return () => rm(workspace, { recursive: true });
});

async function generate(...extra: string[]) {
  return runCliCaptured([
    'generate',
    '--config',
    join(workspace, 'spf-allowlist.yml'),
    '--dns-server',
    server.address,
    ...extra,
  ]);
}

function output(name: string): Promise<string> {
  return readFile(join(workspace, name), 'utf8');
}

describe('generate with deny:', () => {
  it('writes the expected denylist and leaves the allowlist byte for byte as without deny:', async () => {
    const run = await generate();
    expect(run.stderr).not.toContain('failed');
    expect(run.code).toBe(0);
    await expect(await output(DENY)).toMatchFileSnapshot(`../fixtures/pipeline/expected/${DENY}`);
    expect(await output(ALLOW)).toBe(await readFile(EXPECTED_ALLOW, 'utf8'));
    expect((await readdir(workspace)).sort()).toEqual(
      [ALLOW, ALLOW_NFT, DENY, DENY_ACCESS, DENY_JSON, DENY_NFT, 'spf-allowlist.yml'].sort(),
    );
  });

  it('reports every range in both lists, naming both sources, in the summary and the review', async () => {
    const run = await generate('--json');
    expect(run.code).toBe(0);
    for (const overlap of OVERLAPS) expect(run.stderr).toContain(overlap);
    expect(run.stderr).toContain('deny: senders: 3 IPv4 and 0 IPv6 ranges from 1 sources');
    const review = JSON.parse(run.stdout) as {
      headline: string;
      deny: { overlaps: { range: string; allowed: string; denied: string }[] };
    };
    expect(review.headline).toBe(
      '+43 / -0 ranges in 8 sources; deny: +5 / -0 ranges in 3 sources; 4 ranges in both lists',
    );
    expect(review.deny.overlaps).toEqual([
      {
        range: '148.105.8.0/21',
        allowed: 'sender mailchimp.com',
        denied: 'sender servers.mcsv.net',
      },
      {
        range: '198.2.128.0/18',
        allowed: 'sender mailchimp.com',
        denied: 'sender servers.mcsv.net',
      },
      {
        range: '205.201.128.0/20',
        allowed: 'sender mailchimp.com',
        denied: 'sender servers.mcsv.net',
      },
      {
        range: '151.101.1.69/32',
        allowed: 'sender partner.example.org',
        denied: 'host relay.partner.example.org',
      },
    ]);
  });

  it('asks each name and type once for both lists', async () => {
    const before = server.queries.length;
    expect((await generate('--dry-run')).code).toBe(0);
    const asked = server.queries.slice(before).filter((q) => q.transport === 'udp');
    const count = (name: string, type: string) =>
      asked.filter((q) => q.name === name && q.type === type).length;
    // Both lists need these: mailchimp.com's include and the deny sender; partner's a: and the deny host.
    expect(count('servers.mcsv.net', 'TXT')).toBe(1);
    expect(count('relay.partner.example.org', 'A')).toBe(1);
    expect(count('relay.partner.example.org', 'AAAA')).toBe(1);
    const keys = asked.map((q) => `${q.name}/${q.type}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes every deny format as a denylist: reject, REJECT, deny sets, spf-denylist JSON', async () => {
    expect((await generate()).code).toBe(0);
    const deny = await output(DENY);
    expect(deny.split('\n')[0]).toBe(
      '# Postfix postscreen denylist (cidr table) written by spf-allowlist from spf-allowlist.yml.',
    );
    const entries = (text: string) => text.split('\n').filter((l) => /^[^#]/.test(l));
    expect(entries(deny)).toEqual([
      '148.105.8.0/21\treject',
      '198.2.128.0/18\treject',
      '205.201.128.0/20\treject',
      '151.101.1.69/32\treject',
      '185.220.100.0/22\treject',
    ]);
    expect(entries(await output(DENY_ACCESS))).toEqual(
      entries(deny).map((line) => line.replace('\treject', '\tREJECT')),
    );
    const nft = await output(DENY_NFT);
    expect(nft).toContain('flush set inet spf_allowlist deny4\n');
    expect(nft).toContain('add element inet spf_allowlist deny4 { 185.220.100.0/22 }\n');
    expect(nft).not.toContain('allow4');
    const json = await output(DENY_JSON);
    expect(JSON.parse(json)).toMatchObject({ format: 'spf-denylist', version: 1 });
    expect(renderJson(parseJsonAllowlist(json, 'deny'), 'deny')).toBe(json);
  });

  it('parses the deny file back to a model that renders the same bytes, and refuses it as an allowlist', async () => {
    expect((await generate()).code).toBe(0);
    const text = await output(DENY);
    const model = parsePostscreen(text, DENY, 'reject');
    expect(renderPostscreen(model, `/etc/postfix/${DENY}`, 'reject')).toBe(text);
    expect(() => parsePostscreen(text, DENY)).toThrow(/:1: the first line is not/);
  });

  it('keeps the deny file as it is on a second run, and reads it as the denylist state', async () => {
    expect((await generate()).code).toBe(0);
    const first = await output(DENY);
    const second = await generate();
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`${DENY}: unchanged`);
    expect(second.stderr).toContain(
      'no range changes; deny: no range changes; 4 ranges in both lists',
    );
    expect(await output(DENY)).toBe(first);
  });

  it('keeps a failing deny source from the previous deny file, marked stale', async () => {
    // Three deny sources: one failing is 33%, over the default 25%.
    await appendFile(join(workspace, 'spf-allowlist.yml'), 'policy:\n  max-failed-percent: 50\n');
    expect((await generate()).code).toBe(0);
    server.setFaults((q) => (q.name === 'servers.mcsv.net' ? { kind: 'servfail' } : undefined));
    const run = await generate();
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('deny sender servers.mcsv.net: stale:');
    const deny = await output(DENY);
    expect(deny).toMatch(/# -- sender servers\.mcsv\.net --\n# stale since \d{4}-\d{2}-\d{2}: /);
    expect(deny).toContain('205.201.128.0/20\treject');
  });

  it('fails the whole run, writing neither list, when too many deny sources fail', async () => {
    expect((await generate()).code).toBe(0);
    const allow = await output(ALLOW);
    const deny = await output(DENY);
    await writeFile(
      join(workspace, ALLOW),
      allow.replace('\n# == social ==', '\n\n# == social =='),
    );
    server.setFaults((q) => (q.name === 'servers.mcsv.net' ? { kind: 'servfail' } : undefined));
    const run = await generate();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('deny: 1 of 3 sources (33%) could not be refreshed');
    expect(await output(DENY)).toBe(deny);
    // The allowlist would have changed (its blank line), yet was not written.
    expect(await output(ALLOW)).not.toBe(allow);
  });

  it('refuses an allowlist file found where the denylist should be, writing nothing', async () => {
    const allow = await readFile(EXPECTED_ALLOW, 'utf8');
    await writeFile(join(workspace, DENY), allow);
    const run = await generate();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${DENY}:1: the first line is not "# Postfix postscreen denylist`);
    expect(await output(DENY)).toBe(allow);
    expect(await readdir(workspace)).toEqual([DENY, 'spf-allowlist.yml'].sort());
  });

  it('writes the deny outputs under --out-dir too', async () => {
    const run = await generate('--out-dir', join(workspace, 'out'));
    expect(run.code).toBe(0);
    expect((await readdir(join(workspace, 'out'))).sort()).toEqual(
      [ALLOW, ALLOW_NFT, DENY, DENY_ACCESS, DENY_JSON, DENY_NFT].sort(),
    );
    expect(await readdir(workspace)).toEqual(['out', 'spf-allowlist.yml']);
  });

  it('writes exactly the expected allowlist when the config has no deny:', async () => {
    await copyFile(join(FIXTURE, 'spf-allowlist.yml'), join(workspace, 'spf-allowlist.yml'));
    const run = await generate();
    expect(run.code).toBe(0);
    expect(await output(ALLOW)).toBe(await readFile(EXPECTED_ALLOW, 'utf8'));
    expect(await readdir(workspace)).toEqual([ALLOW, 'spf-allowlist.yml'].sort());
    // The summary has no denylist section and no overlap warning.
    expect(run.stderr).not.toMatch(/^deny|both lists|is allowed \(/m);
  });
});

describe.skipIf(!requireTool('postmap'))('postmap reads the deny tables', () => {
  const inside = ['205.201.128.1', '148.105.15.255', '151.101.1.69', '185.220.103.200'];
  const outside = ['151.101.1.70', '185.220.104.0', '40.92.1.1', '2001:db8::1'];

  it.each([
    [DENY, 'reject'],
    [DENY_ACCESS, 'REJECT'],
  ])('%s answers %s inside, nothing outside, without warnings', async (name, answer) => {
    expect((await generate()).code).toBe(0);
    await writeFile(join(workspace, 'main.cf'), '');
    const result = spawnSync(
      'postmap',
      ['-c', workspace, '-q', '-', `cidr:${join(workspace, name)}`],
      { input: `${[...inside, ...outside].join('\n')}\n`, encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter(Boolean)).toEqual(inside.map((a) => `${a}\t${answer}`));
  });
});

describe.skipIf(!requireTool('nft'))('nft reads both lists together', () => {
  it('accepts the allow and deny scripts as one file in check mode (nft -c -f)', async (ctx) => {
    expect((await generate()).code).toBe(0);
    const both = join(workspace, 'both.nft');
    await writeFile(both, (await output(ALLOW_NFT)) + (await output(DENY_NFT)));
    const result = spawnSync('nft', ['-c', '-f', both], { encoding: 'utf8' });
    if (result.status !== 0 && /Operation not permitted/.test(result.stderr)) {
      ctx.skip(`nft -c needs netlink here and the sandbox forbids it: ${result.stderr.trim()}`);
    }
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

const POSTSCREEN_WORK = mkdtempSync(join(tmpdir(), 'spf-allowlist-deny-postscreen-'));
writeFileSync(join(POSTSCREEN_WORK, 'main.cf'), '');
afterAll(() => {
  rmSync(POSTSCREEN_WORK, { recursive: true, force: true });
});
const POSTSCREEN = postscreenPath(POSTSCREEN_WORK);

describe.skipIf(POSTSCREEN === undefined)('postscreen with both tables (postscreen -V -S)', () => {
  // The client is 127.0.0.1: add it to the generated tables as a listed range would be.
  const client = (action: string) => `127.0.0.1/32\t${action}\n`;

  async function verdict(tables: Record<string, string>): Promise<string> {
    const log = await postscreenLog(POSTSCREEN!, POSTSCREEN_WORK, tables);
    expect(log).toMatch(/CONNECT from \[127\.0\.0\.1\]/);
    expect(log).not.toMatch(/warning: cidr map/);
    return /(ALLOWLISTED|DENYLISTED) \[127\.0\.0\.1\]/.exec(log)?.[1] ?? 'neither';
  }

  it('denies a client in the denylist only, and permits one in both with the allowlist first', async () => {
    expect((await generate()).code).toBe(0);
    const allow = await output(ALLOW);
    const deny = await output(DENY);
    expect(await verdict({ [ALLOW]: allow, [DENY]: `${deny}${client('reject')}` })).toBe(
      'DENYLISTED',
    );
    const both = { [ALLOW]: `${allow}${client('permit')}`, [DENY]: `${deny}${client('reject')}` };
    expect(await verdict(both)).toBe('ALLOWLISTED');
    // The order is what decides: the denylist first would reject the same client.
    expect(await verdict({ [DENY]: both[DENY], [ALLOW]: both[ALLOW] })).toBe('DENYLISTED');
  });
});
