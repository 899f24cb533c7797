// What the walk reports besides the address sets: every record problem,
// unflattenable term and limit, named by domain, record and term.

export type FindingKind =
  | 'no-record' // a name has no SPF record (RFC 7208 section 4.5)
  | 'multiple-records' // two or more SPF records at one name: permerror (section 4.5)
  | 'syntax' // the record does not parse: permerror (section 4.6)
  | 'dns-transient' // SERVFAIL, REFUSED, timeout: temperror (section 2.6.6)
  | 'include-without-record' // include/redirect target has no SPF record: permerror (5.2, 6.1)
  | 'unflattenable' // ptr, or a macro needing the sender's identity (section 7)
  | 'host-bits' // ip4/ip6 with bits set below the prefix (masked, section 5.6)
  | 'lookup-limit' // more than 10 DNS-querying terms (section 4.6.4)
  | 'void-limit' // more than 2 void lookups (section 4.6.4)
  | 'mx-limit' // an mx term with more than 10 MX names (section 4.6.4)
  | 'loop' // an include/redirect chain that comes back to a name on its own path
  | 'walk-limit' // the hard cap on lookups per domain that protects the run
  | 'unsafe'; // +all, a resolving static exists:, or everything passes

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: 'warning' | 'error';
  /** The name whose record holds the term. */
  readonly name: string;
  readonly record: string | undefined;
  readonly term: string | undefined;
  readonly message: string;
}

/** Counts against the RFC 7208 section 4.6.4 limits for one sender domain. */
export interface LimitCounts {
  /** DNS-querying terms (include a mx ptr exists redirect). Limit 10. */
  readonly lookups: number;
  /** Void lookups, the larger of the two families' counts. Limit 2. */
  readonly voids: number;
  /** The largest number of MX names one mx term had to look at. Limit 10. */
  readonly mxNames: number;
}

export const RFC_LIMITS = { lookups: 10, voids: 2, mxNames: 10 } as const;

/** Where a DNS-querying term or a void lookup was counted (section 4.6.4). */
export interface CountedTerm {
  readonly name: string;
  readonly record: string;
  readonly term: string;
}

/** The warning for the term that is DNS-querying term `count` (RFC_LIMITS.lookups + 1). */
export function lookupLimitFinding(at: CountedTerm, count: number): Finding {
  return {
    kind: 'lookup-limit',
    severity: 'warning',
    name: at.name,
    record: at.record,
    term: at.term,
    message: `${at.term} is DNS-querying term ${count}; receivers stop at ${RFC_LIMITS.lookups} (RFC 7208 section 4.6.4) and give permerror`,
  };
}

/** The warning for the term whose lookup is void lookup `count` (RFC_LIMITS.voids + 1). */
export function voidLimitFinding(at: CountedTerm, count: number): Finding {
  return {
    kind: 'void-limit',
    severity: 'warning',
    name: at.name,
    record: at.record,
    term: at.term,
    message: `${at.term} is void lookup ${count} (no such name or no records); receivers allow ${RFC_LIMITS.voids} (RFC 7208 section 4.6.4) and give permerror`,
  };
}
