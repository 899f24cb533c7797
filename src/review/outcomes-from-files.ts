// For `spf-allowlist diff OLD NEW`, where no run happened: each source's
// outcome as the two files show it (stale marks, removed blocks).

import { DualSet } from '../cidr/dual-set.js';
import {
  allBlocks,
  blockAllCidrs,
  blockLabel,
  type Allowlist,
  type Block,
} from '../allowlist/model.js';
import type { SourceOutcome } from '../decide/outcome.js';

export function outcomesFromFiles(before: Allowlist, after: Allowlist): SourceOutcome[] {
  const old = new Map(allBlocks(before).map(({ block }) => [blockLabel(block), block]));
  const outcomes: SourceOutcome[] = allBlocks(after).map(({ section, block }) => {
    const was = old.get(blockLabel(block));
    old.delete(blockLabel(block));
    return {
      section,
      kind: block.kind,
      name: block.name,
      outcome: block.stale ? 'stale' : was && sameRanges(was, block) ? 'unchanged' : 'updated',
      reason: block.stale ? `since ${block.stale.since}: ${block.stale.reason}` : undefined,
      refused: [],
      flags: [],
      warnings: block.notes,
    };
  });
  const removed = allBlocks(before).filter(({ block }) => old.has(blockLabel(block)));
  for (const { section, block } of removed) {
    outcomes.push({
      section,
      kind: block.kind,
      name: block.name,
      outcome: 'gone',
      reason: 'not in the new file',
      refused: [],
      flags: [],
      warnings: [],
    });
  }
  return outcomes;
}

function sameRanges(a: Block, b: Block): boolean {
  return DualSet.fromCidrs(blockAllCidrs(a)).equals(DualSet.fromCidrs(blockAllCidrs(b)));
}
