// Ranges both lists hold (issue #9 scope 1). postscreen_access_list and
// smtpd restriction lists are first-match, so with the allowlist's table
// before the denylist's (README "Deny entries") an address in both is
// permitted and its deny entry does nothing. Not an error (a big sender's
// SPF may well cover a range denied on purpose), but the reviewer must know.

import { DualSet, unionDual } from '../cidr/dual-set.js';
import { formatCidr } from '../cidr/format.js';
import type { Cidr } from '../cidr/types.js';
import { allBlocks, blockCidrs, blockLabel, type Allowlist } from '../allowlist/model.js';

export interface RangeOverlap {
  readonly cidr: Cidr;
  /** Label of the allowlist block that lists it, e.g. `sender mailchimp.com`. */
  readonly allowed: string;
  /** Label of the denylist block that lists it. */
  readonly denied: string;
}

/**
 * Each address is listed once per file, so each overlapping address is
 * reported once: under the pair of blocks that list it. Allowlist order,
 * then denylist order, ranges ascending.
 */
export function findOverlaps(allow: Allowlist, deny: Allowlist): RangeOverlap[] {
  const denied = allBlocks(deny).map(({ block }) => ({
    label: blockLabel(block),
    set: DualSet.fromCidrs(blockCidrs(block)),
  }));
  const anyDenied = unionDual(denied.map((d) => d.set));
  const overlaps: RangeOverlap[] = [];
  for (const { block } of allBlocks(allow)) {
    const allowed = DualSet.fromCidrs(blockCidrs(block));
    if (!allowed.overlaps(anyDenied)) continue;
    for (const { label, set } of denied) {
      for (const cidr of allowed.intersect(set).toCidrs()) {
        overlaps.push({ cidr, allowed: blockLabel(block), denied: label });
      }
    }
  }
  return overlaps;
}

/** One line for logs and the run summary: the range, both sources, and which wins. */
export function describeOverlap(overlap: RangeOverlap): string {
  return `${formatCidr(overlap.cidr)} is allowed (${overlap.allowed}) and denied (${overlap.denied}); with the allowlist first in postscreen_access_list, the allow entry wins`;
}
