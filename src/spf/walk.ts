// The SPF walk: computes, for one sender domain, the region of the address
// space each check_host result covers (RFC 7208 sections 4 and 5), without
// knowing the connecting address. Records and terms are visited in order;
// each directive decides only what no earlier directive decided. Walks of
// one run (createSpfEvaluator) share what does not depend on the sender:
// parsed records, term sets, prefetching, and include targets walked once
// (shared-includes.ts says when that gives the very same result).

import { DualSet, unionDual, type FamilySwitches } from '../cidr/dual-set.js';
import type { Cidr, Family } from '../cidr/types.js';
import { createPacer, type Pace } from '../dns/answer-pacer.js';
import type { Resolve } from '../dns/port.js';
import {
  lookupLimitFinding,
  RFC_LIMITS,
  voidLimitFinding,
  type Finding,
  type FindingKind,
  type LimitCounts,
} from './findings.js';
import { expandDomainSpec, macroLetters } from './macro.js';
import { addressesOf, mxAddressesOf, type AddressLookup } from './address-lookup.js';
import { Prefetcher } from './prefetch.js';
import { Partition, passSet, type PassOrigin, type Regions, type SpfResult } from './partition.js';
import { withUnqueryableAsNxdomain } from './queryable-name.js';
import { readSpfRecord } from './record-reading.js';
import type { Directive, MacroString, Qualifier, SpfRecord } from './record-types.js';
import {
  restrictTrace,
  SharedIncludes,
  WalkNotes,
  type NameOutcome,
  type SharedWalk,
  type WalkRecorder,
} from './shared-includes.js';
import { newRecordTrace, type RecordTrace, type TermTrace } from './trace.js';

export interface WalkOptions {
  readonly families: FamilySwitches;
  /**
   * Behave as a receiver would: past the section 4.6.4 limits every address
   * still undecided gets permerror. Off by default when flattening: the
   * addresses are still the sender's, and the limits are reported instead.
   */
  readonly enforceLimits: boolean;
  /** Hard cap on DNS-querying terms per sender domain, whatever enforceLimits says. */
  readonly maxLookups: number;
  /**
   * Record in the trace the addresses each term matched and passed (what
   * `explain` shows). Without them the trace still has every record, term,
   * note and include: enough for the include graph. Working them out for
   * every sender was a third of a cold 50-sender walk's CPU (issue #7).
   */
  readonly traceSets: boolean;
}

export type DomainStatus = 'ok' | 'none' | 'permerror' | 'temperror';

export interface SpfEvaluation {
  readonly domain: string;
  readonly status: DomainStatus;
  readonly regions: Regions;
  readonly limits: LimitCounts;
  readonly findings: readonly Finding[];
  readonly trace: RecordTrace;
}

const QUALIFIER_RESULT: Record<Qualifier, SpfResult> = {
  '+': 'pass',
  '-': 'fail',
  '~': 'softfail',
  '?': 'neutral',
};

const FAMILIES: readonly Family[] = [4, 6];

const NO_RECORDS: readonly (readonly string[])[] = [];

/**
 * One set per ip4/ip6 network: record-reading.ts hands every walk the same
 * parsed record, so the senders that reach a shared include share its
 * terms' sets (in traces and regions) instead of holding a copy each.
 */
const networkSets = new WeakMap<Cidr, DualSet>();

function networkSet(network: Cidr): DualSet {
  let set = networkSets.get(network);
  if (set === undefined) {
    set = DualSet.fromCidrs([network]);
    networkSets.set(network, set);
  }
  return set;
}

export async function evaluateSpf(
  domain: string,
  resolve: Resolve,
  options: WalkOptions,
): Promise<SpfEvaluation> {
  return evaluateWith(new Walk(resolve, options, { pace: unpaced }), domain, options);
}

/** One walk alone has no others to starve. */
const unpaced: Pace = (answer) => answer;

export interface SpfEvaluator {
  evaluate(domain: string): Promise<SpfEvaluation>;
  /** Shared include targets walked, outcomes reused, and reuses refused (walked again). */
  sharing(): { walked: number; reused: number; walkedAgain: number };
}

/**
 * Evaluates many sender domains over one resolver, with the same results as
 * evaluateSpf for each, walking each include or redirect target once for
 * all of them (shared-includes.ts).
 */
