// Issue #8 scopes 2 and 5, answers a stranger may publish: CNAME chains and
// loops at an SPF name, huge TXT answers, include trees 1,000 deep or 10,000
// wide. Each runs the CLI's code against the in-process server after a good
// run and checks the outcome, the exit code, the output bytes, and that the
// queries a run sends stay bounded by the `limits:` keys (issue #8 scope 5).
//
// README "Failure behaviour" rows backed here: "a CNAME chain at an SPF
// name", "a CNAME loop at an SPF name", "a TXT answer of 10,000 strings or 64
// KiB", "a TXT answer over limits.max-txt-bytes", "an include tree deeper or
// wider than limits.max-lookups-per-domain", "more queries than
// limits.max-queries-per-run".

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import {
  BASE_ZONE,
  expectOnlyStaleMarks,
  FaultWorkspace,
  outcomeOf,
  OUTPUT,
  type ConfigExtras,
  type Zone,
} from './fault-workspace.js';

/** servers.mcsv.net's record in the base zone: mailchimp.com includes it. */
const MAILCHIMP_RECORD = 'v=spf1 ip4:205.201.128.0/20 ip4:198.2.128.0/18 ip4:148.105.8.0/21 ?all';

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: parseZoneData(BASE_ZONE, 'pipeline') });
});

afterAll(async () => {
  await server.close();
});

interface Scenario {
  readonly before: Record<string, string>;
  readonly after: Record<string, string>;
  readonly run: Awaited<ReturnType<FaultWorkspace['generate']>>;
  /** Questions the server received during the second run. */
  readonly queries: readonly string[];
}

/**
 * A good run on the base zone with the default config, then a run with
 * `changes` merged into the zone and `extras` into the config.
 */
async function scenario(changes: Zone, extras: ConfigExtras = {}): Promise<Scenario> {
  const workspace = await FaultWorkspace.create();
  try {
    server.setZone(parseZoneData(BASE_ZONE, 'base'));
    await workspace.goodRun(server.address);
    await workspace.configure(extras);
    const before = await workspace.files();
    server.setZone(parseZoneData({ ...BASE_ZONE, ...changes }, 'scenario'));
    const seen = server.queries.length;
    const run = await workspace.generate(server.address);
    const queries = server.queries.slice(seen).map((q) => `${q.type} ${q.name}`);
    return { before, after: await workspace.files(), run, queries };
  } finally {
    await workspace.remove();
  }
}

/** An include chain servers.mcsv.net -> d1 -> ... -> d{depth}, whose last link holds the ranges. */
function deepChain(depth: number): Zone {
  const zone: Zone = { 'servers.mcsv.net': [{ TXT: 'v=spf1 include:d1.deep.test ?all' }] };
  for (let level = 1; level < depth; level += 1) {
    zone[`d${level}.deep.test`] = [{ TXT: `v=spf1 include:d${level + 1}.deep.test -all` }];
  }
  zone[`d${depth}.deep.test`] = [{ TXT: MAILCHIMP_RECORD }];
  return zone;
}

/** servers.mcsv.net includes 100 names, each including 100 leaves: 10,000 leaf records. */
function wideTree(): Zone {
  const includes = (names: string[]) => `v=spf1 ${names.map((n) => `include:${n}`).join(' ')} -all`;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const zone: Zone = {
    'servers.mcsv.net': [{ TXT: includes(range(100).map((i) => `w${i}.wide.test`)) }],
  };
  for (const i of range(100)) {
    zone[`w${i}.wide.test`] = [{ TXT: includes(range(100).map((j) => `l${j}.w${i}.wide.test`)) }];
    for (const j of range(100)) {
      zone[`l${j}.w${i}.wide.test`] = [{ TXT: `v=spf1 ip4:185.${i}.${j}.0/24 -all` }];
    }
  }
  return zone;
}

describe('CNAMEs at an SPF name', () => {
  it('a CNAME chain is followed: same ranges, file byte-identical', async () => {
    const { before, after, run } = await scenario({
      'servers.mcsv.net': [{ CNAME: 'spf1.mcsv.test' }],
      'spf1.mcsv.test': [{ CNAME: 'spf2.mcsv.test' }],
      'spf2.mcsv.test': [{ TXT: MAILCHIMP_RECORD }],
    });
    expect(run.code).toBe(0);
    expect(outcomeOf(run, 'sender mailchimp.com')?.outcome).toBe('unchanged');
    expect(after).toEqual(before);
  });

  it('a CNAME loop reads as no record: an error, previous block kept as stale', async () => {
    const { before, after, run } = await scenario({
      'servers.mcsv.net': [{ CNAME: 'loop.mcsv.test' }],
      'loop.mcsv.test': [{ CNAME: 'servers.mcsv.net' }],
    });
    expect(run.code).toBe(0);
    expect(outcomeOf(run, 'sender mailchimp.com')).toMatchObject({
      outcome: 'error',
      reason: expect.stringContaining('servers.mcsv.net has no SPF record') as unknown,
    });
    expectOnlyStaleMarks(before, after, 1);
  });
});

