// Issue #8 scope 2, DNS faults: `spf-allowlist generate` (the CLI's own code,
// with the real wiring: node resolver, limits, cache, deadline, lock) against
// the in-process server after one good run. Each case checks the exit code,
// each source's outcome, and that the output file changed only as it should:
// not at all when the run fails, only by stale marks when a source is kept.
//
// README "Failure behaviour" rows backed here: "a lookup times out, or gets
// SERVFAIL, REFUSED, garbage or a reply under the wrong ID", "a truncated UDP
// answer whose TCP retry fails", "a whole domain times out", "every lookup
// fails, or the DNS server refuses connections".

import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startFixtureDnsServer,
  type Fault,
  type FixtureDnsServer,
  type ObservedQuery,
} from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import { BASE_ZONE, expectOnlyStaleMarks, FaultWorkspace } from './fault-workspace.js';

let server: FixtureDnsServer;
let workspace: FaultWorkspace;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: parseZoneData(BASE_ZONE, 'pipeline') });
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  workspace = await FaultWorkspace.create();
  server.setFaults(() => undefined);
  return () => workspace.remove();
});

const named =
  (...names: string[]) =>
  (q: ObservedQuery): boolean =>
    names.includes(q.name);
const under =
  (domain: string) =>
  (q: ObservedQuery): boolean =>
    q.name === domain || q.name.endsWith(`.${domain}`);

type Case = [string, (q: ObservedQuery) => boolean, Fault, string[], string];

describe('a fault on some names keeps those sources stale and the rest fresh (exit 0)', () => {
  it.each<Case>([
    [
      'a timeout on one name',
      named('_spf.google.com'),
      { kind: 'drop' },
      ['google.com'],
      'TIMEOUT',
    ],
    ['SERVFAIL', named('_spf.google.com'), { kind: 'servfail' }, ['google.com'], 'SERVFAIL'],
    ['REFUSED', named('servers.mcsv.net'), { kind: 'refused' }, ['mailchimp.com'], 'REFUSED'],
    // RFC 5452 section 4.3: a reply under another ID is ignored, so the query times out.
    [
      'a reply with the wrong ID',
      named('servers.mcsv.net'),
      { kind: 'wrong-id' },
      ['mailchimp.com'],
      'TIMEOUT',
    ],
    [
      'garbage bytes under the right ID',
      named('servers.mcsv.net'),
      { kind: 'garbage' },
      ['mailchimp.com'],
      'EBADRESP',
    ],
    // linkedin.com's TXT answer is over 1232 bytes: UDP says truncated, then TCP is closed on us.
    [
      'a truncated UDP answer whose TCP retry fails',
      named('linkedin.com'),
      { kind: 'tcp-fail' },
      ['linkedin.com'],
      'CONNECTION',
    ],
    [
      'timeouts on a whole domain (2 of 8 sources: not over max-failed-percent 25)',
      under('partner.example.org'),
      { kind: 'drop' },
      ['partner.example.org', 'smtp.partner.example.org'],
      'TIMEOUT',
    ],
  ])('%s', async (_, where, fault, stale, reason) => {
    const before = await workspace.goodRun(server.address);
    server.setFaults((q) => (where(q) ? fault : undefined));
    const run = await workspace.generate(server.address);
    expect(run.code).toBe(0);
    const staleNow = run.outcomes.filter((o) => o.outcome === 'stale');
    const staleNames = staleNow.map((o) => o.source.replace(/^\w+ /, '')).sort();
    if (fault.kind === 'garbage') {
      // Node 24's c-ares fails every query in flight on a socket that got a
      // garbage reply, so other sources may go stale too: never a smaller set.
      expect(staleNames).toEqual(expect.arrayContaining(stale));
    } else {
      expect(staleNames).toEqual([...stale].sort());
      for (const o of staleNow) expect(o.reason).toContain(reason);
    }
    expect(staleNow.find((o) => o.source.endsWith(stale[0]!))?.reason).toContain(reason);
    expect(run.outcomes.filter((o) => !['stale', 'unchanged'].includes(o.outcome))).toEqual([]);
    expectOnlyStaleMarks(before, await workspace.files(), staleNow.length);
  });
});

describe('a fault on too many sources fails the run and changes nothing (exit 1)', () => {
  it('timeouts on everything: every file byte-identical', async () => {
    const before = await workspace.goodRun(server.address);
    server.setFaults(() => ({ kind: 'drop' }));
    const run = await workspace.generate(server.address);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('7 of 8 sources (88%) could not be refreshed');
    expect(await workspace.files()).toEqual(before);
  });

  it('connection refused (nothing listens on the port): every file byte-identical', async () => {
    const before = await workspace.goodRun(server.address);
    const run = await workspace.generate(`127.0.0.1:${await closedPort()}`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('7 of 8 sources (88%) could not be refreshed');
    expect(await workspace.files()).toEqual(before);
  });
});

/** A loopback port that was free a moment ago, with nothing listening on it now. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