export function createSpfEvaluator(resolve: Resolve, options: WalkOptions): SpfEvaluator {
  const prefetched = new Set<string>();
  // Hundreds of senders may wait on one answer or one shared walk: wake them a slice at a time.
  const pace = createPacer();
  const shared: SharedIncludes = new SharedIncludes(
    (target) => walkShared(resolve, options, target, { prefetched, pace }),
    pace,
  );
  return {
    evaluate: (domain) =>
      evaluateWith(new Walk(resolve, options, { shared, prefetched, pace }), domain, options),
    sharing: () => shared.stats(),
  };
}

async function walkShared(
  resolve: Resolve,
  options: WalkOptions,
  target: string,
  context: Pick<WalkContext, 'prefetched' | 'pace'>,
): Promise<SharedWalk> {
  const notes = new WalkNotes();
  const walk = new Walk(resolve, options, { ...context, recorder: notes });
  const trace = newRecordTrace(target, 'shared');
  const outcome = await walk.evaluateName(target, DualSet.universe(options.families), trace);
  return { outcome, trace, findings: walk.findings, ...walk.counters(), notes };
}

async function evaluateWith(
  walk: Walk,
  domain: string,
  options: WalkOptions,
): Promise<SpfEvaluation> {
  const trace = newRecordTrace(domain, 'sender');
  const outcome = await walk.evaluateName(domain, DualSet.universe(options.families), trace);
  return {
    domain,
    status: domainStatus(outcome),
    regions: outcome.regions,
    limits: walk.limits(),
    findings: walk.findings,
    trace,
  };
}

/**
 * One origin per directive: the parsed record is shared (record-reading.ts),
 * so every sender's pass regions from that term point at the same object.
 */
const origins = new WeakMap<Directive, PassOrigin>();

function originOf(name: string, record: SpfRecord, directive: Directive): PassOrigin {
  const known = origins.get(directive);
  if (known?.name === name && known.record === record.text) return known;
  const origin: PassOrigin = { name, record: record.text, term: directive.text };
  origins.set(directive, origin);
  return origin;
}

/** What a walk shares with the other walks of its run, if anything. */
interface WalkContext {
  /** Include and redirect targets walked once for every sender. */
  readonly shared?: SharedIncludes;
  /** Set when this is the walk of a shared target. */
  readonly recorder?: WalkRecorder;
  /** Queries some walk of the run already started (see Prefetcher). */
  readonly prefetched?: Set<string>;
  /**
   * How the walk's own answers are handed to it. The prefetcher gets them
   * unpaced: it only starts the next queries, which should not wait behind
   * other walks' work (issue #7).
   */
  readonly pace: Pace;
}

function domainStatus(outcome: NameOutcome): DomainStatus {
  if (!outcome.hasRecord) return 'none';
  const other = outcome.regions.other;
  if (!(other.get('temperror')?.isEmpty() ?? true)) return 'temperror';
  if (!(other.get('permerror')?.isEmpty() ?? true)) return 'permerror';
  return 'ok';
}

class Walk {
  readonly findings: Finding[] = [];
  private lookups = 0;
  private readonly voids = { 4: 0, 6: 0 };
  private mxNames = 0;
  /** Names on the current include/redirect path, for loop detection. */
  private readonly path: string[] = [];
  private readonly lookup: AddressLookup;
  private readonly prefetcher: Prefetcher;

  private readonly shared: SharedIncludes | undefined;
  private readonly recorder: WalkRecorder | undefined;

  constructor(
    resolve: Resolve,
    private readonly options: WalkOptions,
    context: WalkContext,
  ) {
    const families = options.families;
    const paced: Resolve = (name, type) => context.pace(resolve(name, type));
    this.lookup = { resolve: withUnqueryableAsNxdomain(paced), families };
    this.prefetcher = new Prefetcher(
      { resolve: withUnqueryableAsNxdomain(resolve), families },
      options.maxLookups,
      context.prefetched,
    );
    this.shared = context.shared;
    this.recorder = context.recorder;
  }

  limits(): LimitCounts {
    return {
      lookups: this.lookups,
      voids: Math.max(this.voids[4], this.voids[6]),
      mxNames: this.mxNames,
    };
  }

  counters(): Pick<SharedWalk, 'lookups' | 'voids' | 'mxNames'> {
    return { lookups: this.lookups, voids: { ...this.voids }, mxNames: this.mxNames };
  }

