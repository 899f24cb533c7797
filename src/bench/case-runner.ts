// Runs the measured part of a case, by default in a child process of its
// own: peak memory (maxRSS) and CPU time are then that case's alone, no case
// runs on a heap or JIT state another one left behind, and the DNS server
// (in this process) does not compete with the code under test for its thread.

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  runAggregateCase,
  type AggregateCaseOptions,
  type AggregateCaseResult,
} from './aggregate-case.js';
import { runResolveCase, type ResolveCaseOptions, type ResolveCaseResult } from './resolve-case.js';
import {
  measureIoFloor,
  measureResolution,
  type FloorMeasure,
  type ResolutionMeasure,
  type ResolutionRun,
} from './resolution-run.js';

type ChildCase =
  | { readonly kind: 'resolution'; readonly run: ResolutionRun }
  | { readonly kind: 'io-floor'; readonly run: ResolutionRun }
  | { readonly kind: 'aggregate'; readonly options: AggregateCaseOptions };

/** The argument that makes run-bench.js run one case and print its result as JSON. */
export const CHILD_CASE_FLAG = '--child-case';

const ENTRY = fileURLToPath(new URL('./run-bench.js', import.meta.url));
const execute = promisify(execFile);

export function measureResolve(
  options: ResolveCaseOptions,
  inProcess: boolean,
): Promise<ResolveCaseResult> {
  return runResolveCase(
    options,
    inProcess
      ? { resolution: measureResolution, floor: measureIoFloor }
      : {
          resolution: (run) => inChild({ kind: 'resolution', run }) as Promise<ResolutionMeasure>,
          floor: (run) => inChild({ kind: 'io-floor', run }) as Promise<FloorMeasure>,
        },
  );
}

export function measureAggregate(
  options: AggregateCaseOptions,
  inProcess: boolean,
): Promise<AggregateCaseResult> {
  return inProcess
    ? Promise.resolve(runAggregateCase(options))
    : (inChild({ kind: 'aggregate', options }) as Promise<AggregateCaseResult>);
}

/** The child's side: run the case given on the command line. */
export async function runCaseFromArgument(json: string): Promise<unknown> {
  const childCase = JSON.parse(json) as ChildCase;
  switch (childCase.kind) {
    case 'resolution':
      return measureResolution(childCase.run);
    case 'io-floor':
      return measureIoFloor(childCase.run);
    case 'aggregate':
      return runAggregateCase(childCase.options);
  }
}

async function inChild(childCase: ChildCase): Promise<unknown> {
  const { stdout } = await execute(
    process.execPath,
    [ENTRY, CHILD_CASE_FLAG, JSON.stringify(childCase)],
    { maxBuffer: 16 * 2 ** 20 },
  );
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as unknown;
}
