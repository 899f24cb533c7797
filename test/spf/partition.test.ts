// Partition.assignAll must leave exactly what assign() one contribution at a
// time leaves, whenever it agrees to do the work (issue #7: it is the walk's
// shortcut for an include's dozens of ranges). Random partitions below have
// earlier results, doubtful addresses (unflattenable terms) and unknown
// ones, and contributions that are disjoint as an include's pass regions
// are, some still undecided and some not.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DualSet, unionDual } from '../../src/cidr/dual-set.js';
import { formatCidr } from '../../src/cidr/format.js';
import { parseCidr } from '../../src/cidr/parse.js';
import {
  Partition,
  type PassContribution,
  type Regions,
  type SpfResult,
} from '../../src/spf/partition.js';

const RANGES = [
  '192.0.2.0/24',
  '192.0.2.0/26',
  '192.0.2.64/26',
  '192.0.2.128/25',
  '198.51.100.0/24',
  '198.51.100.7/32',
  '203.0.113.0/24',
  '2001:db8::/32',
  '2001:db8::/48',
  '2001:db8:1::/48',
];
const RESULTS: SpfResult[] = ['pass', 'fail', 'softfail', 'neutral', 'permerror'];

const set = fc
  .subarray(RANGES, { minLength: 1 })
  .map((texts) => DualSet.fromCidrs(texts.map((text) => parseCidr(text).cidr)));

const earlierStep = fc.oneof(
  fc.record({ kind: fc.constant('assign' as const), result: fc.constantFrom(...RESULTS), set }),
  fc.record({
    kind: fc.constant('uncertain' as const),
    results: fc.subarray(RESULTS, { minLength: 1 }),
    set,
  }),
  fc.record({ kind: fc.constant('unknown' as const), set }),
);

/** Each set less what the ones before took: disjoint, like an evaluation's pass regions. */
function disjoint(sets: readonly DualSet[]): PassContribution[] {
  let taken = DualSet.EMPTY;
  const contributions: PassContribution[] = [];
  sets.forEach((each, i) => {
    const part = each.subtract(taken);
    taken = taken.union(part);
    const origin = { name: 'inc.test', record: 'v=spf1 ...', term: `ip:${i}` };
    if (!part.isEmpty()) contributions.push({ origin, set: part });
  });
  return contributions;
}

const EARLIER = { name: 'sender.test', record: 'v=spf1 ...', term: 'earlier' };

type EarlierStep = typeof earlierStep extends fc.Arbitrary<infer T> ? T : never;

function partitionAfter(steps: readonly EarlierStep[]): Partition {
  const partition = new Partition(DualSet.universe({ ipv4: true, ipv6: true }));
  for (const step of steps) {
    if (step.kind === 'assign') partition.assign(step.result, step.set, EARLIER);
    else if (step.kind === 'uncertain') partition.markUncertain(step.set, step.results);
    else partition.assignUnknown(step.set);
  }
  return partition;
}

function regionsData(regions: Regions): unknown {
  const cidrs = (each: DualSet) => each.toCidrs().map(formatCidr);
  return {
    pass: regions.pass.map((c) => ({ origin: c.origin, cidrs: cidrs(c.set) })),
    other: [...regions.other].map(([result, each]) => [result, cidrs(each)]).sort(),
    unknown: cidrs(regions.unknown),
  };
}

describe('Partition.assignAll', () => {
  it('gives what assigning each contribution in turn gives, or declines and changes nothing', () => {
    let taken = 0;
    let declined = 0;
    fc.assert(
      fc.property(
        fc.array(earlierStep, { maxLength: 4 }),
        fc.array(set, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...RESULTS),
        fc.tuple(fc.constantFrom(...RESULTS), set),
        (steps, sets, result, [laterResult, later]) => {
          const contributions = disjoint(sets);
          const union = unionDual(contributions.map((c) => c.set));
          const oneByOne = partitionAfter(steps);
          for (const c of contributions) oneByOne.assign(result, c.set, c.origin);
          const atOnce = partitionAfter(steps);
          const before = regionsData(atOnce.regions());
          if (atOnce.assignAll(result, contributions, union)) {
            taken += 1;
            expect(regionsData(atOnce.regions())).toEqual(regionsData(oneByOne.regions()));
            expect(atOnce.undecided.equals(oneByOne.undecided)).toBe(true);
            expect(atOnce.hadUncertainty()).toBe(oneByOne.hadUncertainty());
            // A later term shows that the doubtful addresses left are the same too.
            atOnce.assign(laterResult, later, EARLIER);
            oneByOne.assign(laterResult, later, EARLIER);
            expect(regionsData(atOnce.regions())).toEqual(regionsData(oneByOne.regions()));
          } else {
            declined += 1;
            expect(regionsData(atOnce.regions())).toEqual(before);
          }
        },
      ),
      { numRuns: 1000 },
    );
    // Both branches ran often enough for the comparison to mean something.
    expect(taken).toBeGreaterThan(100);
    expect(declined).toBeGreaterThan(100);
  });
});