  async evaluateName(name: string, scope: DualSet, trace: RecordTrace): Promise<NameOutcome> {
    const partition = new Partition(scope);
    // The prefetcher starts the record's lookups the moment it is answered;
    // the walk itself gets the answer paced, after other walks' work (issue #7).
    this.prefetcher.spfRecord(name);
    const record = await this.fetchRecord(name, partition, trace);
    if (record === 'none') return { regions: partition.regions(), hasRecord: false };
    if (record) {
      trace.record = record.text;
      this.path.push(name);
      await this.evaluateRecord(name, record, partition, trace);
      this.path.pop();
    }
    if (partition.hadUncertainty()) this.recorder?.uncertain();
    return { regions: partition.regions(), hasRecord: true };
  }

  /** evaluateName under `scope`, or a shared walk's outcome cut down to it when that is the same. */
  private async evaluateTarget(
    target: string,
    scope: DualSet,
    trace: RecordTrace,
  ): Promise<NameOutcome> {
    const walking = this.shared?.walkOf(target);
    if (this.shared === undefined || walking === undefined) {
      return this.evaluateName(target, scope, trace);
    }
    const shared = await walking;
    const caller = { ...this.counters(), path: this.path, options: this.options };
    const reuse = this.shared.reuse(shared, scope, caller);
    if (reuse === undefined) return this.evaluateName(target, scope, trace);
    this.lookups += shared.lookups;
    this.voids[4] += shared.voids[4];
    this.voids[6] += shared.voids[6];
    this.mxNames = Math.max(this.mxNames, shared.mxNames);
    this.findings.push(...reuse.findings);
    // Without addresses, cutting the trace to the scope would change nothing.
    const restricted = this.options.traceSets
      ? restrictTrace(shared.trace, scope, shared.notes.fromScope)
      : shared.trace;
    trace.record = restricted.record;
    trace.problem = restricted.problem;
    trace.terms.push(...restricted.terms);
    return reuse.outcome;
  }

  /** RFC 7208 section 4.4 and 4.5. Errors are given to the whole scope here. */
  private async fetchRecord(
    name: string,
    partition: Partition,
    trace: RecordTrace,
  ): Promise<SpfRecord | 'none' | undefined> {
    const answer = await this.lookup.resolve(name, 'TXT');
    if (answer.kind === 'transient') {
      this.fail(
        partition,
        trace,
        'temperror',
        'dns-transient',
        name,
        undefined,
        undefined,
        answer.message,
      );
      return undefined;
    }
    const selected = readSpfRecord(answer.kind === 'answer' ? answer.records : NO_RECORDS);
    if (selected.kind === 'none') {
      trace.problem = answer.kind === 'nxdomain' ? 'name does not exist' : 'no SPF record';
      return 'none';
    }
    if (selected.kind === 'multiple') {
      this.fail(
        partition,
        trace,
        'permerror',
        'multiple-records',
        name,
        undefined,
        undefined,
        `${name} publishes ${selected.texts.length} SPF records; RFC 7208 section 4.5 makes that a permerror`,
      );
      return undefined;
    }
    if (selected.kind === 'record') return selected.record;
    const { text, error } = selected;
    trace.record = text;
    this.fail(partition, trace, 'permerror', 'syntax', name, text, error.term, error.message);
    return undefined;
  }

  private async evaluateRecord(
    name: string,
    record: SpfRecord,
    partition: Partition,
    trace: RecordTrace,
  ): Promise<void> {
    for (const directive of record.directives) {
      if (partition.isDone()) break;
      this.recorder?.wentOn(partition.undecided);
      const term = newTermTrace(
        directive.text,
        QUALIFIER_RESULT[directive.qualifier],
        this.options.traceSets,
      );
      trace.terms.push(term);
      // Terms without DNS are done at once: no promise, no turn of the queue.
      const pending = this.evaluateDirective(name, record, directive, partition, term);
      if (pending) await pending;
    }
    if (partition.isDone()) return;
    this.recorder?.wentOn(partition.undecided);
    // Section 6.1: redirect only applies when no `all` exists in the record.
    const hasAll = record.directives.some((d) => d.mechanism.kind === 'all');
    if (record.redirect && !hasAll) {
      // A redirect passes exactly what its target passes.
      const term = newTermTrace(record.redirect.text, 'pass', this.options.traceSets);
      trace.terms.push(term);
      await this.evaluateRedirect(name, record, record.redirect.value, partition, term);
      return;
    }
    // Section 4.7: no match and no redirect gives neutral.
    partition.assign('neutral', partition.undecided);
  }

