// The allowlist as data: what every output format renders and what the next
// run reads back from the previous file. Sections follow config order; each
// source (sender domain, host, static entry) is one block.

import type { Cidr } from '../cidr/types.js';

export type SourceKind = 'sender' | 'host' | 'static';

export interface RangeGroup {
  /** Where the ranges were published, e.g. `_spf.google.com: v=spf1 ip4:... ~all`. */
  readonly origin: string;
  /** Canonical, aggregated, ascending (IPv4 first). May be empty when all were listed earlier. */
  readonly cidrs: readonly Cidr[];
  /** Blocks above that already list some of this origin's ranges (written once, DESIGN.md). */
  readonly alsoListedUnder: readonly string[];
}

export interface Block {
  readonly kind: SourceKind;
  /** Domain, host name, or the static range as written. */
  readonly name: string;
  /** Comment lines for the reviewer: unflattenable terms, limits, static notes. */
  readonly notes: readonly string[];
  readonly groups: readonly RangeGroup[];
}

export interface Section {
  readonly name: string;
  readonly blocks: readonly Block[];
}

export interface Allowlist {
  /** Config file name (no directory, so the bytes do not depend on the checkout path). */
  readonly configName: string;
  readonly sections: readonly Section[];
}

export function blockLabel(block: Pick<Block, 'kind' | 'name'>): string {
  return `${block.kind} ${block.name}`;
}

export function blockCidrs(block: Block): Cidr[] {
  return block.groups.flatMap((g) => g.cidrs);
}
