// Issue #8 scope 2, slow drip: every answer arrives just inside the per-query
// timeout, so no single query ever times out, yet a 1,000-level include
// chain would take 100 lookups x 250 ms before the lookup cap ends it (and far
// longer with a higher cap). The whole-run deadline (`dns.deadline`) ends it:
// every query still waiting then fails as a timeout naming the key, the
// source is kept stale, and the other sources are unaffected.
//
// README "Failure behaviour" row backed here: "answers drip in just inside
// the per-query timeout".

import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import {
  BASE_ZONE,
  expectOnlyStaleMarks,
  FaultWorkspace,
  outcomeOf,
  type Zone,
} from './fault-workspace.js';

const DRIP_MS = 250; // the per-query timeout is 300 ms (fault-workspace.ts)

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({
    zone: parseZoneData(BASE_ZONE, 'pipeline'),
    latencyMs: (name) => (name.endsWith('.drip.test') ? DRIP_MS : 0),
  });
});

afterAll(async () => {
  await server.close();
});

function dripChain(depth: number): Zone {
  const zone: Zone = { 'servers.mcsv.net': [{ TXT: 'v=spf1 include:d1.drip.test ?all' }] };
  for (let level = 1; level <= depth; level += 1) {
    zone[`d${level}.drip.test`] = [{ TXT: `v=spf1 include:d${level + 1}.drip.test -all` }];
  }
  return zone;
}

it('the whole-run deadline ends answers dripping in just inside the timeout', async () => {
  const workspace = await FaultWorkspace.create();
  try {
    await workspace.goodRun(server.address);
    // Well under the 100 x 250 ms the lookup cap alone would allow.
    await workspace.configure({ dns: ['deadline: 1.5'], limits: ['max-lookups-per-domain: 1000'] });
    const before = await workspace.files();
    server.setZone(parseZoneData({ ...BASE_ZONE, ...dripChain(1000) }, 'drip'));
    const run = await workspace.generate(server.address);
    expect(run.code).toBe(0);
    expect(outcomeOf(run, 'sender mailchimp.com')).toMatchObject({
      outcome: 'stale',
      reason: expect.stringContaining(
        "before the run's deadline of 1.5 s (dns.deadline)",
      ) as unknown,
    });
    expect(run.outcomes.filter((o) => o.outcome !== 'unchanged')).toHaveLength(1);
    expectOnlyStaleMarks(before, await workspace.files(), 1);
  } finally {
    await workspace.remove();
  }
});
