// Shared includes (src/spf/shared-includes.ts) must never change a result:
// every sender evaluated by createSpfEvaluator (shared targets walked once)
// must equal evaluateSpf on its own, in regions, findings, limits and trace.
// Random zones below mix everything that makes reuse unsafe (loops, limits,
// void lookups, ptr and macros, failures, overlapping ranges, scopes cut by
// earlier terms), so both the reuse and the fall-back paths are compared.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DualSet } from '../../src/cidr/dual-set.js';
import { formatCidr } from '../../src/cidr/format.js';
import type { DnsResult, RecordData, RecordType, Resolve } from '../../src/dns/port.js';
import { zoneResolver } from '../../src/fixture-dns/zone-resolver.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import type { RecordTrace } from '../../src/spf/trace.js';
import {
  createSpfEvaluator,
  evaluateSpf,
  type SpfEvaluation,
  type SpfEvaluator,
  type WalkOptions,
} from '../../src/spf/walk.js';

// ---- a small random DNS -------------------------------------------------

const NAMES = ['a.test', 'b.test', 'c.test', 'd.test', 'e.test', 'f.test'];
const HOSTS = ['h1.test', 'h2.test', 'h3.test'];
const IP4 = ['192.0.2.0/24', '192.0.2.0/25', '192.0.2.128/26', '198.51.100.0/24', '192.0.0.0/8'];
const IP6 = ['2001:db8::/32', '2001:db8::/48', '2001:db8:1::/48'];
const QUALIFIERS = ['', '+', '-', '~', '?'];

const qualifier = fc.constantFrom(...QUALIFIERS);
const name = fc.constantFrom(...NAMES);
const host = fc.constantFrom(...HOSTS, 'missing.test');

