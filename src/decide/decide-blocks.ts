// The "decide" arrow of DESIGN.md: this run's resolutions + the previous
// file + the policy -> the blocks to write and each source's outcome. Pure;
// `today` is passed in. Nothing is lost silently: a source that could not be
// refreshed keeps its previous block, marked stale, until policy says to drop it.

import type { BlockInput, OriginInput } from '../allowlist/build.js';
import { blockAllCidrs, blockLabel, type Allowlist, type Block } from '../allowlist/model.js';
import { DualSet, unionDual } from '../cidr/dual-set.js';
import type { Policy } from '../config/types.js';
import type { SourceResolution } from '../sources/resolution.js';
import { freshOrigins, type FreshResult } from './fresh-origins.js';
import { isFailure, type SourceOutcome } from './outcome.js';
import { changeFlags } from './change-flags.js';

export interface Decision {
  readonly blocks: readonly BlockInput[];
  readonly outcomes: readonly SourceOutcome[];
  /** Set when the run must fail and change nothing. */
  readonly failure: string | undefined;
}

/**
 * `proposed` is the list as an open pull request has it, not merged yet: a
 * block it already marks stale keeps that mark, so a continuing outage keeps
 * its first date instead of restarting it (and rewriting the pull request)
 * every run until the merge.
 */
export function decideBlocks(
  sources: readonly SourceResolution[],
  previous: Allowlist | undefined,
  policy: Policy,
  today: string,
  proposed?: Allowlist,
): Decision {
  const previousBlocks = blocksByLabel(previous);
  const proposedBlocks = blocksByLabel(proposed);
  const blocks: BlockInput[] = [];
  const outcomes: SourceOutcome[] = [];
  for (const source of sources) {
    const label = blockLabel(source);
    const before = withProposedMark(previousBlocks.get(label), proposedBlocks.get(label));
    const decided = decideSource(source, freshOrigins(source, policy), before, policy, today);
    outcomes.push(decided.outcome);
    if (decided.block) blocks.push(decided.block);
  }
  return { blocks, outcomes, failure: runFailure(outcomes, blocks, policy) };
}

function blocksByLabel(list: Allowlist | undefined): Map<string, Block> {
  const blocks = new Map<string, Block>();
  for (const section of list?.sections ?? []) {
    for (const block of section.blocks) blocks.set(blockLabel(block), block);
  }
  return blocks;
}

/** The merged block, with the stale mark only the pull request has; its ranges stay the merged ones. */
function withProposedMark(
  before: Block | undefined,
  proposed: Block | undefined,
): Block | undefined {
  if (before === undefined || before.stale !== undefined || proposed?.stale === undefined) {
    return before;
  }
  return { ...before, stale: proposed.stale };
}

function decideSource(
  source: SourceResolution,
  fresh: FreshResult,
  before: Block | undefined,
  policy: Policy,
  today: string,
): { outcome: SourceOutcome; block: BlockInput | undefined } {
  const base = { section: source.section, kind: source.kind, name: source.name };
  if (fresh.kind === 'fresh') {
    const now = unionDual(fresh.origins.map((o) => o.set));
    const then = before ? DualSet.fromCidrs(blockAllCidrs(before)) : undefined;
    const notes = [...fresh.warnings, ...fresh.refused.map((r) => `refused ${r.reason}`)];
    return {
      outcome: {
        ...base,
        outcome: then && then.equals(now) ? 'unchanged' : 'updated',
        reason: undefined,
        refused: fresh.refused,
        flags: then ? changeFlags(then, now, policy) : [],
        warnings: fresh.warnings,
      },
      block: { ...base, stale: undefined, notes, origins: fresh.origins },
    };
  }
  const outcome = {
    ...base,
    reason: fresh.reason,
    refused: [],
    flags: [],
    warnings: fresh.warnings,
  };
  if (fresh.outcome === 'gone')
    return { outcome: { ...outcome, outcome: 'gone' }, block: undefined };
  if (!before) {
    return {
      outcome: {
        ...outcome,
        outcome: fresh.outcome,
        reason: `${fresh.reason} (no previous ranges to keep)`,
      },
      block: undefined,
    };
  }
  const since = before.stale?.since ?? today;
  if (daysBetween(since, today) > policy.keepStaleDays) {
    const reason = `stale since ${since}, more than policy.keep-stale-days (${policy.keepStaleDays}); last failure: ${fresh.reason}`;
    return { outcome: { ...outcome, outcome: 'dropped', reason }, block: undefined };
  }
  // Keep the first failure's reason so a continuing outage does not churn the file.
  const stale = before.stale ?? {
    since,
    reason: fresh.outcome === 'stale' ? fresh.reason : `${fresh.outcome}: ${fresh.reason}`,
  };
  return {
    outcome: {
      ...outcome,
      outcome: fresh.outcome,
      reason: `${fresh.reason} (previous ranges kept since ${since})`,
    },
    block: { ...base, stale, notes: before.notes, origins: previousOrigins(before) },
  };
}

/** A stale block's groups with their full sets, so shared ranges are never lost. */
function previousOrigins(block: Block): OriginInput[] {
  return block.groups.map((g) => ({
    text: g.origin,
    set: DualSet.fromCidrs([...g.cidrs, ...g.shared.map((s) => s.cidr)]),
  }));
}

function runFailure(
  outcomes: readonly SourceOutcome[],
  blocks: readonly BlockInput[],
  policy: Policy,
): string | undefined {
  const failed = outcomes.filter(isFailure);
  const percent = outcomes.length === 0 ? 0 : (failed.length / outcomes.length) * 100;
  if (percent > policy.maxFailedPercent) {
    return `${failed.length} of ${outcomes.length} sources (${percent.toFixed(0)}%) could not be refreshed, more than policy.max-failed-percent (${policy.maxFailedPercent}%): ${failed.map((o) => `${o.kind} ${o.name}`).join(', ')}`;
  }
  const total = unionDual(blocks.flatMap((b) => b.origins.map((o) => o.set))).v4.size();
  if (total > BigInt(policy.maxTotalIpv4)) {
    return `the allowlist would cover ${total} IPv4 addresses, more than policy.max-total-ipv4 (${policy.maxTotalIpv4})`;
  }
  return undefined;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
