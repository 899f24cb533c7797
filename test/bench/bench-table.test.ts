// A size's row stands for its runs: the median run by wall time, and the
// spread of all of them (issue #7: one run swings enough to cross a target).

import { describe, expect, it } from 'vitest';
import { resolveRow, resolveTable } from '../../src/bench/bench-table.js';
import type { ResolveCaseResult } from '../../src/bench/resolve-case.js';

function run(wallMs: number, temperrors = 0, floorMs = 110): ResolveCaseResult {
  return {
    senders: 50,
    concurrency: 32,
    wallMs,
    cpuMs: 1,
    queriesSent: 152,
    distinctPairs: 152,
    inFlightPeak: 32,
    maxStallMs: 1,
    temperrors,
    peakRssBytes: 2 ** 26,
    criticalPathMs: 90,
    criticalChain: ['TXT sender0.example'],
    throughputMs: 100,
    boundMs: 100,
    plannedPairs: 152,
    wireQueries: 171,
    tcpRetries: 19,
    floor: { wallMs: floorMs, queriesSent: 152 },
  };
}

describe('resolveRow', () => {
  it.each([
    [[130], 130],
    [[150, 120, 140], 140],
    [[150, 120], 120],
    [[160, 110, 150, 120], 120],
  ])('walls %j: the median run is the one of %i ms', (walls, median) => {
    expect(resolveRow(walls.map((w) => run(w))).median.wallMs).toBe(median);
  });

  it('needs a run', () => {
    expect(() => resolveRow([])).toThrow(RangeError);
  });
});

describe('resolveTable', () => {
  it('shows the median run, the spread of all, and a note for a failure in any run', () => {
    const table = resolveTable([
      resolveRow([run(150, 0, 105), run(120, 0, 125), run(140, 3, 130)]),
    ]);
    const cells = table
      .split('\n')
      .find((line) => line.startsWith('| 50 '))
      ?.split('|')
      .map((cell) => cell.trim());
    expect(cells?.slice(1, 9)).toEqual([
      '50',
      '140 ms',
      '90.0 ms (1)',
      '100 ms',
      '100 ms',
      '1.40x',
      '3: 1.20x - 1.50x',
      '125 ms (1.25x)', // the median of the three floors, not the median run's (130 ms)
    ]);
    expect(table).toContain('- 50 senders: 3 ended in a transient DNS failure');
    expect(table).not.toContain('I/O floor sent');
  });

  it('notes an I/O floor that did not send the whole plan', () => {
    const short = { ...run(140), floor: { wallMs: 110, queriesSent: 150 } };
    expect(resolveTable([resolveRow([short])])).toContain(
      '- 50 senders: the I/O floor sent 150 queries, the lookup plan has 152.',
    );
  });
});
