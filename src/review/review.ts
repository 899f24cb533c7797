// The review of one run (issue #4 scope 5): a headline, what needs attention,
// a table of changed sources, details per source, warnings; as markdown for
// the pull request body and job summary, and as JSON for tools.

import { formatCidr } from '../cidr/format.js';
import { needsAttention, type SourceOutcome } from '../decide/outcome.js';
import type { AllowlistDiff, SourceDiff } from './diff.js';

export interface Review {
  readonly headline: string;
  readonly needsAttention: boolean;
  readonly diff: AllowlistDiff;
  readonly outcomes: readonly SourceOutcome[];
}

/** GitHub refuses a pull request body over 65,536 characters. */
export const GITHUB_BODY_LIMIT = 65_536;

const COUNTED = ['stale', 'gone', 'error', 'unsafe', 'dropped'] as const;

export function buildReview(diff: AllowlistDiff, outcomes: readonly SourceOutcome[]): Review {
  const parts = [
    diff.sources.length === 0
      ? 'no range changes'
      : `+${diff.rangesAdded} / -${diff.rangesRemoved} ranges in ${diff.sources.length} ${diff.sources.length === 1 ? 'source' : 'sources'}`,
  ];
  for (const outcome of COUNTED) {
    const n = outcomes.filter((o) => o.outcome === outcome).length;
    if (n > 0) parts.push(`${n} ${outcome}`);
  }
  const refused = outcomes.reduce((n, o) => n + o.refused.length, 0);
  if (refused > 0) parts.push(`${refused} refused`);
  const flagged = outcomes.filter((o) => o.flags.length > 0).length;
  if (flagged > 0) parts.push(`${flagged} flagged`);
  return {
    headline: parts.join('; '),
    needsAttention: outcomes.some(needsAttention),
    diff,
    outcomes,
  };
}

export function renderReviewMarkdown(review: Review, limit = GITHUB_BODY_LIMIT): string {
  const head = [
    `### spf-allowlist: ${review.headline}`,
    '',
    ...attentionLines(review),
    ...changeTable(review),
  ];
  const details = review.diff.sources.map(sourceDetails);
  const tail = warningLines(review);
  return fitUnder(limit, head, details, tail);
}

function attentionLines(review: Review): string[] {
  const lines: string[] = [];
  for (const o of review.outcomes) {
    const label = `\`${o.kind} ${o.name}\``;
    if (!['updated', 'unchanged'].includes(o.outcome))
      lines.push(`- ${label} **${o.outcome}**: ${inline(o.reason ?? '')}`);
    for (const r of o.refused)
      lines.push(
        `- ${label} refused \`${formatCidr(r.cidr)}\`: ${inline(r.reason)}; published by ${code(r.origin)}`,
      );
    for (const flag of o.flags) lines.push(`- ${label} ${inline(flag)}`);
  }
  return lines.length === 0 ? [] : ['**Needs attention**', '', ...lines, ''];
}

function changeTable(review: Review): string[] {
  if (review.diff.sources.length === 0) return ['No range changed.', ''];
  const outcomeOf = new Map(review.outcomes.map((o) => [`${o.kind} ${o.name}`, o.outcome]));
  return [
    '| source | section | outcome | ranges | IPv4 addresses | IPv6 /64s |',
    '| --- | --- | --- | ---: | ---: | ---: |',
    ...review.diff.sources.map(
      (s) =>
        `| \`${s.label}\` | ${inline(s.section)} | ${outcomeOf.get(s.label) ?? 'removed'} | +${s.added.length} / -${s.removed.length} | +${s.addedIpv4} / -${s.removedIpv4} | +${s.addedIpv6Slash64} / -${s.removedIpv6Slash64} |`,
    ),
    '',
  ];
}

function sourceDetails(source: SourceDiff): string {
  const rows = [
    ...source.added.map((c) => `| + | \`${formatCidr(c.cidr)}\` | ${code(c.origin)} |`),
    ...source.removed.map((c) => `| - | \`${formatCidr(c.cidr)}\` | ${code(c.origin)} |`),
  ];
  return [
    `<details><summary><code>${escapeHtml(source.label)}</code>: +${source.added.length} / -${source.removed.length} ranges</summary>`,
    '',
    '| | range | published by |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '</details>',
    '',
  ].join('\n');
}

function warningLines(review: Review): string[] {
  const lines = review.outcomes.flatMap((o) =>
    o.warnings.map((w) => `- \`${o.kind} ${o.name}\`: ${inline(w)}`),
  );
  if (lines.length === 0) return [];
  return [
    `<details><summary>Warnings (${lines.length})</summary>`,
    '',
    ...lines,
    '',
    '</details>',
    '',
  ];
}

/**
 * Collapses the longest per-source details until the body fits, saying so:
 * the full list stays in the job summary's JSON and the committed diff.
 */
function fitUnder(limit: number, head: string[], details: string[], tail: string[]): string {
  const note =
    "_Some sections were collapsed to stay under GitHub's 65,536-character limit; the JSON output and the diff have everything._";
  const join = (parts: string[]) => `${[...head, ...parts, ...tail].join('\n')}\n`;
  let text = join(details);
  const order = details.map((d, i) => [d.length, i] as const).sort((a, b) => b[0] - a[0]);
  let collapsed = false;
  for (const [, index] of order) {
    if (text.length <= limit) break;
    const summary =
      /<summary>.*<\/summary>/.exec(details[index]!)?.[0] ?? '<summary>changes</summary>';
    details[index] = `<details>${summary}\n\nToo long to show here.\n\n</details>\n`;
    collapsed = true;
    text = join([...details, note, '']);
  }
  if (collapsed && text.length > limit)
    text = `${text.slice(0, limit - note.length - 2)}\n${note}\n`;
  return text;
}

function inline(text: string): string {
  return escapeHtml(text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' '));
}

function code(text: string): string {
  return `<code>${escapeHtml(text).replace(/\|/g, '&#124;')}</code>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The same data for tools: stable key order, bigints as numbers when safe. */
export function reviewJson(review: Review): string {
  const data = {
    headline: review.headline,
    needsAttention: review.needsAttention,
    rangesAdded: review.diff.rangesAdded,
    rangesRemoved: review.diff.rangesRemoved,
    sources: review.diff.sources.map((s) => ({
      source: s.label,
      section: s.section,
      added: s.added.map((c) => ({ range: formatCidr(c.cidr), origin: c.origin })),
      removed: s.removed.map((c) => ({ range: formatCidr(c.cidr), origin: c.origin })),
      addedIpv4: Number(s.addedIpv4),
      removedIpv4: Number(s.removedIpv4),
      addedIpv6Slash64: s.addedIpv6Slash64.toString(),
      removedIpv6Slash64: s.removedIpv6Slash64.toString(),
    })),
    outcomes: review.outcomes.map((o) => ({
      source: `${o.kind} ${o.name}`,
      section: o.section,
      outcome: o.outcome,
      reason: o.reason ?? null,
      refused: o.refused.map((r) => ({
        range: formatCidr(r.cidr),
        origin: r.origin,
        reason: r.reason,
      })),
      flags: o.flags,
      warnings: o.warnings,
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
