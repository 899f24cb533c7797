// Issue #4 "Done when": each scenario runs the real pipeline against the
// in-process DNS server twice (a good day, then the scenario) and checks the
// written file and the review against expected files.

import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load-config.js';
import { createCachedResolver } from '../../src/dns/cached-resolver.js';
import { createNodeResolver } from '../../src/dns/node-resolver.js';
import { nodeFileStore } from '../../src/files/file-store.js';
import {
  startFixtureDnsServer,
  type Fault,
  type FixtureDnsServer,
} from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import {
  generate,
  RunFailedError,
  type FileReader,
  type GenerateReport,
} from '../../src/pipeline/generate.js';
import { renderReviewMarkdown } from '../../src/review/review.js';

const FIXTURE = new URL('../fixtures/pipeline/', import.meta.url).pathname;
const EXPECTED = '../fixtures/safe-updates/expected';
const OUTPUT = 'postscreen_spf_allowlist.cidr';
type Zone = Record<string, unknown[]>;
const BASE_ZONE = (parse(readFileSync(join(FIXTURE, 'zone.yml'), 'utf8')) as { zonedata: Zone })
  .zonedata;

let server: FixtureDnsServer;
let workspace: string;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: parseZoneData(BASE_ZONE, 'base') });
});

afterAll(async () => {
  await server.close();
});

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-safe-'));
  await copyFile(join(FIXTURE, 'spf-allowlist.yml'), join(workspace, 'spf-allowlist.yml'));
  server.setZone(parseZoneData(BASE_ZONE, 'base'));
  server.setFaults(() => undefined);
  return () => rm(workspace, { recursive: true });
});

async function runOn(today: string, proposed?: FileReader): Promise<GenerateReport> {
  const config = await loadConfig(join(workspace, 'spf-allowlist.yml'));
  const inner = createNodeResolver({
    servers: [{ host: server.host, port: server.port }],
    timeoutMs: 300,
    tries: 1,
  });
  const { resolve } = createCachedResolver(inner, { concurrency: 16 });
  return generate({
    config,
    resolve,
    files: nodeFileStore,
    dryRun: false,
    today,
    ...(proposed && { proposed }),
  });
}

function withRecords(changes: Zone): Zone {
  return { ...BASE_ZONE, ...changes };
}

function faultOn(names: string[], fault: Fault): void {
  server.setFaults((q) => (names.includes(q.name) ? fault : undefined));
}

async function output(): Promise<string> {
  return readFile(join(workspace, OUTPUT), 'utf8');
}

