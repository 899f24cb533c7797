// Resolutions -> Allowlist model. Pure. Groups each sender's pass set by the
// record that published it and writes every range once: a later block that
// reaches ranges already listed gets a pointer instead (DESIGN.md "Readable diffs").

import { DualSet } from '../cidr/dual-set.js';
import { formatCidr } from '../cidr/format.js';
import type { SourceResolution } from '../sources/resolution.js';
import { passSet } from '../spf/partition.js';
import { blockLabel, type Allowlist, type Block, type RangeGroup, type Section } from './model.js';

interface Origin {
  readonly text: string;
  readonly set: DualSet;
}

/** Everything written so far, and by which block, for the write-once rule. */
class WrittenRanges {
  private all = DualSet.EMPTY;
  private readonly byBlock: { label: string; set: DualSet }[] = [];

  take(label: string, origin: Origin): RangeGroup {
    const fresh = origin.set.subtract(this.all);
    const alsoListedUnder = this.byBlock
      .filter((b) => b.label !== label && b.set.overlaps(origin.set))
      .map((b) => b.label);
    this.all = this.all.union(fresh);
    const own = this.byBlock.find((b) => b.label === label);
    if (own) own.set = own.set.union(fresh);
    else this.byBlock.push({ label, set: fresh });
    return {
      origin: origin.text,
      cidrs: fresh.toCidrs(),
      alsoListedUnder: [...new Set(alsoListedUnder)],
    };
  }
}

export function buildAllowlist(
  configName: string,
  sources: readonly SourceResolution[],
): Allowlist {
  const written = new WrittenRanges();
  const sections = new Map<string, Block[]>();
  for (const source of sources) {
    const block = buildBlock(source, written);
    const list = sections.get(source.section) ?? [];
    list.push(block);
    sections.set(source.section, list);
  }
  const result: Section[] = [...sections].map(([name, blocks]) => ({ name, blocks }));
  return { configName, sections: result };
}

function buildBlock(source: SourceResolution, written: WrittenRanges): Block {
  const label = blockLabel({ kind: source.kind, name: source.name });
  const origins = originsOf(source);
  return {
    kind: source.kind,
    name: source.name,
    notes: notesOf(source),
    groups: origins.map((origin) => written.take(label, origin)).filter(keepGroup),
  };
}

function keepGroup(group: RangeGroup): boolean {
  return group.cidrs.length > 0 || group.alsoListedUnder.length > 0;
}

function originsOf(source: SourceResolution): Origin[] {
  switch (source.kind) {
    case 'static':
      return [
        { text: `static: ${source.entry.note}`, set: DualSet.fromCidrs([source.entry.range]) },
      ];
    case 'host':
      return [{ text: `${source.name}: A/AAAA records`, set: source.addresses }];
    case 'sender': {
      // One group per publishing record, in walk order.
      const byRecord = new Map<string, DualSet>();
      for (const c of source.evaluation.regions.pass) {
        const key = `${c.origin.name}: ${c.origin.record}`;
        byRecord.set(key, (byRecord.get(key) ?? DualSet.EMPTY).union(c.set));
      }
      return [...byRecord].map(([text, set]) => ({ text, set }));
    }
  }
}

function notesOf(source: SourceResolution): string[] {
  switch (source.kind) {
    case 'static':
      return [];
    case 'host':
      return source.empty ? [`${source.name} has no A or AAAA records`] : [];
    case 'sender': {
      const evaluation = source.evaluation;
      const notes = evaluation.findings.map((f) => f.message);
      if (evaluation.status === 'none') notes.push(`${source.name} publishes no SPF record`);
      if (passSet(evaluation.regions).isEmpty() && evaluation.status === 'ok') {
        notes.push(`no address certainly passes ${source.name}'s SPF`);
      }
      return [...new Set(notes)];
    }
  }
}

/** For tests and messages: the cidrs of a group as text. */
export function groupText(group: RangeGroup): string[] {
  return group.cidrs.map(formatCidr);
}
