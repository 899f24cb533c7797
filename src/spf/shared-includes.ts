// Shared includes (issue #7): thousands of senders include the same few
// records (spf.protection.outlook.com, _spf.google.com), and walking each
// one again under every sender's scope was most of a run's CPU and memory.
// Here a target is walked once per run over the whole address space, by a
// walk of its own (fresh counters, its own loop path), and each sender gets
// that outcome cut down to its scope instead of walking it.
//
// Cutting down is exact only when the sender's walk would have gone the
// same way, address by address (RFC 7208 sections 4.6 and 5: the first
// matching term decides, each address on its own). What can differ, and is
// checked before reuse, falling back to a real walk:
// - a term the shared walk ran because undecided addresses were left, where
//   none of the sender's scope is left (the sender's walk stops there, so
//   it counts fewer lookups and reports fewer findings);
// - the section 4.6.4 counters: the sender's own count plus the shared
//   walk's may reach a limit that the shared walk never did. Past the
//   limits a receiver gives permerror, so when limits are enforced that
//   changes the regions; otherwise it only adds the one warning, which is
//   put where the sender's walk would have reported it;
// - loops: the sender's include path may already hold a name the shared
//   walk reaches;
// - terms that need the sender's identity (ptr, %{i}): they leave results
//   uncertain, and what an uncertain address gets depends on the scope.
// With none of these, each region of the sender's walk is the shared region
// intersected with the scope; each term's `passed` too, and its `matched`
// where that was cut from the undecided addresses (all, exists, include,
// redirect); lookups, voids, MX counts and findings are the same.

import { DualSet } from '../cidr/dual-set.js';
import type { Family } from '../cidr/types.js';
import {
  lookupLimitFinding,
  RFC_LIMITS,
  voidLimitFinding,
  type CountedTerm,
  type Finding,
} from './findings.js';
import {
  rememberPassSet,
  unionOfContributions,
  type PassContribution,
  type Regions,
  type SpfResult,
} from './partition.js';
import type { RecordTrace, TermAddresses, TermTrace } from './trace.js';

/** Outcome of one name's record, as seen by the include or redirect that asked. */
export interface NameOutcome {
  readonly regions: Regions;
  readonly hasRecord: boolean;
}

/** What a walk notes for reuse; only the walk of a shared target is given one. */
export interface WalkRecorder {
  /** The walk went on because some of `undecided` was left (one family's, or both). */
  wentOn(undecided: DualSet): void;
  /** An include or redirect target the walk reached (loop detection depends on these). */
  reached(target: string): void;
  /** A term whose `matched` is taken from the undecided addresses, so from the scope. */
  matchedFromScope(term: TermTrace): void;
  /** Some addresses' results depend on the sender's identity. */
  uncertain(): void;
  /** A DNS-querying term (family undefined) or a void lookup of `family` was counted. */
  counted(event: CountEvent): void;
}

export interface CountEvent extends CountedTerm {
  readonly family: Family | undefined;
  /** How many findings the walk had reported before this count. */
  readonly findingsBefore: number;
}

/** The walk of one shared target over every address, and what it noted. */
export interface SharedWalk {
  readonly outcome: NameOutcome;
  readonly trace: RecordTrace;
  readonly findings: readonly Finding[];
  readonly lookups: number;
  readonly voids: { readonly 4: number; readonly 6: number };
  readonly mxNames: number;
  readonly notes: WalkNotes;
}

export class WalkNotes implements WalkRecorder {
  readonly wentOnWith: DualSet[] = [];
  readonly targets = new Set<string>();
  readonly fromScope = new Set<TermTrace>();
  readonly counts: CountEvent[] = [];
  hadUncertainty = false;

  wentOn(undecided: DualSet): void {
    this.wentOnWith.push(undecided);
  }

  reached(target: string): void {
    this.targets.add(target);
  }

  matchedFromScope(term: TermTrace): void {
    // Read only to cut a term's traced addresses (restrictAddresses).
    if (term.addresses !== undefined) this.fromScope.add(term);
  }

  uncertain(): void {
    this.hadUncertainty = true;
  }