describe('huge TXT answers', () => {
  it('an SPF record in 10,000 strings is joined back whole: file byte-identical', async () => {
    // RFC 7208 section 3.3: strings are joined without spaces; empty strings add nothing.
    const strings = [
      ...MAILCHIMP_RECORD.split(''),
      ...Array<string>(10_000 - MAILCHIMP_RECORD.length).fill(''),
    ];
    const { before, after, run } = await scenario({ 'servers.mcsv.net': [{ TXT: strings }] });
    expect(run.code).toBe(0);
    expect(outcomeOf(run, 'sender mailchimp.com')?.outcome).toBe('unchanged');
    expect(after).toEqual(before);
  });

  const bigRecord = { TXT: Array<string>(250).fill('x'.repeat(255)) }; // 63,750 bytes

  it('a 64 KiB TXT answer is within the default limits.max-txt-bytes: read, file byte-identical', async () => {
    const { before, after, run } = await scenario({
      'servers.mcsv.net': [{ TXT: MAILCHIMP_RECORD }, bigRecord],
    });
    expect(run.code).toBe(0);
    expect(outcomeOf(run, 'sender mailchimp.com')?.outcome).toBe('unchanged');
    expect(after).toEqual(before);
  });

  it('over limits.max-txt-bytes, the answer is refused: stale, naming the key', async () => {
    const { before, after, run } = await scenario(
      { 'servers.mcsv.net': [{ TXT: MAILCHIMP_RECORD }, bigRecord] },
      { limits: ['max-txt-bytes: 16384'] },
    );
    expect(run.code).toBe(0);
    expect(outcomeOf(run, 'sender mailchimp.com')).toMatchObject({
      outcome: 'stale',
      reason: expect.stringContaining(
        'its records hold 63820 bytes, more than limits.max-txt-bytes (16384)',
      ) as unknown,
    });
    expectOnlyStaleMarks(before, after, 1);
  });
});

describe('include trees past limits.max-lookups-per-domain', () => {
  const deepQueries = (queries: readonly string[]) =>
    queries.filter((q) => q.endsWith('.deep.test'));

  it('1,000 levels deep: stops at 100 lookups, an error naming the key, previous kept', async () => {
    const { before, after, run, queries } = await scenario(deepChain(1000));
    expect(run.code).toBe(0);
    expect(outcomeOf(run, 'sender mailchimp.com')).toMatchObject({
      outcome: 'error',
      reason: expect.stringContaining('over the hard cap of 100 per domain') as unknown,
    });
    expect(outcomeOf(run, 'sender mailchimp.com')?.reason).toContain('max-lookups-per-domain');
    // mailchimp.com's include and servers.mcsv.net's are lookups 1 and 2.
    expect(deepQueries(queries).length).toBeLessThanOrEqual(100);
    expectOnlyStaleMarks(before, after, 1);
  });

  it('raising limits.max-lookups-per-domain lets the 1,000-deep chain resolve', async () => {
    const { after, run, queries } = await scenario(deepChain(1000), {
      limits: ['max-lookups-per-domain: 1001'],
    });
    expect(run.code).toBe(0);
    expect(outcomeOf(run, 'sender mailchimp.com')?.outcome).toBe('unchanged');
    expect(deepQueries(queries)).toHaveLength(1000);
    expect(after[OUTPUT]).toContain(`# d1000.deep.test: ${MAILCHIMP_RECORD}\n`);
  });

  it('10,000 wide: stops at 100 lookups, an error, previous kept', async () => {
    const { before, after, run, queries } = await scenario(wideTree());
    expect(run.code).toBe(0);
    expect(outcomeOf(run, 'sender mailchimp.com')).toMatchObject({
      outcome: 'error',
      reason: expect.stringContaining('over the hard cap of 100 per domain') as unknown,
    });
    // The walk and its prefetch (spf/prefetch.ts) each stop at the cap.
    const distinct = new Set(queries.filter((q) => q.endsWith('.wide.test')));
    expect(distinct.size).toBeLessThanOrEqual(2 * 100);
    expectOnlyStaleMarks(before, after, 1);
  });
});

describe('limits.max-queries-per-run', () => {
  it('past it every query fails: too many sources stale fails the run, nothing changes', async () => {
    const { before, after, run, queries } = await scenario(
      {},
      { limits: ['max-queries-per-run: 5'] },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('could not be refreshed');
    expect(queries.length).toBeLessThanOrEqual(5 + 5); // each TCP retry is a second question
    expect(after).toEqual(before);
  });

  it('each failure names the key (seen when the policy lets the run finish)', async () => {
    const { before, after, run } = await scenario(
      {},
      { limits: ['max-queries-per-run: 5'], policy: ['max-failed-percent: 100'] },
    );
    expect(run.code).toBe(0);
    const stale = run.outcomes.filter((o) => o.outcome === 'stale');
    expect(stale.length).toBeGreaterThan(0);
    for (const o of stale) expect(o.reason).toContain('the limit of limits.max-queries-per-run');
    expectOnlyStaleMarks(before, after, stale.length);
  });
});
