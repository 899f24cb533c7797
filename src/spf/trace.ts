// The walk's record of what it did, for `explain` and for review text: each
// record, each term, and what each term contributed to the pass set.

import type { DualSet } from '../cidr/dual-set.js';
import type { SpfResult } from './partition.js';

export interface TermTrace {
  readonly term: string;
  /** Result the term gives when it matches (from its qualifier). */
  readonly result: SpfResult;
  /** Only when the walk was asked for them (WalkOptions.traceSets). */
  readonly addresses: TermAddresses | undefined;
  /** Why the term did not contribute as written: unflattenable, error, limit... */
  note: string | undefined;
  /** The record an include (or redirect) led to. */
  child: RecordTrace | undefined;
}

export interface TermAddresses {
  /** Addresses the term matched, before earlier terms took their share. */
  matched: DualSet;
  /** Addresses that certainly get `pass` through this term. */
  passed: DualSet;
}

export interface RecordTrace {
  readonly name: string;
  /** How the walk got here: "sender", the include term, or "redirect=...". */
  readonly via: string;
  record: string | undefined;
  /** Set when the name gave no usable record (none, error). */
  problem: string | undefined;
  readonly terms: TermTrace[];
}

export function newRecordTrace(name: string, via: string): RecordTrace {
  return { name, via, record: undefined, problem: undefined, terms: [] };
}
