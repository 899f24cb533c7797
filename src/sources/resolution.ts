// What resolving one configured source produced: the input to the allowlist
// builder and to the run summary.

import type { DualSet } from '../cidr/dual-set.js';
import type { StaticEntry } from '../config/types.js';
import type { SpfEvaluation } from '../spf/walk.js';

export interface SenderResolution {
  readonly kind: 'sender';
  readonly section: string;
  readonly name: string;
  readonly evaluation: SpfEvaluation;
}

export interface HostResolution {
  readonly kind: 'host';
  readonly section: string;
  readonly name: string;
  readonly addresses: DualSet;
  /** Set when a lookup failed transiently. */
  readonly transient: string | undefined;
  /** Neither A nor AAAA records exist. */
  readonly empty: boolean;
}

export interface StaticResolution {
  readonly kind: 'static';
  readonly section: string;
  readonly name: string;
  readonly entry: StaticEntry;
}

export type SourceResolution = SenderResolution | HostResolution | StaticResolution;
