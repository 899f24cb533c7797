// Issue #8 scope 3: the previous allowlist file is the state of the last good
// run (issue #4), so a file that is not exactly what we wrote must never be
// guessed at. Through `spf-allowlist generate` against the in-process server:
// a foreign, damaged or hand-edited file stops the run with exit 1, naming
// the line, and is left byte-for-byte as it was; the two damages that still
// read as a valid file of ours have a documented, tested outcome instead.
//
// README "Failure behaviour" rows backed here: "the previous allowlist file is
// not ours, empty, binary, CRLF, truncated mid-line, or hand-edited", "the
// previous file lost whole lines at its end, or has a well-formed range added
// by hand".

import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli-run.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { loadZoneDataFile } from '../../src/fixture-dns/zonedata.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const CORPUS = join(FIXTURES, 'hostile', 'previous');
const OUTPUT = 'postscreen_spf_allowlist.cidr';
/** What the pipeline fixture's config and zone produce: the file a good run writes. */
const GOOD = readFileSync(join(FIXTURES, 'pipeline', 'expected', OUTPUT), 'utf8');

let server: FixtureDnsServer;
let workspace: string;

beforeAll(async () => {
  server = await startFixtureDnsServer({
    zone: loadZoneDataFile(join(FIXTURES, 'pipeline', 'zone.yml')),
  });
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-previous-'));
  await copyFile(
    join(FIXTURES, 'pipeline', 'spf-allowlist.yml'),
    join(workspace, 'spf-allowlist.yml'),
  );
  return () => rm(workspace, { recursive: true });
});

async function generate(): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCliCaptured([
    'generate',
    '--config',
    join(workspace, 'spf-allowlist.yml'),
    '--dns-server',
    server.address,
    '--json',
  ]);
}

/** GOOD with the line holding `find` replaced by `replace` (or removed, for ''). */
function edited(find: string, replace: string): string {
  const lines = GOOD.split('\n');
  const index = lines.findIndex((line) => line.includes(find));
  if (index < 0) throw new Error(`no line with ${find}`);
  lines.splice(index, 1, ...(replace === '' ? [] : [replace]));
  return lines.join('\n');
}

const fromCorpus = (name: string) => readFileSync(join(CORPUS, name));
const googleRange = '74.125.0.0/16\tpermit';

describe('a previous file that is not what we wrote stops the run (exit 1), untouched', () => {
  it.each<[string, string | Buffer, string]>([
    ["not ours (postwhite's output)", fromCorpus('postwhite.cidr'), ':1: the first line is not "'],
    ['empty', fromCorpus('empty.cidr'), ':1: the first line is not "'],
    ['binary (gzip-compressed)', fromCorpus('gzipped.cidr'), ':1: the first line is not "'],
    ['saved with CRLF line ends', GOOD.replace(/\n/g, '\r\n'), ':1: the first line is not "'],
    [
      'truncated in the middle of a line',
      GOOD.slice(0, GOOD.indexOf(googleRange) + 6),
      'the file does not end with a newline (truncated?)',
    ],
    [
      'hand-edited: a space instead of the tab',
      edited(googleRange, '74.125.0.0/16 permit'),
      'is neither a comment nor "RANGE<TAB>permit"',
    ],
    [
      'hand-edited: another action',
      edited(googleRange, '74.125.0.0/16\treject'),
      'the action is "reject", not "permit"',
    ],
    [
      'hand-edited: host bits set',
      edited(googleRange, '74.125.1.1/16\tpermit'),
      '"74.125.1.1/16" has host bits set',
    ],
    [
      'hand-edited: a range with a NUL',
      edited(googleRange, '74.125.0.0/16\0\tpermit'),
      'the prefix length must be a decimal number 0-32',
    ],
    [
      'hand-edited: the record comment above a group deleted',
      edited('# _spf.google.com: v=spf1', ''),
      'a range before the record comment it belongs to',
    ],
  ])('%s', async (_, content, message) => {
    await writeFile(join(workspace, OUTPUT), content);
    const before = await readFile(join(workspace, OUTPUT));
    const run = await generate();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(workspace, OUTPUT)}:`);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('restore it from git, or move it away to start afresh');
    expect(await readFile(join(workspace, OUTPUT))).toEqual(before);
    expect((await readdir(workspace)).sort()).toEqual([OUTPUT, 'spf-allowlist.yml']);
  });
});

describe('damage that still reads as a file of ours has a documented outcome (exit 0)', () => {
  it('whole lines lost at the end: the run rewrites the file whole; the lost sources read as new', async () => {
    const cut = GOOD.indexOf('# == bulk ==');
    await writeFile(join(workspace, OUTPUT), GOOD.slice(0, cut));
    const run = await generate();
    expect(run.code).toBe(0);
    expect(await readFile(join(workspace, OUTPUT), 'utf8')).toBe(GOOD);
    const sources = (JSON.parse(run.stdout) as { sources: { source: string; removed: [] }[] })
      .sources;
    expect(sources.map((s) => s.source)).toEqual([
      'sender mailchimp.com',
      'sender partner.example.org',
      'host smtp.partner.example.org',
      'static 185.12.80.0/22',
    ]);
  });

  it('a well-formed range added by hand: the run removes it and the review says so', async () => {
    await writeFile(
      join(workspace, OUTPUT),
      edited(googleRange, `${googleRange}\n192.0.2.0/24\tpermit`),
    );
    const run = await generate();
    expect(run.code).toBe(0);
    expect(await readFile(join(workspace, OUTPUT), 'utf8')).toBe(GOOD);
    const review = JSON.parse(run.stdout) as {
      sources: { source: string; removed: { range: string }[] }[];
    };
    expect(review.sources).toMatchObject([
      { source: 'sender google.com', removed: [{ range: '192.0.2.0/24' }] },
    ]);
  });
});
