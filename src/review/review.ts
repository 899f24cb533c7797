// The review of one run (issue #4 scope 5): a headline, what needs attention,
// a table of changed sources, details per source, warnings; as markdown for
// the pull request body and job summary, and as JSON for tools. With
// `deny:`, the denylist's changes follow in the same shapes, then the ranges
// both lists hold (issue #9 scope 1).

import { formatCidr } from '../cidr/format.js';
import { needsAttention, type SourceOutcome } from '../decide/outcome.js';
import type { AllowlistDiff, SourceDiff } from './diff.js';
import type { RangeOverlap } from './overlaps.js';

export interface Review {
  readonly headline: string;
  readonly needsAttention: boolean;
  /** The allowlist's changes and outcomes. */
  readonly diff: AllowlistDiff;
  readonly outcomes: readonly SourceOutcome[];
  /** Set when the config has `deny:`. */
  readonly deny?: DenyReview;
}

/** The denylist's part of the review. */
export interface DenyReview {
  readonly diff: AllowlistDiff;
  readonly outcomes: readonly SourceOutcome[];
  /** Ranges in both lists: the allow entry wins (README "Deny entries"). */
  readonly overlaps: readonly RangeOverlap[];
}

/** GitHub refuses a pull request body over 65,536 characters. */
export const GITHUB_BODY_LIMIT = 65_536;

const COUNTED = ['stale', 'gone', 'error', 'unsafe', 'dropped'] as const;

export function buildReview(
  diff: AllowlistDiff,
  outcomes: readonly SourceOutcome[],
  deny?: DenyReview,
): Review {
  const parts = headlineParts(diff, outcomes);
  if (deny) {
    parts.push(`deny: ${headlineParts(deny.diff, deny.outcomes).join(', ')}`);
    const n = deny.overlaps.length;
    if (n > 0) parts.push(`${n} ${n === 1 ? 'range' : 'ranges'} in both lists`);
  }
  const attention = [...outcomes, ...(deny?.outcomes ?? [])].some(needsAttention);
  return {
    headline: parts.join('; '),
    needsAttention: attention,
    diff,
    outcomes,
    ...(deny ? { deny } : {}),
  };
}

function headlineParts(diff: AllowlistDiff, outcomes: readonly SourceOutcome[]): string[] {
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
  return parts;
}

/** Part of the body: fixed text, or one source's details, which may be collapsed to fit. */
interface Piece {
  readonly text: string;
  readonly collapsible: boolean;
}

export function renderReviewMarkdown(review: Review, limit = GITHUB_BODY_LIMIT): string {
  const head = [
    `### spf-allowlist: ${review.headline}`,
    '',
    ...attentionLines(review.outcomes),
    ...changeTable(review.diff, review.outcomes),
  ];
  const pieces = [
    ...review.diff.sources.map(detailsPiece),
    ...(review.deny ? denyPieces(review.deny) : []),
  ];
  const tail = warningLines(review);
  return fitUnder(limit, head, pieces, tail);
}

function detailsPiece(source: SourceDiff): Piece {
  return { text: sourceDetails(source), collapsible: true };
}

function denyPieces(deny: DenyReview): Piece[] {
  const head = [
    '#### Denylist (`deny:`)',
    '',
    ...attentionLines(deny.outcomes),
    ...changeTable(deny.diff, deny.outcomes),
  ];
  const overlaps = overlapLines(deny.overlaps);
  return [
    { text: head.join('\n'), collapsible: false },
    ...deny.diff.sources.map(detailsPiece),
    ...(overlaps.length > 0 ? [{ text: overlaps.join('\n'), collapsible: false }] : []),
  ];
}

/** Overlap lines shown in the body; the JSON output lists every one. */
const OVERLAPS_SHOWN = 100;