  /** A promise only for the terms that wait on DNS. */
  private evaluateDirective(
    name: string,
    record: SpfRecord,
    directive: Directive,
    partition: Partition,
    term: TermTrace,
  ): Promise<void> | undefined {
    const result = QUALIFIER_RESULT[directive.qualifier];
    const origin = originOf(name, record, directive);
    const mechanism = directive.mechanism;
    const report = (kind: FindingKind, severity: Finding['severity'], message: string): void => {
      this.report(kind, severity, name, record.text, directive.text, message);
      term.note = message;
    };
    switch (mechanism.kind) {
      case 'all': {
        const matched = partition.undecided;
        this.recorder?.matchedFromScope(term);
        this.give(partition, term, result, matched, origin);
        if (result === 'pass')
          report('unsafe', 'error', `${directive.text} lets every address pass`);
        return;
      }
      case 'ip4':
      case 'ip6': {
        if (mechanism.hostBitsSet) {
          report(
            'host-bits',
            'warning',
            `${directive.text} has host bits set; receivers compare only the first ${mechanism.network.prefix} bits, so it means ${mechanism.network.prefix === 0 ? 'everything' : 'the masked network'}`,
          );
        }
        this.give(partition, term, result, networkSet(mechanism.network), origin);
        return;
      }
      case 'ptr': {
        if (!this.countLookup(partition, name, record.text, directive.text, term)) return;
        report(
          'unflattenable',
          'warning',
          `${directive.text} depends on the connecting address's reverse DNS and cannot be turned into ranges`,
        );
        partition.markUncertain(partition.undecided, [result]);
        return;
      }
      case 'a':
      case 'mx':
      case 'exists':
      case 'include':
        break;
    }
    if (!this.countLookup(partition, name, record.text, directive.text, term)) return;
    const target = this.expandTarget(mechanism.domain, name, directive.text, record.text, term);
    if (target === undefined) {
      // Section 7: the term needs the sender's identity; any undecided address may match.
      const errorsPossible: SpfResult[] =
        mechanism.kind === 'include' ? ['permerror', 'temperror'] : [];
      partition.markUncertain(partition.undecided, [result, ...errorsPossible]);
      return;
    }
    switch (mechanism.kind) {
      case 'a':
      case 'mx':
        return this.evaluateAddressMechanism(
          mechanism.kind,
          target,
          mechanism.cidr,
          name,
          record,
          directive,
          partition,
          term,
        );
      case 'exists':
        return this.evaluateExists(target, result, origin, partition, term, report);
      case 'include':
        return this.evaluateInclude(target, result, name, record, directive, partition, term);
    }
  }

  /** Section 5.3 (a) and 5.4 (mx), per family: A for IPv4, AAAA for IPv6. */
  private async evaluateAddressMechanism(
    kind: 'a' | 'mx',
    target: string,
    cidr: { readonly ip4: number; readonly ip6: number },
    name: string,
    record: SpfRecord,
    directive: Directive,
    partition: Partition,
    term: TermTrace,
  ): Promise<void> {
    const result = QUALIFIER_RESULT[directive.qualifier];
    const origin = originOf(name, record, directive);
    const found =
      kind === 'a'
        ? await addressesOf(this.lookup, target, cidr)
        : await mxAddressesOf(this.lookup, target, cidr);
    if (found.mxNames !== undefined) {
      this.mxNames = Math.max(this.mxNames, found.mxNames);
      if (found.mxNames > RFC_LIMITS.mxNames) {
        const message = `${directive.text}: ${target} has ${found.mxNames} MX records, over the limit of ${RFC_LIMITS.mxNames} (RFC 7208 section 4.6.4)`;
        this.report('mx-limit', 'warning', name, record.text, directive.text, message);
        term.note = message;
        if (this.options.enforceLimits) {
          partition.assign('permerror', partition.undecided);
          return;
        }
      }
    }
    for (const family of FAMILIES) {
      const part = found.byFamily[family];
      if (!part || partition.isFamilyDone(family)) continue;
      this.recorder?.wentOn(DualSet.ofFamily(partition.undecided.get(family)));
      if (part.kind === 'transient') {
        const message = `${directive.text}: ${part.message}`;
        this.report('dns-transient', 'error', name, record.text, directive.text, message);
        term.note = message;
        partition.assign('temperror', DualSet.ofFamily(partition.undecided.get(family)));
        continue;
      }
      if (part.void && !this.countVoid(family, partition, name, record.text, directive.text, term))
        continue;
      this.give(partition, term, result, part.set, origin);
    }
  }

