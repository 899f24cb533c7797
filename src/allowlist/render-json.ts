// Renders the allowlist as JSON for other tools. JSON has no comments, so
// provenance travels with the data: `ranges` holds one object per line, each
// naming its range, family, section, source and origin record, so every line
// of a diff still says which domain and record it belongs to (DESIGN.md
// "Readable diffs"). `sections` keeps the structure the ranges hang from
// (stale marks, notes, ranges a group shares with an earlier block, how many
// ranges each group lists),
// which is what parse-json.ts needs to rebuild the same Allowlist.
//
// Keys are always written in the order below; a reader must not depend on
// anything else: new fields come with a new `version`. A denylist (config
// `deny:`) has the same shape under `"format": "spf-denylist"`, so a tool
// that checks the format never takes one list for the other.

import { formatCidr } from '../cidr/format.js';
import type { Family } from '../cidr/types.js';
import type { ListKind } from './list-kind.js';
import type { Allowlist, Block, RangeGroup, Section, SourceKind, StaleMark } from './model.js';

export const JSON_FORMAT = 'spf-allowlist';
export const JSON_FORMAT_OF: Readonly<Record<ListKind, string>> = {
  allow: JSON_FORMAT,
  deny: 'spf-denylist',
};
export const JSON_VERSION = 1;

export type JsonFamily = 'ipv4' | 'ipv6';

export interface JsonShared {
  readonly range: string;
  /** Label of the block that lists the range, e.g. `sender outlook.com`. */
  readonly under: string;
}

export interface JsonGroup {
  readonly origin: string;
  readonly shared: readonly JsonShared[];
  /** How many entries of `ranges` belong to this group, in order. */
  readonly rangeCount: number;
}

export interface JsonSource {
  readonly kind: SourceKind;
  readonly name: string;
  /** Null unless the block was kept from the previous file. */
  readonly stale: StaleMark | null;
  readonly notes: readonly string[];
  readonly groups: readonly JsonGroup[];
}

export interface JsonSection {
  readonly name: string;
  readonly sources: readonly JsonSource[];
}

export interface JsonRange {
  readonly range: string;
  readonly family: JsonFamily;
  readonly section: string;
  readonly source: { readonly kind: SourceKind; readonly name: string };
  readonly origin: string;
}

export function jsonFamily(family: Family): JsonFamily {
  return family === 4 ? 'ipv4' : 'ipv6';
}

/** The JSON format has no options, so unlike the other renderers it takes no OutputSpec. */
export function renderJson(allowlist: Allowlist, list: ListKind = 'allow'): string {
  const sections = allowlist.sections.map(jsonSection);
  const ranges = allowlist.sections.flatMap(sectionRanges);
  const lines = [
    '{',
    `  "format": ${JSON.stringify(JSON_FORMAT_OF[list])},`,
    `  "version": ${JSON_VERSION},`,
    `  "config": ${JSON.stringify(allowlist.configName)},`,
    `  "sections": ${indentTail(JSON.stringify(sections, null, 2), '  ')},`,
    `  "ranges": ${rangeArray(ranges)}`,
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

function jsonSection(section: Section): JsonSection {
  return { name: section.name, sources: section.blocks.map(jsonSource) };
}

function jsonSource(block: Block): JsonSource {
  return {
    kind: block.kind,
    name: block.name,
    stale: block.stale ? { since: block.stale.since, reason: block.stale.reason } : null,
    notes: block.notes,
    groups: block.groups.map((group) => ({
      origin: group.origin,
      shared: group.shared.map((s) => ({ range: formatCidr(s.cidr), under: s.under })),
      rangeCount: group.cidrs.length,
    })),
  };
}

function sectionRanges(section: Section): JsonRange[] {
  return section.blocks.flatMap((block) =>
    block.groups.flatMap((group) => groupRanges(section, block, group)),
  );
}

function groupRanges(section: Section, block: Block, group: RangeGroup): JsonRange[] {
  return group.cidrs.map((cidr) => ({
    range: formatCidr(cidr),
    family: jsonFamily(cidr.family),
    section: section.name,
    source: { kind: block.kind, name: block.name },
    origin: group.origin,
  }));
}

/** One range object a line: a changed range is a one-line diff with its provenance. */
function rangeArray(ranges: readonly JsonRange[]): string {
  if (ranges.length === 0) return '[]';
  const items = ranges.map((range) => `    ${JSON.stringify(range)}`);
  return `[\n${items.join(',\n')}\n  ]`;
}

/** Indents every line but the first, which continues the line of its key. */
function indentTail(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}
