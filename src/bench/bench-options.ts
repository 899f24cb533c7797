// `npm run bench -- [options]`: argv into BenchOptions. Every figure the
// benchmark prints follows from these and the machine, so a run is
// reproducible from its header line.

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export type BenchSection = 'resolve' | 'aggregate' | 'startup';

export interface BenchOptions {
  /** Sender domains per resolution row. */
  readonly sizes: readonly number[];
  /** Resolution runs per size; the table shows the median run and the spread. */
  readonly resolveRuns: number;
  readonly latencyMs: number;
  /** Fraction of the latency: 0.25 draws each query's delay from 0.75x to 1.25x. */
  readonly jitter: number;
  /** Undefined: the config default (`dns.concurrency`). */
  readonly concurrency: number | undefined;
  readonly seed: number;
  /** Range counts per aggregation row. */
  readonly ranges: readonly number[];
  readonly startupRuns: number;
  readonly distPath: string;
  readonly sections: readonly BenchSection[];
  /** Run every case in this process instead of one child process per case (memory is then the process's high-water mark). */
  readonly inProcess: boolean;
  /** Warm the JIT with an in-memory walk before timing each resolution (default: a cold run, as the CLI's). */
  readonly warmup: boolean;
}

export class BenchUsageError extends Error {
  constructor(message: string) {
    super(`${message}\n\n${BENCH_USAGE}`);
    this.name = 'BenchUsageError';
  }
}

export const BENCH_USAGE = `Usage: npm run bench -- [options]

  --sizes N,N,...       sender domains per resolution row (default 50,500,5000)
  --runs N              resolution runs per size; the row is the median run (default 3)
  --latency MS          per-query latency the DNS server injects (default 20)
  --jitter F            jitter as a fraction of the latency (default 0.25)
  --concurrency N       dns.concurrency (default: the config default, 32)
  --seed N              seed of the synthetic internet, jitter and ranges (default 1)
  --ranges N,N,...      ranges per aggregation row (default 1e4,1e5,1e6)
  --startup-runs N      runs of dist/index.js (default 5)
  --dist PATH           the bundled Action (default: this package's dist/index.js)
  --only S,S,...        sections to run: resolve, aggregate, startup (default all)
  --in-process          run every case in this process, not one child per case
  --warmup              walk 2 x 300 other senders from memory, then pause 50 ms, before timing a resolution
`;

const SECTIONS: readonly BenchSection[] = ['resolve', 'aggregate', 'startup'];
const DEFAULT_DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export function parseBenchArgs(args: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        sizes: { type: 'string', default: '50,500,5000' },
        runs: { type: 'string', default: '3' },
        latency: { type: 'string', default: '20' },
        jitter: { type: 'string', default: '0.25' },
        concurrency: { type: 'string' },
        seed: { type: 'string', default: '1' },
        ranges: { type: 'string', default: '1e4,1e5,1e6' },
        'startup-runs': { type: 'string', default: '5' },
        dist: { type: 'string', default: DEFAULT_DIST },
        only: { type: 'string', default: SECTIONS.join(',') },
        'in-process': { type: 'boolean', default: false },
        warmup: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  return {
    sizes: counts('--sizes', values.sizes),
    resolveRuns: number('--runs', values.runs, 'a whole number of at least 1', isCount),
    latencyMs: number(
      '--latency',
      values.latency,
      'a number of milliseconds, 0 or more',
      (n) => n >= 0,
    ),
    jitter: number(
      '--jitter',
      values.jitter,
      'a fraction from 0 to below 1',
      (n) => n >= 0 && n < 1,
    ),
    concurrency:
      values.concurrency === undefined
        ? undefined
        : number('--concurrency', values.concurrency, 'a whole number of at least 1', isCount),
    seed: number('--seed', values.seed, 'a whole number, 0 or more', (n) => isCount(n + 1)),
    ranges: counts('--ranges', values.ranges),
    startupRuns: number(
      '--startup-runs',
      values['startup-runs'],
      'a whole number, 0 or more',
      (n) => isCount(n + 1),
    ),
    distPath: values.dist,
    sections: sections(values.only),
    inProcess: values['in-process'],
    warmup: values.warmup,
  };
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}

function number(
  flag: string,
  text: string,
  expected: string,
  valid: (n: number) => boolean,
): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || !valid(value)) {
    throw new BenchUsageError(`${flag}: "${text}" is not ${expected}`);
  }
  return value;
}

/** "50,500,5e3": whole numbers of at least 1 (exponent notation welcome). */
function counts(flag: string, text: string): number[] {
  return text
    .split(',')
    .map((part) =>
      number(flag, part, 'a whole number of at least 1 (a list: 50,500,5e3)', isCount),
    );
}

function sections(text: string): BenchSection[] {
  return text.split(',').map((part) => {
    const section = SECTIONS.find((s) => s === part.trim());
    if (section === undefined) {
      throw new BenchUsageError(`--only: "${part}" is not one of ${SECTIONS.join(', ')}`);
    }
    return section;
  });
}