  /** Section 5.7: a static `exists` matches every address or none. */
  private async evaluateExists(
    target: string,
    result: SpfResult,
    origin: PassOrigin,
    partition: Partition,
    term: TermTrace,
    report: (kind: FindingKind, severity: Finding['severity'], message: string) => void,
  ): Promise<void> {
    const answer = await this.lookup.resolve(target, 'A');
    if (answer.kind === 'transient') {
      report('dns-transient', 'error', answer.message);
      partition.assign('temperror', partition.undecided);
      return;
    }
    if (answer.kind === 'nxdomain' || answer.records.length === 0) {
      for (const family of FAMILIES) {
        if (!this.options.families[family === 4 ? 'ipv4' : 'ipv6']) continue;
        if (!this.countVoid(family, partition, origin.name, origin.record, origin.term, term))
          return;
      }
      return;
    }
    this.recorder?.matchedFromScope(term);
    this.give(partition, term, result, partition.undecided, origin);
    if (result === 'pass')
      report('unsafe', 'error', `${origin.term} resolves, so every address passes`);
  }

  /** Section 5.2: include matches exactly where the target's result is pass. */
  private async evaluateInclude(
    target: string,
    result: SpfResult,
    name: string,
    record: SpfRecord,
    directive: Directive,
    partition: Partition,
    term: TermTrace,
  ): Promise<void> {
    const inner = await this.evaluateChild(
      target,
      directive.text,
      name,
      record,
      directive.text,
      partition,
      term,
    );
    if (!inner) return;
    this.passThrough(inner.regions, result, partition, term);
    this.copyErrors(inner.regions, partition);
    partition.markUncertain(inner.regions.unknown, [result, 'permerror', 'temperror']);
  }

  /** Section 6.1: the target's result becomes this record's result for what is left. */
  private async evaluateRedirect(
    name: string,
    record: SpfRecord,
    spec: MacroString,
    partition: Partition,
    term: TermTrace,
  ): Promise<void> {
    const text = record.redirect?.text ?? 'redirect';
    if (!this.countLookup(partition, name, record.text, text, term)) return;
    const target = this.expandTarget(spec, name, text, record.text, term);
    if (target === undefined) {
      partition.markUncertain(partition.undecided, [
        'pass',
        'fail',
        'softfail',
        'neutral',
        'permerror',
        'temperror',
      ]);
      partition.assignUnknown(partition.undecided);
      return;
    }
    const inner = await this.evaluateChild(target, text, name, record, text, partition, term);
    if (!inner) return;
    this.passThrough(inner.regions, 'pass', partition, term);
    for (const [other, set] of inner.regions.other) partition.assign(other, set);
    partition.assignUnknown(inner.regions.unknown);
  }

  /** Evaluates an include or redirect target over what is still undecided. */
  private async evaluateChild(
    target: string,
    via: string,
    name: string,
    record: SpfRecord,
    termText: string,
    partition: Partition,
    term: TermTrace,
  ): Promise<NameOutcome | undefined> {
    this.recorder?.reached(target);
    if (this.path.includes(target)) {
      const message = `${termText} leads back to ${target}, which is already on the path ${[...this.path, target].join(' -> ')}`;
      this.report('loop', 'error', name, record.text, termText, message);
      term.note = message;
      partition.assign('permerror', partition.undecided);
      return undefined;
    }
    const child = newRecordTrace(target, via);
    term.child = child;
    const inner = await this.evaluateTarget(target, partition.undecided, child);
    if (!inner.hasRecord) {
      const message = `${termText}: ${target} has no SPF record (${child.problem ?? 'none'}), which RFC 7208 sections 5.2 and 6.1 make a permerror`;
      this.report('include-without-record', 'error', name, record.text, termText, message);
      term.note = message;
      partition.assign('permerror', partition.undecided);
      return undefined;
    }
    return inner;
  }

  /** The target's pass region, given `result` here; one union per family for the trace. */
  private passThrough(
    regions: Regions,
    result: SpfResult,
    partition: Partition,
    term: TermTrace,
  ): void {
    this.recorder?.matchedFromScope(term);
    const matched = passSet(regions);
    // Mostly every contribution is still undecided here: then all are given at once.
    const given = partition.assignAll(result, regions.pass, matched)
      ? undefined
      : regions.pass.map((c) => partition.assign(result, c.set, c.origin));
    const addresses = term.addresses;
    if (addresses === undefined) return;
    addresses.matched = addresses.matched.union(matched);
    if (result !== 'pass') return;
    addresses.passed = addresses.passed.union(given ? unionDual(given) : matched);
  }

  private copyErrors(regions: Regions, partition: Partition): void {
    for (const error of ['permerror', 'temperror'] as const) {
      const set = regions.other.get(error);
      if (set) partition.assign(error, set);
    }
  }

