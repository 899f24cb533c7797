// The benchmark's report: one Markdown table per section, so a run can be
// pasted into docs/benchmarks.md as it is.

import type { AggregateCaseResult } from './aggregate-case.js';
import type { ResolveCaseResult } from './resolve-case.js';
import type { StartupCaseResult } from './startup-case.js';

/**
 * One size's runs: the median run (by wall time; of two middle ones, the
 * faster) stands for them, and the spread of their ratios is shown beside it.
 * One run swings by about ±0.05x on this project's 2-core machine (issue #7),
 * enough to decide which side of a target a single figure lands.
 */
export interface ResolveRow {
  readonly median: ResolveCaseResult;
  /** Every run, fastest first. */
  readonly runs: readonly ResolveCaseResult[];
}

export function resolveRow(runs: readonly ResolveCaseResult[]): ResolveRow {
  const byWall = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  const median = byWall[Math.floor((byWall.length - 1) / 2)];
  if (median === undefined) throw new RangeError('a resolution row needs at least one run');
  return { median, runs: byWall };
}

export function resolveTable(rows: readonly ResolveRow[]): string {
  const header = [
    'senders',
    'wall',
    'critical path (lookups)',
    'throughput bound',
    'lower bound',
    'wall / bound',
    'runs: min - max',
    'I/O floor / bound',
    'queries sent',
    'distinct pairs',
    'on the wire (TCP)',
    'peak in flight',
    'CPU',
    'max stall',
    'peak RSS',
  ];
  const cells = rows.map(({ median: r, runs }) => [
    String(r.senders),
    duration(r.wallMs),
    `${duration(r.criticalPathMs)} (${r.criticalChain.length})`,
    duration(r.throughputMs),
    duration(r.boundMs),
    runRatio(r),
    `${runs.length}: ${runRatio(runs[0] ?? r)} - ${runRatio(runs.at(-1) ?? r)}`,
    floorCell(runs, r.boundMs),
    String(r.queriesSent),
    String(r.distinctPairs),
    `${r.wireQueries} (${r.tcpRetries})`,
    `${r.inFlightPeak}/${r.concurrency}`,
    duration(r.cpuMs),
    duration(r.maxStallMs),
    mebibytes(r.peakRssBytes),
  ]);
  // A transient failure in any run makes that row suspect; the same note once.
  const notes = new Set(rows.flatMap((row) => row.runs.flatMap(resolveNotes)));
  return [markdownTable(header, cells), ...notes].join('\n');
}

function runRatio(run: ResolveCaseResult): string {
  return ratio(run.wallMs / run.boundMs);
}

/** The median of the runs' I/O floors (plan-sender.ts), and its ratio to the bound. */
function floorCell(runs: readonly ResolveCaseResult[], boundMs: number): string {
  const floorMs = median(runs.map((run) => run.floor.wallMs));
  return `${duration(floorMs)} (${ratio(floorMs / boundMs)})`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** What makes a row's figures suspect, said under the table rather than hidden in it. */
function resolveNotes(r: ResolveCaseResult): string[] {
  const notes: string[] = [];
  if (r.temperrors > 0) {
    notes.push(
      `- ${r.senders} senders: ${r.temperrors} ended in a transient DNS failure (timeouts); the wall time includes waiting for them.`,
    );
  }
  if (r.floor.queriesSent !== r.plannedPairs) {
    notes.push(
      `- ${r.senders} senders: the I/O floor sent ${r.floor.queriesSent} queries, the lookup plan has ${r.plannedPairs}.`,
    );
  }
  if (r.plannedPairs !== r.distinctPairs) {
    notes.push(
      `- ${r.senders} senders: the walk asked ${r.distinctPairs} distinct pairs, the lookup plan expects ${r.plannedPairs}.`,
    );
  }
  return notes;
}

export function criticalChainNote(rows: readonly ResolveRow[]): string {
  const longest = rows.at(-1)?.median;
  if (longest === undefined) return '';
  return `Critical chain at ${longest.senders} senders: ${longest.criticalChain.join(' -> ')}`;
}

export function aggregateTable(results: readonly AggregateCaseResult[]): string {
  const header = ['ranges', 'time', 'output CIDRs', 'RSS before', 'peak RSS'];
  const rows = results.map((r) => [
    String(r.ranges),
    duration(r.ms),
    String(r.outputCidrs),
    mebibytes(r.rssBeforeBytes),
    mebibytes(r.peakRssBytes),
  ]);
  return markdownTable(header, rows);
}

export function startupTable(result: StartupCaseResult): string {
  const header = [
    'runs',
    'dist/index.js spawn to first query (median)',
    'min - max',
    'node -e 0 (median)',
  ];
  const times = [...result.toFirstQueryMs].sort((a, b) => a - b);
  const row = [
    String(result.runs),
    duration(median(times)),
    `${duration(times[0] ?? NaN)} - ${duration(times.at(-1) ?? NaN)}`,
    duration(median(result.bareNodeMs)),
  ];
  return markdownTable(header, [row]);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
}

function mebibytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
