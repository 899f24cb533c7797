// The allowlist as data: what every output format renders and what the next
// run reads back from the previous file. Sections follow config order; each
// source (sender domain, host, static entry) is one block. A block's full set
// is its own ranges plus those it shares with an earlier block, so the file
// alone says what each source held (the state for stale blocks, issue #4).

import type { Cidr } from '../cidr/types.js';

export type SourceKind = 'sender' | 'host' | 'static';

/** A range this group reaches that an earlier block already lists. */
export interface SharedRange {
  readonly cidr: Cidr;
  /** Label of the block that lists it, e.g. `sender outlook.com`. */
  readonly under: string;
}

export interface RangeGroup {
  /** Where the ranges were published, e.g. `_spf.google.com: v=spf1 ip4:... ~all`. */
  readonly origin: string;
  /** Ranges listed here: canonical, aggregated, ascending (IPv4 first). */
  readonly cidrs: readonly Cidr[];
  /** Ranges written once, above, under another block (DESIGN.md "Readable diffs"). */
  readonly shared: readonly SharedRange[];
}

/** A block kept from the previous file because this run could not refresh it. */
export interface StaleMark {
  /** First day (YYYY-MM-DD, UTC) the source could not be refreshed. */
  readonly since: string;
  readonly reason: string;
}

export interface Block {
  readonly kind: SourceKind;
  /** Domain, host name, or the static range as written. */
  readonly name: string;
  readonly stale: StaleMark | undefined;
  /** Comment lines for the reviewer: unflattenable terms, limits, refusals. */
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

/** Ranges the block lists itself. */
export function blockCidrs(block: Block): Cidr[] {
  return block.groups.flatMap((g) => g.cidrs);
}

/** Everything the source allows: its own ranges and those listed under other blocks. */
export function blockAllCidrs(block: Block): Cidr[] {
  return block.groups.flatMap((g) => [...g.cidrs, ...g.shared.map((s) => s.cidr)]);
}

export function allBlocks(allowlist: Allowlist): { section: string; block: Block }[] {
  return allowlist.sections.flatMap((s) => s.blocks.map((block) => ({ section: s.name, block })));
}
