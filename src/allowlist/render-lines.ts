// The layout every line-based format shares with the postscreen table
// (postfix-access, plain, nftables): a fixed head, then each section, block
// and group as whole-line `#` comments in the postscreen renderer's shapes
// (MARK), with one line per range under the comment naming the record that
// published it. Only the head and the range line differ between formats, so
// every format keeps the same readable diffs (DESIGN.md "Readable diffs").

import { formatCidr } from '../cidr/format.js';
import type { Cidr, Family } from '../cidr/types.js';
import { blockLabel, type Allowlist, type Block, type RangeGroup } from './model.js';
import { MARK, oneLine } from './render-postscreen.js';

export interface LineLayout {
  /** Lines written first, verbatim: the header comment and any declarations. */
  readonly head: readonly string[];
  /** The line that lists one range. */
  readonly rangeLine: (cidr: Cidr) => string;
  /** Families whose ranges the file lists (default both); the others are left out. */
  readonly families?: readonly Family[];
}

export function renderLines(allowlist: Allowlist, layout: LineLayout): string {
  const lines: string[] = [...layout.head];
  for (const section of allowlist.sections) {
    lines.push('', MARK.section(oneLine(section.name)));
    for (const block of section.blocks) lines.push('', ...blockLines(block, layout));
  }
  return `${lines.join('\n')}\n`;
}

function blockLines(block: Block, layout: LineLayout): string[] {
  const lines = [MARK.block(oneLine(blockLabel(block)))];
  if (block.stale) lines.push(MARK.stale(block.stale.since, oneLine(block.stale.reason)));
  for (const note of block.notes) lines.push(MARK.note(oneLine(note)));
  for (const group of block.groups) lines.push(...groupLines(group, layout));
  return lines;
}

function groupLines(group: RangeGroup, layout: LineLayout): string[] {
  const listed = (cidr: Cidr) => (layout.families ?? [4, 6]).includes(cidr.family);
  return [
    MARK.origin(oneLine(group.origin)),
    ...group.shared
      .filter((s) => listed(s.cidr))
      .map((s) => MARK.shared(formatCidr(s.cidr), oneLine(s.under))),
    ...group.cidrs.filter(listed).map((cidr) => layout.rangeLine(cidr)),
  ];
}
