// Block inputs -> Allowlist model. Pure. Each source's ranges arrive grouped
// by the record that published them; every range is written once: a later
// group that reaches ranges already listed names the block that lists them
// (DESIGN.md "Readable diffs").

import { DualSet } from '../cidr/dual-set.js';
import { compareCidrs } from '../cidr/format.js';
import {
  blockLabel,
  type Allowlist,
  type Block,
  type RangeGroup,
  type Section,
  type SharedRange,
  type SourceKind,
  type StaleMark,
} from './model.js';

export interface OriginInput {
  readonly text: string;
  readonly set: DualSet;
}

export interface BlockInput {
  readonly section: string;
  readonly kind: SourceKind;
  readonly name: string;
  readonly stale: StaleMark | undefined;
  readonly notes: readonly string[];
  readonly origins: readonly OriginInput[];
}

/** Everything written so far, and by which block, for the write-once rule. */
class WrittenRanges {
  private all = DualSet.EMPTY;
  private readonly byBlock: { label: string; set: DualSet }[] = [];

  take(label: string, origin: OriginInput): RangeGroup {
    const fresh = origin.set.subtract(this.all);
    const shared: SharedRange[] = [];
    for (const block of this.byBlock) {
      if (block.label === label) continue;
      for (const cidr of block.set.intersect(origin.set).toCidrs())
        shared.push({ cidr, under: block.label });
    }
    shared.sort((a, b) => compareCidrs(a.cidr, b.cidr));
    this.all = this.all.union(fresh);
    const own = this.byBlock.find((b) => b.label === label);
    if (own) own.set = own.set.union(fresh);
    else this.byBlock.push({ label, set: fresh });
    return { origin: origin.text, cidrs: fresh.toCidrs(), shared };
  }
}

export function buildAllowlist(configName: string, inputs: readonly BlockInput[]): Allowlist {
  const written = new WrittenRanges();
  const sections = new Map<string, Block[]>();
  for (const input of inputs) {
    const label = blockLabel(input);
    const groups = input.origins
      .map((origin) => written.take(label, origin))
      .filter((g) => g.cidrs.length > 0 || g.shared.length > 0);
    const list = sections.get(input.section) ?? [];
    list.push({
      kind: input.kind,
      name: input.name,
      stale: input.stale,
      notes: input.notes,
      groups,
    });
    sections.set(input.section, list);
  }
  const result: Section[] = [...sections].map(([name, blocks]) => ({ name, blocks }));
  return { configName, sections: result };
}
