// How each source ended a run (issue #4 scope 2), and what made it worth a
// reviewer's attention.

import type { Cidr } from '../cidr/types.js';
import type { SourceKind } from '../allowlist/model.js';

export type Outcome =
  /** Resolved; its ranges differ from the previous file's (or it is new). */
  | 'updated'
  /** Resolved to exactly the previous ranges. */
  | 'unchanged'
  /** A transient failure: the previous block is kept as it was. */
  | 'stale'
  /** Stale for longer than policy.keep-stale-days: removed. */
  | 'dropped'
  /** NXDOMAIN, no SPF record, or no A/AAAA: removed. */
  | 'gone'
  /** +all, a resolving static exists:, or everything passes: refused, previous kept as stale. */
  | 'unsafe'
  /** A permerror: previous block kept as stale. */
  | 'error';

export interface RefusedRange {
  readonly cidr: Cidr;
  /** The record (or config entry) that published it. */
  readonly origin: string;
  readonly reason: string;
}

export interface SourceOutcome {
  readonly section: string;
  readonly kind: SourceKind;
  readonly name: string;
  readonly outcome: Outcome;
  /** Why it is stale, gone, unsafe, dropped or in error. */
  readonly reason: string | undefined;
  readonly refused: readonly RefusedRange[];
  /** Growth or shrink beyond the policy, and similar flags. */
  readonly flags: readonly string[];
  /** Unflattenable terms, limits, host bits: worth reading, not alarming. */
  readonly warnings: readonly string[];
}

/** Outcomes a reviewer must look at (issue #4 scope 7, `needs-attention`). */
export function needsAttention(outcome: SourceOutcome): boolean {
  return (
    !['updated', 'unchanged'].includes(outcome.outcome) ||
    outcome.refused.length > 0 ||
    outcome.flags.length > 0
  );
}

export function isFailure(outcome: SourceOutcome): boolean {
  return outcome.outcome === 'stale' || outcome.outcome === 'error' || outcome.outcome === 'unsafe';
}
