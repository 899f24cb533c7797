// The difference between two allowlists, per source (issue #4 scope 4):
// ranges added and removed with the record that published each, and the
// addresses they amount to. Sources are matched by kind and name, so a
// source that moves between sections is a move, not a loss.

import { DualSet } from '../cidr/dual-set.js';
import { compareCidrs } from '../cidr/format.js';
import type { Cidr } from '../cidr/types.js';
import { allBlocks, blockLabel, type Allowlist, type Block } from '../allowlist/model.js';
import { slash64Count } from './address-counts.js';

export interface RangeChange {
  readonly cidr: Cidr;
  /** The record that publishes (added) or published (removed) it. */
  readonly origin: string;
}

export interface SourceDiff {
  readonly label: string;
  readonly section: string;
  readonly added: readonly RangeChange[];
  readonly removed: readonly RangeChange[];
  readonly addedIpv4: bigint;
  readonly removedIpv4: bigint;
  readonly addedIpv6Slash64: bigint;
  readonly removedIpv6Slash64: bigint;
}

export interface AllowlistDiff {
  /** Sources whose ranges changed, in the new file's order, then removed sources. */
  readonly sources: readonly SourceDiff[];
  readonly rangesAdded: number;
  readonly rangesRemoved: number;
}

interface BlockSets {
  readonly section: string;
  readonly block: Block;
  readonly set: DualSet;
}

function indexBlocks(allowlist: Allowlist | undefined): Map<string, BlockSets> {
  const index = new Map<string, BlockSets>();
  for (const { section, block } of allowlist ? allBlocks(allowlist) : []) {
    const cidrs = block.groups.flatMap((g) => [...g.cidrs, ...g.shared.map((s) => s.cidr)]);
    index.set(blockLabel(block), { section, block, set: DualSet.fromCidrs(cidrs) });
  }
  return index;
}

export function diffAllowlists(previous: Allowlist | undefined, next: Allowlist): AllowlistDiff {
  const before = indexBlocks(previous);
  const after = indexBlocks(next);
  const labels = [...after.keys(), ...[...before.keys()].filter((l) => !after.has(l))];
  const sources: SourceDiff[] = [];
  for (const label of labels) {
    const was = before.get(label);
    const now = after.get(label);
    const diff = diffSource(label, was, now);
    if (diff.added.length > 0 || diff.removed.length > 0) sources.push(diff);
  }
  return {
    sources,
    rangesAdded: sources.reduce((n, s) => n + s.added.length, 0),
    rangesRemoved: sources.reduce((n, s) => n + s.removed.length, 0),
  };
}

function diffSource(
  label: string,
  was: BlockSets | undefined,
  now: BlockSets | undefined,
): SourceDiff {
  const oldSet = was?.set ?? DualSet.EMPTY;
  const newSet = now?.set ?? DualSet.EMPTY;
  const added = newSet.subtract(oldSet);
  const removed = oldSet.subtract(newSet);
  return {
    label,
    section: (now ?? was)?.section ?? '',
    added: withOrigins(added, now?.block),
    removed: withOrigins(removed, was?.block),
    addedIpv4: added.v4.size(),
    removedIpv4: removed.v4.size(),
    addedIpv6Slash64: slash64Count(added.v6),
    removedIpv6Slash64: slash64Count(removed.v6),
  };
}

/** Splits a changed set by the groups of the block it belongs to. */
function withOrigins(changed: DualSet, block: Block | undefined): RangeChange[] {
  if (changed.isEmpty() || !block) return [];
  const result: RangeChange[] = [];
  let left = changed;
  for (const group of block.groups) {
    const groupSet = DualSet.fromCidrs([...group.cidrs, ...group.shared.map((s) => s.cidr)]);
    for (const cidr of left.intersect(groupSet).toCidrs())
      result.push({ cidr, origin: group.origin });
    left = left.subtract(groupSet);
  }
  return result.sort((a, b) => compareCidrs(a.cidr, b.cidr));
}
