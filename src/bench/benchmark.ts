// `npm run bench` (issue 7): resolution of a synthetic SPF internet at each
// size against its lower bound, range aggregation at scale, and start-up of
// the bundled Action. Offline and reproducible: every input comes from the
// seed. Never part of `npm test` (test/bench runs the smallest size only).

import { cpus, loadavg } from 'node:os';
import {
  aggregateTable,
  criticalChainNote,
  resolveRow,
  resolveTable,
  startupTable,
  type ResolveRow,
} from './bench-table.js';
import type { BenchOptions } from './bench-options.js';
import { measureAggregate, measureResolve } from './case-runner.js';
import { runStartupCase } from './startup-case.js';
import type { ResolveCaseResult } from './resolve-case.js';
import type { AggregateCaseResult } from './aggregate-case.js';

export interface BenchOutput {
  write(text: string): unknown;
}

export async function runBenchmark(options: BenchOptions, out: BenchOutput): Promise<void> {
  out.write(`${describeRun(options)}\n`);
  if (options.sections.includes('resolve')) {
    const rows: ResolveRow[] = [];
    for (const senders of options.sizes) {
      const runs: ResolveCaseResult[] = [];
      for (let run = 0; run < options.resolveRuns; run += 1) {
        runs.push(
          await measureResolve(
            {
              senders,
              latencyMs: options.latencyMs,
              jitter: options.jitter,
              seed: options.seed,
              concurrency: options.concurrency,
              warmup: options.warmup,
            },
            options.inProcess,
          ),
        );
      }
      rows.push(resolveRow(runs));
    }
    out.write(`\n## Resolution\n\n${resolveTable(rows)}\n\n${criticalChainNote(rows)}\n`);
  }
  if (options.sections.includes('aggregate')) {
    const results: AggregateCaseResult[] = [];
    for (const ranges of options.ranges) {
      results.push(await measureAggregate({ ranges, seed: options.seed }, options.inProcess));
    }
    out.write(
      `\n## Aggregation (AddressSet.fromCidrs(...).toCidrs())\n\n${aggregateTable(results)}\n`,
    );
  }
  if (options.sections.includes('startup') && options.startupRuns > 0) {
    const result = await runStartupCase({ distPath: options.distPath, runs: options.startupRuns });
    out.write(`\n## Start-up of ${options.distPath}\n\n${startupTable(result)}\n`);
  }
}

/** Everything a reader needs to reproduce the figures, and how busy the machine was. */
function describeRun(options: BenchOptions): string {
  const cpu = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const concurrency = options.concurrency ?? 'config default';
  return [
    `# spf-allowlist benchmark`,
    '',
    `seed ${options.seed}; latency ${options.latencyMs} ms ±${options.jitter * 100}% per query; ` +
      `dns.concurrency ${concurrency}; ${options.warmup ? 'JIT warmed up' : 'cold'}; ` +
      (options.inProcess
        ? 'all cases in one process'
        : 'one process per case, DNS server in the parent'),
    `node ${process.version}; ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}; load average at start ${load}`,
  ].join('\n');
}
