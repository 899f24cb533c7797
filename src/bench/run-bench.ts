// `npm run bench`: the entry point. With CHILD_CASE_FLAG it runs one case
// for the parent benchmark process and prints the result as JSON.

import { BenchUsageError, parseBenchArgs, BENCH_USAGE } from './bench-options.js';
import { runBenchmark } from './benchmark.js';
import { CHILD_CASE_FLAG, runCaseFromArgument } from './case-runner.js';

const args = process.argv.slice(2);

if (args[0] === CHILD_CASE_FLAG) {
  process.stdout.write(`${JSON.stringify(await runCaseFromArgument(args[1] ?? ''))}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(BENCH_USAGE);
} else {
  try {
    await runBenchmark(parseBenchArgs(args), process.stdout);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    process.stderr.write(error.message);
    process.exitCode = 2;
  }
}
