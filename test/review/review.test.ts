// The review text: headline, attention list, per-source details, the JSON
// twin, and the GitHub body limit.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePostscreen } from '../../src/allowlist/parse-postscreen.js';
import { runCli } from '../../src/cli/run-cli.js';
import { diffAllowlists } from '../../src/review/diff.js';
import { outcomesFromFiles } from '../../src/review/outcomes-from-files.js';
import { buildReview, renderReviewMarkdown } from '../../src/review/review.js';
import { makeCidr } from '../../src/cidr/parse.js';
import type { Allowlist } from '../../src/allowlist/model.js';

const BASE = new URL('../fixtures/pipeline/expected/postscreen_spf_allowlist.cidr', import.meta.url)
  .pathname;
const STALE = new URL('../fixtures/safe-updates/expected/servfail-stale.cidr', import.meta.url)
  .pathname;

function bigAllowlist(sources: number, rangesEach: number): Allowlist {
  const blocks = Array.from({ length: sources }, (_, s) => ({
    kind: 'sender' as const,
    name: `s${s}.example.com`,
    stale: undefined,
    notes: [],
    groups: [
      {
        origin: `s${s}.example.com: v=spf1 ${'ip4:x '.repeat(20)}-all`,
        cidrs: Array.from(
          { length: rangesEach },
          (_, r) => makeCidr(4, BigInt((s * 4096 + r * 2) * 256), 24).cidr,
        ),
        shared: [],
      },
    ],
  }));
  return { configName: 'c.yml', sections: [{ name: 'bulk', blocks }] };
}

describe('review', () => {
  it('diff OLD NEW prints the review of two files', async () => {
    let out = '';
    const code = await runCli(['diff', BASE, STALE], {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: (t: string) => (out += t) },
    });
    expect(code).toBe(0);
    expect(out).toContain('### spf-allowlist: no range changes; 1 stale');
    expect(out).toContain('`sender google.com` **stale**: since 2026-11-21');
  });

  it('diff --json gives the same data as JSON', async () => {
    let out = '';
    await runCli(['diff', STALE, BASE, '--json'], {
      stdout: { write: (t: string) => (out += t) },
      stderr: { write: () => true },
    });
    const json = JSON.parse(out) as {
      headline: string;
      outcomes: { source: string; outcome: string }[];
    };
    expect(json.headline).toBe('no range changes');
    expect(json.outcomes.find((o) => o.source === 'sender google.com')?.outcome).toBe('unchanged');
  });

  it('names the record each added and removed range came from', () => {
    const before = parsePostscreen(readFileSync(BASE, 'utf8'), 'a');
    const after: Allowlist = {
      ...before,
      sections: before.sections.filter((s) => s.name !== 'bulk'),
    };
    const diff = diffAllowlists(before, after);
    const mailchimp = diff.sources.find((s) => s.label === 'sender mailchimp.com');
    expect(mailchimp?.removed.map((r) => r.origin)).toEqual([
      expect.stringContaining('servers.mcsv.net: v=spf1'),
      expect.stringContaining('servers.mcsv.net: v=spf1'),
      expect.stringContaining('servers.mcsv.net: v=spf1'),
    ]);
    expect(mailchimp?.removedIpv4).toBe(22_528n);
  });

  it('collapses the longest sections to stay under the body limit, and says so', () => {
    const after = bigAllowlist(60, 200);
    const review = buildReview(
      diffAllowlists(undefined, after),
      outcomesFromFiles({ ...after, sections: [] }, after),
    );
    const full = renderReviewMarkdown(review, Number.MAX_SAFE_INTEGER);
    expect(full.length).toBeGreaterThan(65_536);
    const body = renderReviewMarkdown(review);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('### spf-allowlist: +');
    expect(body).toContain('Some sections were collapsed');
    expect(body).toContain('Too long to show here.');
  });
});