  counted(event: CountEvent): void {
    this.counts.push(event);
  }
}

/** The state of the walk that asks, as far as reuse depends on it. */
export interface Caller {
  readonly lookups: number;
  readonly voids: { readonly 4: number; readonly 6: number };
  /** Names on its include/redirect path. */
  readonly path: readonly string[];
  readonly options: { readonly enforceLimits: boolean; readonly maxLookups: number };
}

/** What the caller takes over from a shared walk. */
export interface Reuse {
  readonly outcome: NameOutcome;
  /** The shared walk's findings, with the limit warnings the caller's counts reach. */
  readonly findings: readonly Finding[];
}

/** One walk per target per run; every asker awaits the same one. */
export class SharedIncludes {
  private readonly walks = new Map<string, Promise<SharedWalk>>();
  private readonly askedOnce = new Set<string>();
  private reused = 0;
  private walkedAgain = 0;

  constructor(
    private readonly walkShared: (target: string) => Promise<SharedWalk>,
    /** Hands the finished walk to its waiters a few at a time (see createPacer). */
    private readonly pace: <T>(ready: Promise<T>) => Promise<T> = (ready) => ready,
  ) {}

  /**
   * The shared walk of `target`, or undefined the first time it is asked
   * for: then the asker walks it itself. Most targets are asked for once
   * (a sender's own redirect or sub-record), and a shared walk costs more
   * than a walk, so one is started only when a second asker shows that the
   * target is shared.
   */
  walkOf(target: string): Promise<SharedWalk> | undefined {
    let walk = this.walks.get(target);
    if (walk === undefined) {
      if (!this.askedOnce.has(target)) {
        this.askedOnce.add(target);
        return undefined;
      }
      walk = this.walkShared(target);
      this.walks.set(target, walk);
    }
    return this.pace(walk);
  }

  /** The shared outcome cut down to `scope`, or undefined when the caller must walk it itself. */
  reuse(shared: SharedWalk, scope: DualSet, caller: Caller): Reuse | undefined {
    if (!isReusable(shared, scope, caller)) {
      this.walkedAgain += 1;
      return undefined;
    }
    this.reused += 1;
    const { regions, hasRecord } = shared.outcome;
    return {
      outcome: { regions: restrictRegions(regions, scope), hasRecord },
      findings: withLimitWarnings(shared, caller),
    };
  }

  /** For the benchmark and tests: targets walked, outcomes reused, and walks done again. */
  stats(): { walked: number; reused: number; walkedAgain: number } {
    return { walked: this.walks.size, reused: this.reused, walkedAgain: this.walkedAgain };
  }
}

function isReusable(shared: SharedWalk, scope: DualSet, caller: Caller): boolean {
  const { notes } = shared;
  if (notes.hadUncertainty) return false;
  if (shared.findings.some((finding) => finding.kind === 'loop')) return false;
  // Section 4.6.4. The shared walk's own findings must not depend on its
  // counts; past a limit, only a warning may differ, and only when not enforced.
  const { enforceLimits, maxLookups } = caller.options;
  if (shared.lookups > RFC_LIMITS.lookups) return false;
  const lookups = caller.lookups + shared.lookups;
  if (lookups > maxLookups || (enforceLimits && lookups > RFC_LIMITS.lookups)) return false;
  for (const family of [4, 6] as const) {
    if (shared.voids[family] > RFC_LIMITS.voids) return false;
    const voids = caller.voids[family] + shared.voids[family];
    if (enforceLimits && voids > RFC_LIMITS.voids) return false;
  }
  // A name on the caller's path reached again is a loop for the caller. The
  // shared walk, going on down the same path, then reports a loop of its own
  // (checked above) in every case found so far; this stays as a cheap guard.
  if (caller.path.some((name) => notes.targets.has(name))) return false;
  return notes.wentOnWith.every((undecided) => undecided.overlaps(scope));
}

/**
 * The shared walk's findings with the warnings that the caller's counts,
 * carried on through the shared walk's, reach inside it: each where the
 * caller's walk would have reported it (walk.ts countLookup, countVoid).
 */
