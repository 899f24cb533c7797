// The SPF walk: computes, for one sender domain, the region of the address
// space each check_host result covers (RFC 7208 sections 4 and 5), without
// knowing the connecting address. Records and terms are visited in order;
// each directive decides only what no earlier directive decided.

import { DualSet, unionDual, type FamilySwitches } from '../cidr/dual-set.js';
import type { Family } from '../cidr/types.js';
import type { Resolve } from '../dns/port.js';
import { RFC_LIMITS, type Finding, type FindingKind, type LimitCounts } from './findings.js';
import { expandDomainSpec, macroLetters } from './macro.js';
import { addressesOf, mxAddressesOf, type AddressLookup } from './address-lookup.js';
import { Prefetcher } from './prefetch.js';
import { Partition, type PassOrigin, type Regions, type SpfResult } from './partition.js';
import { withUnqueryableAsNxdomain } from './queryable-name.js';
import { parseSpfRecord } from './record-parser.js';
import { selectSpfRecord } from './record-selection.js';
import type { Directive, MacroString, Qualifier, SpfRecord } from './record-types.js';
import { SpfSyntaxError } from './record-types.js';
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

/** Outcome of one name's record, as seen by the include or redirect that asked. */
interface NameOutcome {
  readonly regions: Regions;
  readonly hasRecord: boolean;
}

export async function evaluateSpf(
  domain: string,
  resolve: Resolve,
  options: WalkOptions,
): Promise<SpfEvaluation> {
  const walk = new Walk(resolve, options);
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

  constructor(
    resolve: Resolve,
    private readonly options: WalkOptions,
  ) {
    this.lookup = { resolve: withUnqueryableAsNxdomain(resolve), families: options.families };
    this.prefetcher = new Prefetcher(this.lookup, options.maxLookups);
  }

  limits(): LimitCounts {
    return {
      lookups: this.lookups,
      voids: Math.max(this.voids[4], this.voids[6]),
      mxNames: this.mxNames,
    };
  }

  async evaluateName(name: string, scope: DualSet, trace: RecordTrace): Promise<NameOutcome> {
    const partition = new Partition(scope);
    const record = await this.fetchRecord(name, partition, trace);
    if (record === 'none') return { regions: partition.regions(), hasRecord: false };
    if (record) {
      trace.record = record.text;
      this.prefetcher.record(name, record);
      this.path.push(name);
      await this.evaluateRecord(name, record, partition, trace);
      this.path.pop();
    }
    return { regions: partition.regions(), hasRecord: true };
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
    const selected = selectSpfRecord(answer.kind === 'answer' ? answer.records : []);
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
    try {
      return parseSpfRecord(selected.text);
    } catch (error) {
      if (!(error instanceof SpfSyntaxError)) throw error;
      trace.record = selected.text;
      this.fail(
        partition,
        trace,
        'permerror',
        'syntax',
        name,
        selected.text,
        error.term,
        error.message,
      );
      return undefined;
    }
  }

  private async evaluateRecord(
    name: string,
    record: SpfRecord,
    partition: Partition,
    trace: RecordTrace,
  ): Promise<void> {
    for (const directive of record.directives) {
      if (partition.isDone()) break;
      const term = newTermTrace(directive.text, QUALIFIER_RESULT[directive.qualifier]);
      trace.terms.push(term);
      await this.evaluateDirective(name, record, directive, partition, term);
    }
    if (partition.isDone()) return;
    // Section 6.1: redirect only applies when no `all` exists in the record.
    const hasAll = record.directives.some((d) => d.mechanism.kind === 'all');
    if (record.redirect && !hasAll) {
      // A redirect passes exactly what its target passes.
      const term = newTermTrace(record.redirect.text, 'pass');
      trace.terms.push(term);
      await this.evaluateRedirect(name, record, record.redirect.value, partition, term);
      return;
    }
    // Section 4.7: no match and no redirect gives neutral.
    partition.assign('neutral', partition.undecided);
  }

  private async evaluateDirective(
    name: string,
    record: SpfRecord,
    directive: Directive,
    partition: Partition,
    term: TermTrace,
  ): Promise<void> {
    const result = QUALIFIER_RESULT[directive.qualifier];
    const origin: PassOrigin = { name, record: record.text, term: directive.text };
    const mechanism = directive.mechanism;
    const report = (kind: FindingKind, severity: Finding['severity'], message: string): void => {
      this.report(kind, severity, name, record.text, directive.text, message);
      term.note = message;
    };
    switch (mechanism.kind) {
      case 'all': {
        const matched = partition.undecided;
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
        this.give(partition, term, result, DualSet.fromCidrs([mechanism.network]), origin);
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
        await this.evaluateAddressMechanism(
          mechanism.kind,
          target,
          mechanism.cidr,
          name,
          record,
          directive,
          partition,
          term,
        );
        return;
      case 'exists':
        await this.evaluateExists(target, result, origin, partition, term, report);
        return;
      case 'include':
        await this.evaluateInclude(target, result, name, record, directive, partition, term);
        return;
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
    const origin: PassOrigin = { name, record: record.text, term: directive.text };
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
      if (!part || partition.undecided.get(family).isEmpty()) continue;
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
    if (this.path.includes(target)) {
      const message = `${termText} leads back to ${target}, which is already on the path ${[...this.path, target].join(' -> ')}`;
      this.report('loop', 'error', name, record.text, termText, message);
      term.note = message;
      partition.assign('permerror', partition.undecided);
      return undefined;
    }
    const child = newRecordTrace(target, via);
    term.child = child;
    const inner = await this.evaluateName(target, partition.undecided, child);
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
    const given = regions.pass.map((c) => partition.assign(result, c.set, c.origin));
    term.matched = unionDual([term.matched, ...regions.pass.map((c) => c.set)]);
    if (result === 'pass') term.passed = unionDual([term.passed, ...given]);
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
    term.matched = term.matched.union(matched);
    const given = partition.assign(result, matched, result === 'pass' ? origin : undefined);
    if (result === 'pass') term.passed = term.passed.union(given);
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
    if (this.lookups === RFC_LIMITS.lookups + 1) {
      this.report(
        'lookup-limit',
        'warning',
        name,
        recordText,
        termText,
        `${termText} is DNS-querying term ${this.lookups}; receivers stop at ${RFC_LIMITS.lookups} (RFC 7208 section 4.6.4) and give permerror`,
      );
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
    if (this.voids[family] !== RFC_LIMITS.voids + 1) {
      return (
        !(this.voids[family] > RFC_LIMITS.voids && this.options.enforceLimits) ||
        this.permerrorFamily(family, partition)
      );
    }
    const other = this.voids[family === 4 ? 6 : 4];
    if (other <= RFC_LIMITS.voids) {
      this.report(
        'void-limit',
        'warning',
        name,
        recordText,
        termText,
        `${termText} is void lookup ${this.voids[family]} (no such name or no records); receivers allow ${RFC_LIMITS.voids} (RFC 7208 section 4.6.4) and give permerror`,
      );
    }
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

function newTermTrace(term: string, result: SpfResult): TermTrace {
  return {
    term,
    result,
    matched: DualSet.EMPTY,
    passed: DualSet.EMPTY,
    note: undefined,
    child: undefined,
  };
}