/** postscreen_access_list is first-match; README "Deny entries" puts the allowlist first. */
function overlapLines(overlaps: readonly RangeOverlap[]): string[] {
  if (overlaps.length === 0) return [];
  const more = overlaps.length - OVERLAPS_SHOWN;
  return [
    `**In both lists** (${overlaps.length}): the allowlist comes first in \`postscreen_access_list\`, so these ranges are permitted and their deny entries do nothing`,
    '',
    ...overlaps
      .slice(0, OVERLAPS_SHOWN)
      .map(
        (o) =>
          `- \`${formatCidr(o.cidr)}\`: allowed by \`${inline(o.allowed)}\`, denied by \`${inline(o.denied)}\``,
      ),
    ...(more > 0 ? [`- … and ${more} more (the JSON output lists every one)`] : []),
    '',
  ];
}

function attentionLines(outcomes: readonly SourceOutcome[]): string[] {
  const lines: string[] = [];
  for (const o of outcomes) {
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

function changeTable(diff: AllowlistDiff, outcomes: readonly SourceOutcome[]): string[] {
  if (diff.sources.length === 0) return ['No range changed.', ''];
  const outcomeOf = new Map(outcomes.map((o) => [`${o.kind} ${o.name}`, o.outcome]));
  return [
    '| source | section | outcome | ranges | IPv4 addresses | IPv6 /64s |',
    '| --- | --- | --- | ---: | ---: | ---: |',
    ...diff.sources.map(
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
  const lines = [
    ...warningItems(review.outcomes, ''),
    ...warningItems(review.deny?.outcomes ?? [], 'deny '),
  ];
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

function warningItems(outcomes: readonly SourceOutcome[], prefix: string): string[] {
  return outcomes.flatMap((o) =>
    o.warnings.map((w) => `- \`${prefix}${o.kind} ${o.name}\`: ${inline(w)}`),
  );
}

/**
 * Collapses the longest per-source details until the body fits, saying so:
 * the full list stays in the job summary's JSON and the committed diff.
 */
function fitUnder(limit: number, head: string[], pieces: Piece[], tail: string[]): string {
  const note =
    "_Some sections were collapsed to stay under GitHub's 65,536-character limit; the JSON output and the diff have everything._";
  const join = (parts: string[]) => `${[...head, ...parts, ...tail].join('\n')}\n`;
  const details = pieces.map((p) => p.text);
  let text = join(details);
  const order = pieces
    .map((p, i) => [p.text.length, i, p.collapsible] as const)
    .filter(([, , collapsible]) => collapsible)
    .sort((a, b) => b[0] - a[0]);
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

/**
 * The same data for tools: stable key order, bigints as numbers when safe.
 * `deny` (the same keys, and `overlaps`) is there only when the config has `deny:`.
 */
export function reviewJson(review: Review): string {
  const data = {
    headline: review.headline,
    needsAttention: review.needsAttention,
    ...listJson(review.diff, review.outcomes),
    ...(review.deny ? { deny: denyJson(review.deny) } : {}),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function denyJson(deny: DenyReview) {
  return {
    ...listJson(deny.diff, deny.outcomes),
    overlaps: deny.overlaps.map((o) => ({
      range: formatCidr(o.cidr),
      allowed: o.allowed,
      denied: o.denied,
    })),
  };
}

function listJson(diff: AllowlistDiff, outcomes: readonly SourceOutcome[]) {
  return {
    rangesAdded: diff.rangesAdded,
    rangesRemoved: diff.rangesRemoved,
    sources: diff.sources.map((s) => ({
      source: s.label,
      section: s.section,
      added: s.added.map((c) => ({ range: formatCidr(c.cidr), origin: c.origin })),
      removed: s.removed.map((c) => ({ range: formatCidr(c.cidr), origin: c.origin })),
      addedIpv4: Number(s.addedIpv4),
      removedIpv4: Number(s.removedIpv4),
      addedIpv6Slash64: s.addedIpv6Slash64.toString(),
      removedIpv6Slash64: s.removedIpv6Slash64.toString(),
    })),
    outcomes: outcomes.map((o) => ({
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
}