describe('safe updates', () => {
  it('a SERVFAIL on one domain keeps its block, marked stale', async () => {
    await runOn('2026-11-20');
    faultOn(['_spf.google.com'], { kind: 'servfail' });
    const report = await runOn('2026-11-21');
    expect(report.outcomes.find((o) => o.name === 'google.com')?.outcome).toBe('stale');
    expect(report.review.needsAttention).toBe(true);
    await expect(await output()).toMatchFileSnapshot(`${EXPECTED}/servfail-stale.cidr`);
    await expect(renderReviewMarkdown(report.review)).toMatchFileSnapshot(
      `${EXPECTED}/servfail-stale.md`,
    );

    // A later failing day keeps the first day's mark: no churn while it lasts.
    const again = await runOn('2026-11-23');
    expect(again.outputs[0]?.changed).toBe(false);
  });

  it('the same after 8 days drops the block', async () => {
    await runOn('2026-11-20');
    faultOn(['_spf.google.com'], { kind: 'servfail' });
    await runOn('2026-11-21');
    const report = await runOn('2026-11-29');
    const google = report.outcomes.find((o) => o.name === 'google.com');
    expect(google?.outcome).toBe('dropped');
    expect(google?.reason).toContain('stale since 2026-11-21');
    expect(await output()).not.toContain('sender google.com');
    await expect(renderReviewMarkdown(report.review)).toMatchFileSnapshot(
      `${EXPECTED}/stale-dropped.md`,
    );
  });

  describe('while the pull request is unmerged', () => {
    /** The pull request's branch has `text` as the output; the workspace stays at the base. */
    function pullRequestHas(text: string): FileReader {
      return { read: (path) => Promise.resolve(path.endsWith(OUTPUT) ? text : undefined) };
    }

    /** Day 1 good and merged; day 2 fails, and its file goes to the pull request, unmerged. */
    async function proposeOutage(): Promise<{ base: string; proposed: string }> {
      await runOn('2026-11-20');
      const base = await output();
      faultOn(['_spf.google.com'], { kind: 'servfail' });
      await runOn('2026-11-21');
      const proposed = await output();
      await writeFile(join(workspace, OUTPUT), base);
      return { base, proposed };
    }

    it('a continuing outage keeps the date the pull request has: the same file, no update', async () => {
      const { proposed } = await proposeOutage();
      expect(proposed).toContain('# stale since 2026-11-21');
      const report = await runOn('2026-11-22', pullRequestHas(proposed));
      expect(await output()).toBe(proposed);
      expect(report.outcomes.find((o) => o.name === 'google.com')?.reason).toContain(
        'previous ranges kept since 2026-11-21',
      );
    });

    it('without the pull request, the base alone dates the outage today', async () => {
      await proposeOutage();
      await runOn('2026-11-22');
      expect(await output()).toContain('# stale since 2026-11-22');
    });

    it('keep-stale-days counts from the date the pull request has', async () => {
      const { proposed } = await proposeOutage();
      const report = await runOn('2026-11-29', pullRequestHas(proposed));
      const google = report.outcomes.find((o) => o.name === 'google.com');
      expect(google?.outcome).toBe('dropped');
      expect(google?.reason).toContain('stale since 2026-11-21');
    });

    it('the ranges stay the merged ones, and a recovered domain drops the mark', async () => {
      const { base, proposed } = await proposeOutage();
      server.setFaults(() => undefined);
      await runOn('2026-11-22', pullRequestHas(proposed));
      expect(await output()).toBe(base);
    });

    it('a pull request file edited into something unreadable lends no mark', async () => {
      await proposeOutage();
      await runOn('2026-11-22', pullRequestHas('not a postscreen table\n'));
      expect(await output()).toContain('# stale since 2026-11-22');
    });
  });

  it('NXDOMAIN removes the block and flags it', async () => {
    await runOn('2026-11-20');
    const zone = withRecords({});
    delete zone['mailchimp.com'];
    server.setZone(parseZoneData(zone, 'no mailchimp'));
    const report = await runOn('2026-11-21');
    expect(report.outcomes.find((o) => o.name === 'mailchimp.com')).toMatchObject({
      outcome: 'gone',
      reason: 'mailchimp.com: name does not exist',
    });
    expect(report.review.needsAttention).toBe(true);
    expect(await output()).not.toContain('205.201.128.0/20');
    await expect(renderReviewMarkdown(report.review)).toMatchFileSnapshot(
      `${EXPECTED}/nxdomain-gone.md`,
    );
  });

  it('a permerror keeps the previous block as stale', async () => {
    await runOn('2026-11-20');
    server.setZone(
      parseZoneData(
        withRecords({
          'servers.mcsv.net': [{ TXT: 'v=spf1 ip4:205.201.128.0/20 -all' }, { TXT: 'v=spf1 -all' }],
        }),
        'two records',
      ),
    );
    const report = await runOn('2026-11-21');
    expect(report.outcomes.find((o) => o.name === 'mailchimp.com')?.outcome).toBe('error');
    const text = await output();
    expect(text).toContain(
      '# stale since 2026-11-21: error: servers.mcsv.net publishes 2 SPF records',
    );
    expect(text).toContain('205.201.128.0/20\tpermit');
  });

  it('30% of sources timing out fails the run and leaves every file byte-identical', async () => {
    await runOn('2026-11-20');
    const before = await output();
    faultOn(['outlook.com', 'hotmail.com', 'linkedin.com'], { kind: 'drop' });
    const failure = await runOn('2026-11-21').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RunFailedError);
    expect((failure as Error).message).toContain('3 of 8 sources (38%) could not be refreshed');
    expect(await output()).toBe(before);
  });

  it.each([
    ['ip4:0.0.0.0/1', 'broader than /12'],
    ['ip4:10.0.0.0/8', 'overlaps special-purpose space: 10.0.0.0/8'],
  ])('a record publishing %s has it refused and named in the review', async (term, reason) => {
    await runOn('2026-11-20');
    server.setZone(
      parseZoneData(
        withRecords({ 'servers.mcsv.net': [{ TXT: `v=spf1 ip4:205.201.128.0/20 ${term} ?all` }] }),
        term,
      ),
    );
    const report = await runOn('2026-11-21');
    const mailchimp = report.outcomes.find((o) => o.name === 'mailchimp.com');
    expect(mailchimp?.refused.map((r) => r.reason).join()).toContain(reason);
    const review = renderReviewMarkdown(report.review);
    expect(review).toContain('`sender mailchimp.com` refused');
    expect(review).toContain(reason);
    expect(await output()).not.toContain(`${term.slice(4)}\tpermit`);
  });

  it('+all is refused: the domain is unsafe and keeps its previous block as stale', async () => {
    await runOn('2026-11-20');
    server.setZone(
      parseZoneData(withRecords({ 'servers.mcsv.net': [{ TXT: 'v=spf1 +all' }] }), '+all'),
    );
    const report = await runOn('2026-11-21');
    const mailchimp = report.outcomes.find((o) => o.name === 'mailchimp.com');
    expect(mailchimp?.outcome).toBe('unsafe');
    expect(renderReviewMarkdown(report.review)).toContain(
      '`sender mailchimp.com` **unsafe**: +all lets every address pass',
    );
    expect(await output()).not.toContain('0.0.0.0/0\tpermit');
  });

  it('a domain shrinking by 80% is flagged', async () => {
    await runOn('2026-11-20');
    // servers.mcsv.net: /20 + /18 + /21 = 22528 addresses; only the /20 (4096) is left.
    server.setZone(
      parseZoneData(
        withRecords({ 'servers.mcsv.net': [{ TXT: 'v=spf1 ip4:205.201.128.0/20 ?all' }] }),
        'shrink',
      ),
    );
    const report = await runOn('2026-11-21');
    const flags = report.outcomes.find((o) => o.name === 'mailchimp.com')?.flags ?? [];
    expect(flags.join()).toContain('shrank by 81.81% of its IPv4 addresses (22528 to 4096)');
    expect(report.review.needsAttention).toBe(true);
    await expect(renderReviewMarkdown(report.review)).toMatchFileSnapshot(
      `${EXPECTED}/shrink-flagged.md`,
    );
  });

  it('refuses to write an empty table when every source is gone', async () => {
    await writeFile(join(workspace, 'spf-allowlist.yml'), 'senders: [outlook.com, google.com]\n');
    await runOn('2026-11-20');
    const before = await output();
    server.setZone(parseZoneData({}, 'empty'));
    const failure = await runOn('2026-11-21').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RunFailedError);
    expect((failure as Error).message).toContain('has no RANGE<TAB>ACTION entry');
    expect(await output()).toBe(before);
  });

  it('a run with no DNS change changes nothing and needs no attention', async () => {
    await runOn('2026-11-20');
    const report = await runOn('2026-11-21');
    expect(report.outputs[0]?.changed).toBe(false);
    expect(report.review.headline).toBe('no range changes');
    expect(report.review.needsAttention).toBe(false);
  });
});