const term = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(qualifier, fc.constantFrom(...IP4)).map(([q, n]) => `${q}ip4:${n}`),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(qualifier, fc.constantFrom(...IP6)).map(([q, n]) => `${q}ip6:${n}`),
  },
  { weight: 5, arbitrary: fc.tuple(qualifier, name).map(([q, n]) => `${q}include:${n}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(qualifier, host, fc.constantFrom('', '/24', '/24//64'))
      .map(([q, h, c]) => `${q}a:${h}${c}`),
  },
  { weight: 1, arbitrary: fc.tuple(qualifier, name).map(([q, n]) => `${q}mx:${n}`) },
  { weight: 1, arbitrary: qualifier.map((q) => `${q}ptr`) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(qualifier, fc.constantFrom('h1.test', 'missing.test', '%{i}.x.test'))
      .map(([q, t]) => `${q}exists:${t}`),
  },
  { weight: 1, arbitrary: fc.constant('include:%{l}.x.test') },
);

const record = fc
  .tuple(
    fc.array(term, { maxLength: 5 }),
    fc.option(qualifier.map((q) => `${q}all`)),
    fc.option(
      name.map((n) => `redirect=${n}`),
      { freq: 4 },
    ),
  )
  .map(([terms, all, redirect]) =>
    [
      'v=spf1',
      ...terms,
      ...(all === null ? [] : [all]),
      ...(redirect === null ? [] : [redirect]),
    ].join(' '),
  );

/** What a name holds: mostly one SPF record, sometimes none, two, a broken one or a failure. */
const nameData = fc.oneof(
  { weight: 12, arbitrary: record.map((text) => ({ kind: 'spf' as const, texts: [text] })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'spf' as const, texts: [] }) },
  {
    weight: 1,
    arbitrary: fc.tuple(record, record).map((texts) => ({ kind: 'spf' as const, texts })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'spf' as const, texts: ['v=spf1 ip4:300.1.1.1'] }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'servfail' as const }) },
);

const hostData = fc.record({
  a: fc.subarray(['192.0.2.10', '198.51.100.20', '203.0.113.5']),
  aaaa: fc.subarray(['2001:db8::10', '2001:db8:1::20']),
});

const zoneArbitrary = fc.record({
  names: fc.tuple(...NAMES.map(() => nameData)),
  mx: fc.tuple(...NAMES.map(() => fc.subarray(HOSTS))),
  hosts: fc.tuple(...HOSTS.map(() => hostData)),
});
type Zone = typeof zoneArbitrary extends fc.Arbitrary<infer Z> ? Z : never;

function resolverOf(zone: Zone): Resolve {
  const answer = (name: string, type: RecordType): DnsResult<RecordData[RecordType]> => {
    const index = NAMES.indexOf(name);
    if (index >= 0) {
      const data = zone.names[index]!;
      if (type === 'TXT') {
        if (data.kind === 'servfail')
          return { kind: 'transient', reason: 'SERVFAIL', message: `${name} SERVFAIL` };
        return { kind: 'answer', records: data.texts.map((text) => [text]) };
      }
      if (type === 'MX') {
        const exchanges = zone.mx[index]!;
        return {
          kind: 'answer',
          records: exchanges.map((exchange, i) => ({ exchange, priority: i })),
        };
      }
      return { kind: 'answer', records: [] };
    }
    const hostIndex = HOSTS.indexOf(name);
    if (hostIndex >= 0) {
      const { a, aaaa } = zone.hosts[hostIndex]!;
      if (type === 'A') return { kind: 'answer', records: a };
      if (type === 'AAAA') return { kind: 'answer', records: aaaa };
      return { kind: 'answer', records: [] };
    }
    return { kind: 'nxdomain' };
  };
  return <T extends RecordType>(name: string, type: T) =>
    Promise.resolve(answer(name.toLowerCase(), type) as DnsResult<RecordData[T]>);
}

// ---- comparing evaluations as plain data -------------------------------

const cidrs = (set: DualSet): string[] => set.toCidrs().map(formatCidr);

function traceData(trace: RecordTrace, addresses: boolean): unknown {
  return {
    name: trace.name,
    via: trace.via,
    record: trace.record,
    problem: trace.problem,
    terms: trace.terms.map((term) => ({
      term: term.term,
      result: term.result,
      addresses: addresses
        ? term.addresses && {
            matched: cidrs(term.addresses.matched),
            passed: cidrs(term.addresses.passed),
          }
        : 'left out',
      note: term.note,
      child: term.child && traceData(term.child, addresses),
    })),
  };
}

function evaluationData(evaluation: SpfEvaluation, addresses: boolean): unknown {
  const { regions } = evaluation;
  return {
    domain: evaluation.domain,
    status: evaluation.status,
    limits: evaluation.limits,
    findings: evaluation.findings,
    pass: regions.pass.map((c) => ({ origin: c.origin, cidrs: cidrs(c.set) })),
    other: [...regions.other]
      .map(([result, set]) => [result, cidrs(set)] as const)
      .filter(([, list]) => list.length > 0)
      .sort(([a], [b]) => a.localeCompare(b)),
    unknown: cidrs(regions.unknown),
    trace: traceData(evaluation.trace, addresses),
  };
}

const withAddresses = (evaluation: SpfEvaluation): unknown => evaluationData(evaluation, true);
const withoutAddresses = (evaluation: SpfEvaluation): unknown => evaluationData(evaluation, false);

const optionsArbitrary = fc.record({
  families: fc.constantFrom(
    { ipv4: true, ipv6: true },
    { ipv4: true, ipv6: false },
    { ipv4: false, ipv6: true },
  ),
  enforceLimits: fc.boolean(),
  maxLookups: fc.constantFrom(3, 10, 40),
  traceSets: fc.boolean(),
});

describe('createSpfEvaluator', () => {
  it('gives every sender exactly what evaluateSpf gives it alone', async () => {
    const total = { walked: 0, reused: 0, walkedAgain: 0 };
    await fc.assert(
      fc.asyncProperty(zoneArbitrary, optionsArbitrary, async (zone, options: WalkOptions) => {
        const resolve = resolverOf(zone);
        const evaluator = createSpfEvaluator(resolve, options);
        // Every name twice: a target is shared once a second walk asks for it.
        const senders = [...NAMES, ...NAMES];
        const shared = await Promise.all(senders.map((sender) => evaluator.evaluate(sender)));
        const alone = await Promise.all(
          senders.map((sender) => evaluateSpf(sender, resolve, options)),
        );
        expect(shared.map(withAddresses)).toEqual(alone.map(withAddresses));
        // Tracing each term's addresses or not changes nothing else.
        const otherTrace = { ...options, traceSets: !options.traceSets };
        const unlikeEvaluator = createSpfEvaluator(resolve, otherTrace);
        const unlikeTraced = await Promise.all(
          senders.map((sender) => unlikeEvaluator.evaluate(sender)),
        );
        expect(unlikeTraced.map(withoutAddresses)).toEqual(alone.map(withoutAddresses));
        const sharing = evaluator.sharing();
        total.walked += sharing.walked;
        total.reused += sharing.reused;
        total.walkedAgain += sharing.walkedAgain;
      }),
      { numRuns: 400 },
    );
    // Both paths ran often: the comparison above covers reuse and falling back.
    expect(total.reused).toBeGreaterThan(400);
    expect(total.walkedAgain).toBeGreaterThan(400);
  });
});

// Cases the random zones above rarely reach: a scope cut down so far that
// the sender's walk stops where the shared walk went on. Senders are
// evaluated one after another, so the first asks for the include alone and
// the later ones are offered the shared walk.
const onlyIpv4 = { ipv4: true, ipv6: false };
const BOTH_FAMILIES = { ipv4: true, ipv6: true };

interface Row {
  readonly name: string;
  readonly families: WalkOptions['families'];
  readonly enforceLimits?: boolean;
  readonly zone: Record<string, unknown>;
  readonly senders: readonly string[];
  readonly sharing: ReturnType<SpfEvaluator['sharing']>;
  /** Finding kinds of the last sender. */
  readonly findings?: readonly string[];
}

describe('createSpfEvaluator: when the shared walk is reused', () => {
  it.each([
    {
      name: 'a popular include is walked once more, then reused by everyone',
      families: BOTH_FAMILIES,
      zone: {
        'p.test': [{ TXT: 'v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all' }],
        's1.test': [{ TXT: 'v=spf1 include:p.test -all' }],
        's2.test': [{ TXT: 'v=spf1 ip4:198.51.100.0/24 include:p.test ~all' }],
        's3.test': [{ TXT: 'v=spf1 -ip4:192.0.2.128/25 include:p.test ~all' }],
      },
      senders: ['s1.test', 's2.test', 's3.test'],
      sharing: { walked: 1, reused: 2, walkedAgain: 0 },
    },
    {
      name: 'not when the scope runs out before a redirect the shared walk followed',
      families: onlyIpv4,
      zone: {
        't.test': [{ TXT: 'v=spf1 ip4:0.0.0.0/1 redirect=r.test' }],
        // Nothing in r.test checks the scope again: only the redirect's own check does.
        'r.test': [{ TXT: 'v=spf1' }],
        'y.test': [{ TXT: 'v=spf1 include:t.test -all' }],
        'x.test': [{ TXT: 'v=spf1 -ip4:128.0.0.0/1 include:t.test -all' }],
      },
      senders: ['y.test', 'x.test'],
      sharing: { walked: 1, reused: 0, walkedAgain: 1 },
    },
    {
      name: 'not when one family runs out before an `a` term counts its void lookups',
      families: BOTH_FAMILIES,
      zone: {
        't.test': [{ TXT: 'v=spf1 a:v4.test a:v4.test/24 -all' }],
        'v4.test': [{ A: '192.0.2.1' }],
        'y.test': [{ TXT: 'v=spf1 include:t.test -all' }],
        'x.test': [{ TXT: 'v=spf1 -ip6:::/0 include:t.test -all' }],
      },
      senders: ['y.test', 'x.test'],
      sharing: { walked: 1, reused: 0, walkedAgain: 1 },
    },
    ...[false, true].map((enforceLimits) => ({
      name: enforceLimits
        ? 'not when limits are enforced and the sender reaches them inside the include'
        : 'with the warning put where the sender reaches the lookup limit inside the include',
      families: onlyIpv4,
      enforceLimits,
      zone: {
        't.test': [{ TXT: 'v=spf1 include:u.test -all' }],
        'u.test': [{ TXT: 'v=spf1 ip4:192.0.2.0/24 -all' }],
        'y.test': [{ TXT: 'v=spf1 include:t.test -all' }],
        'x.test': [{ TXT: `v=spf1 ${'a:v4.test '.repeat(9)}include:t.test -all` }],
        'v4.test': [{ A: '192.0.2.1' }],
      },
      senders: ['y.test', 'x.test'],
      sharing: enforceLimits
        ? { walked: 1, reused: 0, walkedAgain: 1 }
        : { walked: 1, reused: 1, walkedAgain: 0 },
      // Lookup 11 is include:u.test, inside t.test; enforced, it is not followed.
      findings: ['lookup-limit'],
    })),
    {
      name: 'with the warning put where the sender reaches the void limit inside the include',
      families: onlyIpv4,
      zone: {
        't.test': [
          { TXT: 'v=spf1 ip4:192.0.2.0/24 a:gone.test a:gone.test/24 ip4:198.51.100.0/24 -all' },
        ],
        'y.test': [{ TXT: 'v=spf1 include:t.test -all' }],
        'x.test': [{ TXT: 'v=spf1 a:gone.test include:t.test -all' }],
      },
      senders: ['y.test', 'x.test'],
      sharing: { walked: 1, reused: 1, walkedAgain: 0 },
      findings: ['void-limit'],
    },
    {
      name: 'with the warning before what the crossing term itself reports',
      families: onlyIpv4,
      zone: {
        't.test': [{ TXT: 'v=spf1 include:nothing.test -all' }],
        'nothing.test': [{ TXT: 'not spf' }],
        'y.test': [{ TXT: 'v=spf1 include:t.test -all' }],
        'x.test': [{ TXT: `v=spf1 ${'a:v4.test '.repeat(9)}include:t.test -all` }],
        'v4.test': [{ A: '192.0.2.1' }],
      },
      senders: ['y.test', 'x.test'],
      sharing: { walked: 1, reused: 1, walkedAgain: 0 },
      findings: ['lookup-limit', 'include-without-record'],
    },
    {
      name: 'with no void warning when the other family is already past the limit',
      families: BOTH_FAMILIES,
      zone: {
        't.test': [{ TXT: 'v=spf1 a:gone.test -all' }],
        'y.test': [{ TXT: 'v=spf1 include:t.test -all' }],
        'x.test': [{ TXT: 'v=spf1 a:gone.test a:gone.test a:v4.test include:t.test -all' }],
        'v4.test': [{ A: '192.0.2.1' }],
      },
      senders: ['y.test', 'x.test'],
      sharing: { walked: 1, reused: 1, walkedAgain: 0 },
      findings: ['void-limit'],
    },
    {
      name: 'not when the shared walk itself went past the lookup limit',
      families: onlyIpv4,
      zone: {
        't.test': [{ TXT: `v=spf1 ${'a:v4.test '.repeat(11)}-all` }],
        'y.test': [{ TXT: 'v=spf1 include:t.test -all' }],
        'x.test': [{ TXT: 'v=spf1 include:t.test -all' }],
        'v4.test': [{ A: '192.0.2.1' }],
      },
      senders: ['y.test', 'x.test'],
      sharing: { walked: 1, reused: 0, walkedAgain: 1 },
      findings: ['lookup-limit'],
    },
    {
      name: 'not when the shared walk itself went past the void limit',
      families: onlyIpv4,
      zone: {
        't.test': [{ TXT: 'v=spf1 a:gone.test a:gone.test a:gone.test -all' }],
        'y.test': [{ TXT: 'v=spf1 include:t.test -all' }],
        'x.test': [{ TXT: 'v=spf1 include:t.test -all' }],
      },
      senders: ['y.test', 'x.test'],
      sharing: { walked: 1, reused: 0, walkedAgain: 1 },
      findings: ['void-limit'],
    },
  ] as Row[])('$name', async ({ families, enforceLimits, zone, senders, sharing, findings }) => {
    const resolve = zoneResolver(parseZoneData(zone, 'test'));
    const options = {
      families,
      enforceLimits: enforceLimits ?? false,
      maxLookups: 40,
      traceSets: true,
    };
    const evaluator = createSpfEvaluator(resolve, options);
    for (const sender of senders) {
      const alone = await evaluateSpf(sender, resolve, options);
      expect(withAddresses(await evaluator.evaluate(sender))).toEqual(withAddresses(alone));
    }
    expect(evaluator.sharing()).toEqual(sharing);
    const last = await evaluator.evaluate(senders.at(-1)!);
    expect(last.findings.map((f) => f.kind)).toEqual(findings ?? []);
  });
});
