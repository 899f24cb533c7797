// The benchmark's synthetic SPF internet: reproducible from its seed and
// shaped like shared/spf/real-world-shapes.md (depth up to 4, shared
// includes, mx and a terms, multi-string records, TXT-heavy apexes).

import { describe, expect, it } from 'vitest';
import { planLookups, type LookupPlan } from '../../src/bench/lookup-plan.js';
import { generateSyntheticInternet } from '../../src/fixture-dns/synthetic-internet.js';
import { zoneResolver } from '../../src/fixture-dns/zone-resolver.js';
import { evaluateSpf } from '../../src/spf/walk.js';

const BOTH = { ipv4: true, ipv6: true };
const internet = generateSyntheticInternet({ senders: 1000, seed: 7 });
const plan = planLookups(internet.zone, internet.senders, BOTH);

/** Longest chain of include/redirect records below a sender's own record. */
function includeDepth(plan: LookupPlan, key: string, memo = new Map<string, number>()): number {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const children = (plan.queries.get(key)?.next ?? []).filter((k) => k.startsWith('TXT '));
  const depth = Math.max(0, ...children.map((k) => 1 + includeDepth(plan, k, memo)));
  memo.set(key, depth);
  return depth;
}

function parentsOf(plan: LookupPlan, key: string): number {
  let count = 0;
  for (const query of plan.queries.values()) if (query.next.includes(key)) count += 1;
  return count;
}

describe('generateSyntheticInternet', () => {
  it('gives the same internet for the same seed and another for another seed', () => {
    const again = generateSyntheticInternet({ senders: 1000, seed: 7 });
    expect(again.zonedata).toEqual(internet.zonedata);
    expect(again.senders).toEqual(internet.senders);
    const other = generateSyntheticInternet({ senders: 1000, seed: 8 });
    expect(other.zonedata).not.toEqual(internet.zonedata);
  });

  it('reaches depth 4 and no deeper', () => {
    const depths = plan.roots.map((root) => includeDepth(plan, root));
    expect(Math.max(...depths)).toBe(4);
  });

  it.each(['spf.protection.outlook.com', '_spf.google.com', 'amazonses.com'])(
    'has many senders share the include %s',
    (name) => {
      expect(parentsOf(plan, `TXT ${name}`)).toBeGreaterThan(20);
    },
  );

  it('has mx and a terms, shared MX hosts and several record types to ask', () => {
    const types = new Set([...plan.queries.values()].map((q) => q.type));
    expect([...types].sort()).toEqual(['A', 'AAAA', 'MX', 'TXT']);
    expect(parentsOf(plan, 'A aspmx.l.google.com')).toBeGreaterThan(5);
  });

  it('splits long records into strings of at most 255 bytes and has TXT-heavy apexes', () => {
    const entries = Object.values(internet.zonedata);
    const txt = entries.flat().flatMap((e) => ('TXT' in e ? [[e.TXT].flat()] : []));
    const spf = txt.filter((strings) => strings.join('').startsWith('v=spf1'));
    expect(spf.flat().every((s) => s.length <= 255)).toBe(true);
    expect(spf.some((strings) => strings.length >= 3)).toBe(true);
    const txtCounts = entries.map((list) => list.filter((e) => 'TXT' in e).length);
    expect(Math.max(...txtCounts)).toBeGreaterThanOrEqual(19);
  });

  it('is valid SPF that walks without errors', async () => {
    const resolve = zoneResolver(internet.zone);
    const options = { families: BOTH, enforceLimits: false, maxLookups: 100, traceSets: false };
    const evaluations = await Promise.all(
      internet.senders.slice(0, 200).map((sender) => evaluateSpf(sender, resolve, options)),
    );
    const statuses = new Set(evaluations.map((e) => e.status));
    expect([...statuses].sort()).toEqual(['none', 'ok']);
    const syntax = evaluations.flatMap((e) => e.findings).filter((f) => f.severity === 'error');
    expect(syntax).toEqual([]);
  });

  it.each([0, -1, 2.5])('rejects %s senders', (senders) => {
    expect(() => generateSyntheticInternet({ senders, seed: 1 })).toThrow(
      `senders must be a whole number of at least 1, got ${senders}`,
    );
  });
});