  private give(
    partition: Partition,
    term: TermTrace,
    result: SpfResult,
    matched: DualSet,
    origin: PassOrigin,
  ): void {
    const given = partition.assign(result, matched, result === 'pass' ? origin : undefined);
    const addresses = term.addresses;
    if (addresses === undefined) return;
    addresses.matched = addresses.matched.union(matched);
    if (result === 'pass') addresses.passed = addresses.passed.union(given);
  }

  private expandTarget(
    spec: MacroString | undefined,
    name: string,
    termText: string,
    recordText: string,
    term: TermTrace,
  ): string | undefined {
    if (!spec) return name;
    const expanded = expandDomainSpec(spec, name);
    if (expanded.ok) return expanded.value.toLowerCase().replace(/\.$/, '');
    const letters = macroLetters(spec).filter((l) => l !== 'd');
    const message = `${termText} needs ${letters.map((l) => `%{${l}}`).join(', ')} from each message, so the addresses it allows cannot be listed`;
    this.report('unflattenable', 'warning', name, recordText, termText, message);
    term.note = message;
    return undefined;
  }

  /** Section 4.6.4: the 10 DNS-querying terms limit, plus our own hard cap. */
  private countLookup(
    partition: Partition,
    name: string,
    recordText: string,
    termText: string,
    term: TermTrace,
  ): boolean {
    this.lookups += 1;
    if (this.lookups > this.options.maxLookups) {
      const message = `${termText} is lookup ${this.lookups}, over the hard cap of ${this.options.maxLookups} per domain (config limits.max-lookups-per-domain)`;
      if (this.lookups === this.options.maxLookups + 1) {
        this.report('walk-limit', 'error', name, recordText, termText, message);
      }
      term.note = message;
      partition.assign('permerror', partition.undecided);
      return false;
    }
    const at = { name, record: recordText, term: termText };
    this.recorder?.counted({ ...at, family: undefined, findingsBefore: this.findings.length });
    if (this.lookups === RFC_LIMITS.lookups + 1) {
      this.findings.push(lookupLimitFinding(at, this.lookups));
    }
    if (this.lookups > RFC_LIMITS.lookups && this.options.enforceLimits) {
      term.note = `lookup ${this.lookups} is over the limit of ${RFC_LIMITS.lookups}`;
      partition.assign('permerror', partition.undecided);
      return false;
    }
    return true;
  }

  /** Section 4.6.4: more than two void lookups is a permerror. */
  private countVoid(
    family: Family,
    partition: Partition,
    name: string,
    recordText: string,
    termText: string,
    term: TermTrace,
  ): boolean {
    this.voids[family] += 1;
    const at = { name, record: recordText, term: termText };
    this.recorder?.counted({ ...at, family, findingsBefore: this.findings.length });
    if (this.voids[family] !== RFC_LIMITS.voids + 1) {
      return (
        !(this.voids[family] > RFC_LIMITS.voids && this.options.enforceLimits) ||
        this.permerrorFamily(family, partition)
      );
    }
    const other = this.voids[family === 4 ? 6 : 4];
    if (other <= RFC_LIMITS.voids) this.findings.push(voidLimitFinding(at, this.voids[family]));
    if (!this.options.enforceLimits) return true;
    term.note = `void lookup ${this.voids[family]} is over the limit of ${RFC_LIMITS.voids}`;
    return this.permerrorFamily(family, partition);
  }

  private permerrorFamily(family: Family, partition: Partition): false {
    partition.assign('permerror', DualSet.ofFamily(partition.undecided.get(family)));
    return false;
  }

  private fail(
    partition: Partition,
    trace: RecordTrace,
    result: 'permerror' | 'temperror',
    kind: FindingKind,
    name: string,
    record: string | undefined,
    term: string | undefined,
    message: string,
  ): void {
    trace.problem = message;
    this.report(kind, 'error', name, record, term, message);
    partition.assign(result, partition.undecided);
  }

  private report(
    kind: FindingKind,
    severity: Finding['severity'],
    name: string,
    record: string | undefined,
    term: string | undefined,
    message: string,
  ): void {
    this.findings.push({ kind, severity, name, record, term, message });
  }
}

function newTermTrace(term: string, result: SpfResult, traceSets: boolean): TermTrace {
  const addresses = traceSets ? { matched: DualSet.EMPTY, passed: DualSet.EMPTY } : undefined;
  return { term, result, addresses, note: undefined, child: undefined };
}
