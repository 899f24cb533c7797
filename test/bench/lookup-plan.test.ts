// The benchmark's lower bound: which queries a walk must send, which answer
// each waits for, and the earliest a run could finish.

import { describe, expect, it } from 'vitest';
import { lowerBound, planLookups, type LookupPlan } from '../../src/bench/lookup-plan.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';

const zone = parseZoneData(
  {
    'a.example': [{ SPF: 'v=spf1 include:shared.example mx -all' }, { MX: [10, 'mx.a.example'] }],
    'mx.a.example': [{ A: '192.0.2.1' }, { AAAA: '2001:db8::1' }],
    'b.example': [{ SPF: 'v=spf1 include:mid.example -all' }],
    'mid.example': [{ SPF: 'v=spf1 include:shared.example a:host.example ~all' }],
    'host.example': [{ A: '192.0.2.2' }],
    'shared.example': [{ SPF: 'v=spf1 ip4:192.0.2.0/24 -all' }],
    'c.example': [{ SPF: 'v=spf1 -all include:never.example redirect=ignored.example' }],
    'd.example': [{ SPF: 'v=spf1 redirect=shared.example' }],
    'e.example': [{ SPF: 'v=spf1 exists:%{i}.x.example include:%{d}.d.example ?all' }],
    'none.example': [{ TXT: 'not spf' }],
  },
  'lookup plan test',
);

const SENDERS = ['a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'none.example'];
const BOTH = { ipv4: true, ipv6: true };

function next(plan: LookupPlan, key: string): readonly string[] | undefined {
  return plan.queries.get(key)?.next;
}

describe('planLookups', () => {
  const plan = planLookups(zone, SENDERS, BOTH);

  it.each([
    ['TXT a.example', ['TXT shared.example', 'MX a.example']],
    ['MX a.example', ['A mx.a.example', 'AAAA mx.a.example']],
    ['TXT mid.example', ['TXT shared.example', 'A host.example', 'AAAA host.example']],
    // Terms after `all` never run, and redirect is ignored when `all` exists (RFC 7208 section 6.1).
    ['TXT c.example', []],
    ['TXT d.example', ['TXT shared.example']],
    // exists:%{i} needs the connecting address: no query; %{d} expands to the domain.
    ['TXT e.example', ['TXT e.example.d.example']],
    ['TXT none.example', []],
    ['TXT shared.example', []],
  ])('%s leads to %j', (key, expected) => {
    expect(next(plan, key)).toEqual(expected);
  });

  it('has one entry per distinct (name, type) pair, shared includes once', () => {
    // 6 sender TXT + shared TXT + MX a and its A/AAAA + mid TXT and host A/AAAA + e.example.d.example TXT.
    expect(plan.queries.size).toBe(14);
    expect(plan.roots).toEqual(SENDERS.map((s) => `TXT ${s}`));
  });

  it('asks only the enabled families', () => {
    const v4 = planLookups(zone, ['a.example'], { ipv4: true, ipv6: false });
    expect(next(v4, 'MX a.example')).toEqual(['A mx.a.example']);
  });
});

describe('lowerBound', () => {
  const plan = planLookups(zone, ['a.example', 'b.example'], BOTH);
  // 10 ms per query, except that mid.example's chain to shared.example is slow.
  const cost = (key: string): number => (key === 'TXT mid.example' ? 50 : 10);

  it('takes the earliest of the paths to a shared query and the slowest of all chains', () => {
    const bound = lowerBound(plan, cost, 4);
    // b -> mid (60) -> host A/AAAA (70); shared.example is reached via a.example at 20, not 70.
    expect(bound.criticalPathMs).toBe(70);
    expect(bound.criticalChain).toEqual(['TXT b.example', 'TXT mid.example', 'A host.example']);
  });

  it.each([
    [1, 130],
    [4, 70],
    [100, 70],
  ])('with concurrency %i the bound is %i ms', (concurrency, expected) => {
    // 9 queries: 8 x 10 ms + 50 ms = 130 ms of slot time.
    const bound = lowerBound(plan, cost, concurrency);
    expect(bound.throughputMs).toBeCloseTo(130 / concurrency);
    expect(bound.boundMs).toBeCloseTo(expected);
  });
});
