// The offline example (examples/offline-snapshot.yml) served two ways: by the
// in-process fixture server and by Knot DNS from generated zone files.
// `generate` must write the same bytes against both, so the fixture server
// answers as a real authoritative server does for data this size.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { renderZoneFiles } from '../../src/fixture-dns/zone-file.js';
import { loadZoneDataFile, type ZoneData } from '../../src/fixture-dns/zonedata.js';
import { KNOTD, startKnotServer, type KnotServer } from '../support/knot-server.js';
import { requireTool } from '../support/require-tool.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

let zone: ZoneData;
let knot: KnotServer | undefined;
let fixture: FixtureDnsServer | undefined;
const outDirs: string[] = [];

/** Runs `generate` on the example config against one server; returns the files it wrote. */
async function generateAgainst(address: string): Promise<Map<string, Buffer>> {
  const outDir = await mkdtemp(join(tmpdir(), 'spf-allowlist-knot-snapshot-'));
  outDirs.push(outDir);
  let stderr = '';
  const code = await runCli(
    [
      'generate',
      '--config',
      join(EXAMPLES, 'spf-allowlist.yml'),
      '--dns-server',
      address,
      '--out-dir',
      outDir,
    ],
    { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } },
  );
  expect(code, `generate against ${address}:\n${stderr}`).toBe(0);
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(outDir)).sort()) {
    files.set(name, await readFile(join(outDir, name)));
  }
  return files;
}

describe.skipIf(!requireTool(KNOTD))('the offline snapshot served by knotd', () => {
  beforeAll(async () => {
    zone = loadZoneDataFile(join(EXAMPLES, 'offline-snapshot.yml'));
    const { zones, notExpressible } = renderZoneFiles(zone);
    expect(notExpressible).toEqual([]);
    [knot, fixture] = await Promise.all([startKnotServer(zones), startFixtureDnsServer({ zone })]);
  });

  afterAll(async () => {
    await Promise.all([knot?.stop(), fixture?.close()]);
    await Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('gives the same allowlist as the in-process server, byte for byte', async () => {
    const fromFixture = await generateAgainst(fixture!.address);
    const fromKnot = await generateAgainst(knot!.address);
    expect([...fromKnot.keys()]).toEqual([...fromFixture.keys()]);
    expect(fromFixture.size).toBeGreaterThan(0);
    for (const [name, bytes] of fromFixture) {
      expect(fromKnot.get(name)?.toString('utf8'), name).toBe(bytes.toString('utf8'));
    }
    // Not an empty agreement: the snapshot's senders are in it.
    expect(fromKnot.get('postscreen_spf_allowlist.cidr')?.toString('utf8')).toContain(
      '# -- sender linkedin.com --',
    );
  });
});
