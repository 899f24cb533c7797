// The pass-set model (DESIGN.md "SPF semantics"): check_host is first-match,
// so a record splits the address space into regions by the result the first
// matching directive gives. This class holds that split while the walk moves
// through a record's directives.

import { DualSet, unionDual } from '../cidr/dual-set.js';

export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'permerror' | 'temperror';

/** Where a passing range was published: the record and the term. */
export interface PassOrigin {
  readonly name: string;
  readonly record: string;
  readonly term: string;
}

export interface PassContribution {
  readonly origin: PassOrigin;
  readonly set: DualSet;
}

/** Final regions of one evaluation. Disjoint; together they cover the scope. */
export interface Regions {
  /** Addresses that certainly get `pass`, split by the term that gives it. */
  readonly pass: readonly PassContribution[];
  readonly other: ReadonlyMap<Exclude<SpfResult, 'pass'>, DualSet>;
  /** Addresses whose result depends on the sender's identity (unflattenable terms). */
  readonly unknown: DualSet;
}

export class Partition {
  private undecidedSet: DualSet;
  /** Undecided addresses an unflattenable term may already have decided. */
  private uncertain = DualSet.EMPTY;
  private readonly uncertainResults = new Set<SpfResult>();
  private readonly pass: PassContribution[] = [];
  private readonly other = new Map<Exclude<SpfResult, 'pass'>, DualSet>();
  private unknown = DualSet.EMPTY;

  constructor(scope: DualSet) {
    this.undecidedSet = scope;
  }

  get undecided(): DualSet {
    return this.undecidedSet;
  }

  isDone(): boolean {
    return this.undecidedSet.isEmpty();
  }

  /**
   * The first directive to match `matched` gives `result` to the part still
   * undecided. Returns the addresses that certainly got `result` here.
   */
  assign(result: SpfResult, matched: DualSet, origin?: PassOrigin): DualSet {
    const hit = matched.intersect(this.undecidedSet);
    if (hit.isEmpty()) return hit;
    this.undecidedSet = this.undecidedSet.subtract(hit);
    const certainOutright = this.uncertainResultsAre(result);
    const doubtful = certainOutright ? DualSet.EMPTY : hit.intersect(this.uncertain);
    const certain = hit.subtract(doubtful);
    this.uncertain = this.uncertain.subtract(hit);
    this.unknown = this.unknown.union(doubtful);
    if (!certain.isEmpty()) this.record(result, certain, origin);
    return certain;
  }

  /**
   * A term we cannot evaluate may give any of `possible` to any undecided
   * address in `affected`, or let it through to the next term.
   */
  markUncertain(affected: DualSet, possible: Iterable<SpfResult>): void {
    const part = affected.intersect(this.undecidedSet);
    if (part.isEmpty()) return;
    this.uncertain = this.uncertain.union(part);
    for (const result of possible) this.uncertainResults.add(result);
  }

  /** Addresses another evaluation already found unknown. */
  assignUnknown(affected: DualSet): void {
    const part = affected.intersect(this.undecidedSet);
    this.undecidedSet = this.undecidedSet.subtract(part);
    this.uncertain = this.uncertain.subtract(part);
    this.unknown = this.unknown.union(part);
  }

  regions(): Regions {
    return { pass: this.pass, other: this.other, unknown: this.unknown };
  }

  private uncertainResultsAre(result: SpfResult): boolean {
    for (const r of this.uncertainResults) if (r !== result) return false;
    return true;
  }

  private record(result: SpfResult, set: DualSet, origin: PassOrigin | undefined): void {
    if (result === 'pass') {
      if (!origin) throw new Error('a pass region needs its origin');
      this.pass.push({ origin, set });
      return;
    }
    this.other.set(result, (this.other.get(result) ?? DualSet.EMPTY).union(set));
  }
}

export function passSet(regions: Regions): DualSet {
  return unionDual(regions.pass.map((c) => c.set));
}

/** The check_host result an address gets, or 'unknown'. */
export function resultFor(
  regions: Regions,
  contains: (set: DualSet) => boolean,
): SpfResult | 'unknown' | undefined {
  if (regions.pass.some((c) => contains(c.set))) return 'pass';
  for (const [result, set] of regions.other) if (contains(set)) return result;
  if (contains(regions.unknown)) return 'unknown';
  return undefined;
}
