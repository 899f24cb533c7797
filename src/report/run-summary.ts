// The short summary a run prints (CLI) or adds to the job summary (Action):
// ranges per section, which files changed, and every warning by source.

import { relative } from 'node:path';
import { blockCidrs } from '../allowlist/model.js';
import type { GenerateReport } from '../pipeline/generate.js';

export interface RunSummary {
  readonly sections: readonly { name: string; ipv4: number; ipv6: number; sources: number }[];
  readonly outputs: readonly { path: string; changed: boolean }[];
  readonly warnings: readonly string[];
  readonly written: boolean;
}

export function summarize(report: GenerateReport, baseDir: string): RunSummary {
  const sections = report.allowlist.sections.map((section) => {
    const cidrs = section.blocks.flatMap(blockCidrs);
    return {
      name: section.name,
      ipv4: cidrs.filter((c) => c.family === 4).length,
      ipv6: cidrs.filter((c) => c.family === 6).length,
      sources: section.blocks.length,
    };
  });
  const warnings: string[] = [];
  for (const section of report.allowlist.sections) {
    for (const block of section.blocks) {
      for (const note of block.notes) warnings.push(`${block.kind} ${block.name}: ${note}`);
    }
  }
  return {
    sections,
    outputs: report.outputs.map((o) => ({
      path: relative(baseDir, o.spec.path) || o.spec.path,
      changed: o.changed,
    })),
    warnings,
    written: report.written,
  };
}

export function renderTextSummary(summary: RunSummary, dryRun: boolean): string {
  const lines = summary.sections.map(
    (s) => `${s.name}: ${s.ipv4} IPv4 and ${s.ipv6} IPv6 ranges from ${s.sources} sources`,
  );
  for (const o of summary.outputs) {
    const state = !o.changed ? 'unchanged' : dryRun ? 'would change (dry run)' : 'written';
    lines.push(`${o.path}: ${state}`);
  }
  if (summary.warnings.length > 0) {
    lines.push(`${summary.warnings.length} warnings:`, ...summary.warnings.map((w) => `  - ${w}`));
  }
  return `${lines.join('\n')}\n`;
}

export function renderMarkdownSummary(summary: RunSummary, dryRun: boolean): string {
  const lines = [
    '## spf-allowlist',
    '',
    '| section | sources | IPv4 ranges | IPv6 ranges |',
    '| --- | ---: | ---: | ---: |',
    ...summary.sections.map((s) => `| ${s.name} | ${s.sources} | ${s.ipv4} | ${s.ipv6} |`),
    '',
    ...summary.outputs.map(
      (o) =>
        `- \`${o.path}\`: ${!o.changed ? 'unchanged' : dryRun ? 'would change (dry run)' : 'written'}`,
    ),
  ];
  if (summary.warnings.length > 0) {
    lines.push('', `<details><summary>${summary.warnings.length} warnings</summary>`, '');
    lines.push(...summary.warnings.map((w) => `- ${w.replace(/[<>]/g, '')}`), '', '</details>');
  }
  return `${lines.join('\n')}\n`;
}
