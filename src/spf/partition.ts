// The pass-set model (DESIGN.md "SPF semantics"): check_host is first-match,
// so a record splits the address space into regions by the result the first
// matching directive gives. This class holds that split while the walk moves
// through a record's directives.

import { DualSet, unionDual } from '../cidr/dual-set.js';
import { ShrinkingSet } from '../cidr/shrinking-set.js';
import type { Family } from '../cidr/types.js';

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
  /** Cut in place term after term; `undecided` makes an immutable copy when asked. */
  private readonly undecidedV4: ShrinkingSet;
  private readonly undecidedV6: ShrinkingSet;
  private undecidedCopy: DualSet | undefined;
  /** Undecided addresses an unflattenable term may already have decided. */
  private uncertain = DualSet.EMPTY;
  private readonly uncertainResults = new Set<SpfResult>();
  private readonly pass: PassContribution[] = [];
  private readonly other = new Map<Exclude<SpfResult, 'pass'>, DualSet>();
  private unknown = DualSet.EMPTY;

  constructor(scope: DualSet) {
    this.undecidedV4 = new ShrinkingSet(scope.v4);
    this.undecidedV6 = new ShrinkingSet(scope.v6);
    this.undecidedCopy = scope;
  }

  get undecided(): DualSet {
    this.undecidedCopy ??= DualSet.of(this.undecidedV4.toSet(), this.undecidedV6.toSet());
    return this.undecidedCopy;
  }

  isDone(): boolean {
    return this.undecidedV4.isEmpty() && this.undecidedV6.isEmpty();
  }

  /** Whether no address of `family` is left undecided. */
  isFamilyDone(family: Family): boolean {
    return (family === 4 ? this.undecidedV4 : this.undecidedV6).isEmpty();
  }

  /**
   * The first directive to match `matched` gives `result` to the part still
   * undecided. Returns the addresses that certainly got `result` here.
   */
  assign(result: SpfResult, matched: DualSet, origin?: PassOrigin): DualSet {
    const hit = this.undecidedPart(matched);
    if (hit.isEmpty()) return hit;
    this.removeUndecided(hit);
    const certainOutright = this.uncertainResultsAre(result);
    const doubtful = certainOutright ? DualSet.EMPTY : hit.intersect(this.uncertain);
    const certain = hit.subtract(doubtful);
    this.uncertain = this.uncertain.subtract(hit);
    this.unknown = this.unknown.union(doubtful);
    if (!certain.isEmpty()) this.record(result, certain, origin);
    return certain;
  }

  /**
   * assign() for each of `contributions` in turn, all at once: `union` is
   * theirs, and they are disjoint (an evaluation's pass regions). Done only
   * when every address of the union is still undecided and none of it in
   * doubt, so that each would be given whole; false, with nothing changed,
   * otherwise. One containment test instead of one per contribution: an
   * include of Google's or Microsoft's dozens of ranges is the walk's
   * commonest step (issue #7).
   */
  assignAll(
    result: SpfResult,
    contributions: readonly PassContribution[],
    union: DualSet,
  ): boolean {
    if (this.undecidedPart(union) !== union) return false;
    if (!this.uncertainResultsAre(result) && union.overlaps(this.uncertain)) return false;
    if (union.isEmpty()) return true;
    this.removeUndecided(union);
    this.uncertain = this.uncertain.subtract(union);
    if (result === 'pass') this.pass.push(...contributions);
    else this.record(result, union, undefined);
    return true;
  }

  /**
   * A term we cannot evaluate may give any of `possible` to any undecided
   * address in `affected`, or let it through to the next term.
   */
  markUncertain(affected: DualSet, possible: Iterable<SpfResult>): void {
    const part = this.undecidedPart(affected);
    if (part.isEmpty()) return;
    this.uncertain = this.uncertain.union(part);
    for (const result of possible) this.uncertainResults.add(result);
  }

  /** Addresses another evaluation already found unknown. */
  assignUnknown(affected: DualSet): void {
    const part = this.undecidedPart(affected);
    this.removeUndecided(part);
    this.uncertain = this.uncertain.subtract(part);
    this.unknown = this.unknown.union(part);
  }

  /** Whether some addresses' results depend on the sender's identity (see markUncertain). */
  hadUncertainty(): boolean {
    return this.uncertainResults.size > 0 || !this.unknown.isEmpty();
  }

  regions(): Regions {
    return { pass: this.pass, other: this.other, unknown: this.unknown };
  }

  /** `set` intersected with the undecided addresses; `set` itself when all of it is undecided. */
  private undecidedPart(set: DualSet): DualSet {
    const v4 = this.undecidedV4.partOf(set.v4);
    const v6 = this.undecidedV6.partOf(set.v6);
    return v4 === set.v4 && v6 === set.v6 ? set : DualSet.of(v4, v6);
  }

  private removeUndecided(set: DualSet): void {
    if (set.isEmpty()) return;
    this.undecidedV4.remove(set.v4);
    this.undecidedV6.remove(set.v6);
    this.undecidedCopy = undefined;
  }

  private uncertainResultsAre(result: SpfResult): boolean {
    if (this.uncertainResults.size === 0) return true; // mostly: no iterator to make
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

/**
 * Unions already made, by contribution list, with how many contributions
 * they cover (a partition's list grows until its walk is done): a shared
 * include's list reaches thousands of senders (shared-includes.ts).
 */
const passSets = new WeakMap<
  readonly PassContribution[],
  { readonly count: number; readonly set: DualSet }
>();

export function passSet(regions: Regions): DualSet {
  return unionOfContributions(regions.pass);
}

export function unionOfContributions(pass: readonly PassContribution[]): DualSet {
  const known = passSets.get(pass);
  if (known?.count === pass.length) return known.set;
  const set = unionDual(pass.map((c) => c.set));
  rememberPassSet(pass, set);
  return set;
}

/** For a list whose union is known without merging it (shared-includes.ts). */
export function rememberPassSet(pass: readonly PassContribution[], set: DualSet): void {
  passSets.set(pass, { count: pass.length, set });
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
