// `npm run bench` end to end at its smallest size: every section runs the
// real code (resolution through the node resolver against the in-process
// DNS server, aggregation, the bundled Action) and prints every row. No
// timing is asserted; figures depend on the machine.

import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../src/bench/bench-options.js';
import { runBenchmark } from '../../src/bench/benchmark.js';

/** Everything `npm run bench -- ARGS --in-process` prints. */
async function benchOutput(args: readonly string[]): Promise<string> {
  let printed = '';
  await runBenchmark(parseBenchArgs([...args, '--in-process']), {
    write: (text: string) => (printed += text),
  });
  return printed;
}

describe('npm run bench, smallest size', () => {
  it('prints the resolution, aggregation and start-up tables with every row', async () => {
    const printed = await benchOutput([
      '--sizes',
      '50',
      '--runs',
      '2',
      '--latency',
      '1',
      '--ranges',
      '1e4',
      '--startup-runs',
      '1',
    ]);

    expect(printed).toContain('seed 1; latency 1 ms ±25% per query');
    const lines = printed.split('\n');
    const row = (first: string) => lines.find((l) => l.startsWith(`| ${first} `));
    expect(row('senders')).toContain('wall / bound');
    const resolution = row('50')
      ?.split('|')
      .map((cell) => cell.trim());
    // | 50 | wall | critical path | throughput | bound | ratio | runs | floor | sent | distinct | wire | in flight | CPU | stall | RSS |
    expect(resolution).toHaveLength(17);
    expect(resolution?.[7]).toMatch(/^2: \d+\.\d\dx - \d+\.\d\dx$/); // both runs' spread
    expect(resolution?.[8]).toMatch(/^[\d.]+ m?s \(\d+\.\d\dx\)$/); // the I/O floor and its ratio
    expect(resolution?.[9]).toBe(resolution?.[10]); // queries sent = distinct pairs
    expect(resolution?.[12]).toMatch(/^\d+\/32$/); // the config default concurrency
    expect(printed).not.toContain('transient DNS failure');
    expect(printed).not.toContain('the lookup plan expects');
    expect(printed).not.toContain('I/O floor sent'); // the floor sent every planned pair
    expect(printed).toMatch(/Critical chain at 50 senders: TXT sender\d+\.example -> /);
    expect(row('ranges')).toContain('peak RSS');
    expect(row('10000')).toMatch(/^\| 10000 +\| [\d.]+ m?s +\| \d+ /);
    expect(row('runs')).toContain('spawn to first query');
    expect(row('1')).toMatch(/^\| 1 +\| [\d.]+ m?s /);
  });

  it('runs a resolution row after the warm-up walks when asked, and says so in the header', async () => {
    const printed = await benchOutput([
      '--sizes',
      '50',
      '--runs',
      '1',
      '--latency',
      '1',
      '--only',
      'resolve',
      '--warmup',
    ]);

    expect(printed).toContain('; JIT warmed up;');
    const row = printed.split('\n').find((line) => line.startsWith('| 50 '));
    expect(row?.split('|').map((cell) => cell.trim())[7]).toMatch(/^1: \d+\.\d\dx - /);
    expect(printed).not.toContain('transient DNS failure');
  });

  it.each([
    [['--sizes', '0'], '--sizes: "0" is not a whole number of at least 1 (a list: 50,500,5e3)'],
    [['--runs', '0'], '--runs: "0" is not a whole number of at least 1'],
    [['--only', 'resolve,nope'], '--only: "nope" is not one of resolve, aggregate, startup'],
    [['--jitter', '1'], '--jitter: "1" is not a fraction from 0 to below 1'],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('rejects %j with a message saying what is valid', (args, message) => {
    expect(() => parseBenchArgs(args)).toThrow(message);
  });
});
