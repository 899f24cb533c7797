// The short summary a run prints (CLI) or puts in the job summary (Action):
// the review headline, ranges per section, which files changed, and every
// outcome that needs attention. The full review is src/review/review.ts.
// With `deny:`, the denylist's sections, outcomes and warnings follow, named
// "deny", and every range both lists hold is a warning.

import { relative } from 'node:path';
import { blockCidrs, type Allowlist } from '../allowlist/model.js';
import { formatCidr } from '../cidr/format.js';
import type { SourceOutcome } from '../decide/outcome.js';
import type { GenerateReport } from '../pipeline/generate.js';
import { describeOverlap } from '../review/overlaps.js';

export interface RunSummary {
  readonly headline: string;
  readonly sections: readonly { name: string; ipv4: number; ipv6: number; sources: number }[];
  readonly outputs: readonly { path: string; changed: boolean }[];
  /** Stale, gone, error, refused, flagged: one line each. */
  readonly attention: readonly string[];
  readonly warnings: readonly string[];
  readonly written: boolean;
}

export function summarize(report: GenerateReport, baseDir: string): RunSummary {
  const { deny } = report;
  const sections = [
    ...sectionCounts(report.allowlist, ''),
    ...(deny ? sectionCounts(deny.allowlist, 'deny: ') : []),
  ];
  const attention: string[] = [];
  const warnings: string[] = [];
  addOutcomes(report.outcomes, '', attention, warnings);
  if (deny) addOutcomes(deny.outcomes, 'deny ', attention, warnings);
  warnings.push(...(report.review.deny?.overlaps ?? []).map(describeOverlap));
  return {
    headline: report.review.headline,
    sections,
    outputs: report.outputs.map((o) => ({
      path: relative(baseDir, o.spec.path) || o.spec.path,
      changed: o.changed,
    })),
    attention,
    warnings,
    written: report.written,
  };
}

function sectionCounts(list: Allowlist, prefix: string): RunSummary['sections'] {
  return list.sections.map((section) => {
    const cidrs = section.blocks.flatMap(blockCidrs);
    return {
      name: `${prefix}${section.name}`,
      ipv4: cidrs.filter((c) => c.family === 4).length,
      ipv6: cidrs.filter((c) => c.family === 6).length,
      sources: section.blocks.length,
    };
  });
}

function addOutcomes(
  outcomes: readonly SourceOutcome[],
  prefix: string,
  attention: string[],
  warnings: string[],
): void {
  for (const o of outcomes) {
    const label = `${prefix}${o.kind} ${o.name}`;
    if (!['updated', 'unchanged'].includes(o.outcome))
      attention.push(`${label}: ${o.outcome}: ${o.reason ?? ''}`);
    for (const r of o.refused)
      attention.push(`${label}: refused ${formatCidr(r.cidr)}: ${r.reason}`);
    for (const flag of o.flags) attention.push(`${label}: ${flag}`);
    for (const w of o.warnings) warnings.push(`${label}: ${w}`);
  }
}

/**
 * What became of the files that changed: written, left alone in a dry run,
 * or not written because the run failed after rendering them (the Action
 * writes only what it published: files/held-writes.ts).
 */
export type WriteState = 'written' | 'dry-run' | 'not-written';

const CHANGED_FILE: Record<WriteState, string> = {
  written: 'written',
  'dry-run': 'would change (dry run)',
  'not-written': 'not written (the run failed)',
};

function outputState(changed: boolean, state: WriteState): string {
  return changed ? CHANGED_FILE[state] : 'unchanged';
}

export function renderTextSummary(summary: RunSummary, state: WriteState): string {
  const lines = [
    summary.headline,
    ...summary.sections.map(
      (s) => `${s.name}: ${s.ipv4} IPv4 and ${s.ipv6} IPv6 ranges from ${s.sources} sources`,
    ),
    ...summary.outputs.map((o) => `${o.path}: ${outputState(o.changed, state)}`),
  ];
  if (summary.attention.length > 0) {
    lines.push(
      `needs attention (${summary.attention.length}):`,
      ...summary.attention.map((a) => `  - ${a}`),
    );
  }
  if (summary.warnings.length > 0) {
    lines.push(`${summary.warnings.length} warnings:`, ...summary.warnings.map((w) => `  - ${w}`));
  }
  return `${lines.join('\n')}\n`;
}

export function renderMarkdownSummary(summary: RunSummary, state: WriteState): string {
  const lines = [
    '| section | sources | IPv4 ranges | IPv6 ranges |',
    '| --- | ---: | ---: | ---: |',
    ...summary.sections.map((s) => `| ${s.name} | ${s.sources} | ${s.ipv4} | ${s.ipv6} |`),
    '',
    ...summary.outputs.map((o) => `- \`${o.path}\`: ${outputState(o.changed, state)}`),
    '',
  ];
  return `${lines.join('\n')}\n`;
}
