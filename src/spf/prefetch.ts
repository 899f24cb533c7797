// The walk evaluates directives one at a time (first match needs the order),
// but their DNS lookups do not depend on each other. The moment a record is
// answered, from the sender's own on, every lookup its terms will need is
// started, and include/redirect records are followed the same way, so the
// whole tree's queries are in flight at once and the walk then finds them
// answered (issue #7: sit on the critical path, not on the sum of
// latencies). The cached resolver shares each answer, so nothing is asked
// twice; the prefetcher gets answers unpaced (walk.ts), as it only sends.

import type { SpfRecord, Mechanism, MacroString } from './record-types.js';
import type { AddressLookup } from './address-lookup.js';
import { expandDomainSpec } from './macro.js';
import { readSpfRecord } from './record-reading.js';

export class Prefetcher {
  /**
   * `budget`: at most this many lookups started (records and terms), like the walk's own cap.
   * `seen`: what was already started, shared by every walk of a run so that
   * thousands of senders do not each go through Google's and Microsoft's
   * trees again only to find every answer cached (issue #7 profile).
   */
  constructor(
    private readonly lookup: AddressLookup,
    private budget: number,
    private readonly seen = new Set<string>(),
  ) {}

  private record(name: string, record: SpfRecord): void {
    for (const directive of record.directives) {
      if (directive.mechanism.kind === 'all') return; // later terms never run
      this.term(name, directive.mechanism);
    }
    if (record.redirect) this.spfRecord(this.target(record.redirect.value, name));
  }

  private term(name: string, mechanism: Mechanism): void {
    switch (mechanism.kind) {
      case 'include':
        this.spfRecord(this.target(mechanism.domain, name));
        return;
      case 'a':
        this.addresses(this.target(mechanism.domain, name));
        return;
      case 'mx':
        this.exchanges(this.target(mechanism.domain, name));
        return;
      case 'exists': {
        const target = this.target(mechanism.domain, name);
        this.start(target && `exists ${target}`, () => this.lookup.resolve(target!, 'A'));
        return;
      }
      default:
        return;
    }
  }

  private target(spec: MacroString | undefined, name: string): string | undefined {
    if (!spec) return name;
    const expanded = expandDomainSpec(spec, name);
    return expanded.ok ? expanded.value.toLowerCase().replace(/\.$/, '') : undefined;
  }

  /** Runs `fetch` once per key while the budget lasts; failures are the walk's to report. */
  private start(key: string | undefined, fetch: () => Promise<unknown>): void {
    if (key === undefined || this.seen.has(key) || this.budget <= 0) return;
    this.seen.add(key);
    this.budget -= 1;
    fetch().catch(() => undefined);
  }

  /** The SPF record of `target`, and once it is answered, what its terms will query. */
  spfRecord(target: string | undefined): void {
    this.start(target && `txt ${target}`, async () => {
      const answer = await this.lookup.resolve(target!, 'TXT');
      if (answer.kind !== 'answer') return;
      const selected = readSpfRecord(answer.records);
      if (selected.kind === 'record') this.record(target!, selected.record);
    });
  }

  private addresses(target: string | undefined): void {
    this.start(target && `a ${target}`, () => Promise.all(this.addressQueries(target!)));
  }

  private exchanges(target: string | undefined): void {
    this.start(target && `mx ${target}`, async () => {
      const answer = await this.lookup.resolve(target!, 'MX');
      if (answer.kind !== 'answer') return;
      await Promise.all(
        answer.records.flatMap((mx) => this.addressQueries(mx.exchange.toLowerCase())),
      );
    });
  }

  private addressQueries(name: string): Promise<unknown>[] {
    return [
      ...(this.lookup.families.ipv4 ? [this.lookup.resolve(name, 'A')] : []),
      ...(this.lookup.families.ipv6 ? [this.lookup.resolve(name, 'AAAA')] : []),
    ];
  }
}