function withLimitWarnings(shared: SharedWalk, caller: Caller): readonly Finding[] {
  let lookups = caller.lookups;
  const voids = { ...caller.voids };
  const warnings: { readonly at: number; readonly finding: Finding }[] = [];
  for (const event of shared.notes.counts) {
    const at = event.findingsBefore;
    if (event.family === undefined) {
      lookups += 1;
      if (lookups === RFC_LIMITS.lookups + 1) {
        warnings.push({ at, finding: lookupLimitFinding(event, lookups) });
      }
      continue;
    }
    voids[event.family] += 1;
    const other = voids[event.family === 4 ? 6 : 4];
    if (voids[event.family] === RFC_LIMITS.voids + 1 && other <= RFC_LIMITS.voids) {
      warnings.push({ at, finding: voidLimitFinding(event, voids[event.family]) });
    }
  }
  if (warnings.length === 0) return shared.findings;
  const findings: Finding[] = [];
  let next = 0;
  shared.findings.forEach((finding, i) => {
    while (warnings[next] !== undefined && warnings[next]!.at <= i)
      findings.push(warnings[next++]!.finding);
    findings.push(finding);
  });
  for (; next < warnings.length; next++) findings.push(warnings[next]!.finding);
  return findings;
}

function restrictRegions(regions: Regions, scope: DualSet): Regions {
  const pass = restrictPass(regions.pass, scope);
  const other = new Map<Exclude<SpfResult, 'pass'>, DualSet>();
  let sameOther = true;
  for (const [result, set] of regions.other) {
    const part = set.intersect(scope);
    if (part !== set) sameOther = false;
    if (!part.isEmpty()) other.set(result, part);
  }
  if (pass === regions.pass && sameOther) return regions;
  // The reuse conditions leave nothing unknown (regions.unknown is empty).
  return { pass, other: sameOther ? regions.other : other, unknown: DualSet.EMPTY };
}

/** The list itself when the scope holds all of it, so that its union is made once (passSet). */
function restrictPass(
  pass: readonly PassContribution[],
  scope: DualSet,
): readonly PassContribution[] {
  // One test of the union (made once per list) instead of one per contribution.
  if (scope.containsSet(unionOfContributions(pass))) return pass;
  const restricted: PassContribution[] = [];
  for (const contribution of pass) {
    const set = contribution.set.intersect(scope);
    if (set === contribution.set) restricted.push(contribution);
    else if (!set.isEmpty()) restricted.push({ origin: contribution.origin, set });
  }
  if (
    restricted.every((contribution, i) => contribution === pass[i]) &&
    restricted.length === pass.length
  ) {
    return pass;
  }
  // The union of the parts is the part of the union: one intersection, no merge.
  rememberPassSet(restricted, unionOfContributions(pass).intersect(scope));
  return restricted;
}

/** The shared walk's trace as the caller's walk would have written it under `scope`. */
export function restrictTrace(
  trace: RecordTrace,
  scope: DualSet,
  fromScope: ReadonlySet<TermTrace>,
): RecordTrace {
  const terms = trace.terms.map((term) => restrictTerm(term, scope, fromScope));
  return terms.every((term, i) => term === trace.terms[i]) ? trace : { ...trace, terms };
}

function restrictTerm(
  term: TermTrace,
  scope: DualSet,
  fromScope: ReadonlySet<TermTrace>,
): TermTrace {
  const addresses = term.addresses && restrictAddresses(term.addresses, scope, fromScope.has(term));
  const child = term.child && restrictTrace(term.child, scope, fromScope);
  if (addresses === term.addresses && child === term.child) return term;
  return { ...term, addresses, child };
}

function restrictAddresses(
  addresses: TermAddresses,
  scope: DualSet,
  matchedFromScope: boolean,
): TermAddresses {
  const matched = matchedFromScope ? addresses.matched.intersect(scope) : addresses.matched;
  const passed = addresses.passed.intersect(scope);
  return matched === addresses.matched && passed === addresses.passed
    ? addresses
    : { matched, passed };
}
