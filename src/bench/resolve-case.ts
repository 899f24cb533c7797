// One size of the resolution benchmark: a synthetic internet served by the
// in-process DNS server with per-query latency, resolved by the real
// pipeline step (resolution-run.ts, usually in a child process), and set
// against the lower bound of lookup-plan.ts computed from the very delays
// the server applied.

import { startFixtureDnsServer, type ObservedQuery } from '../fixture-dns/server.js';
import { generateSyntheticInternet } from '../fixture-dns/synthetic-internet.js';
import { lowerBound, planLookups, queryKey, type QueryKey } from './lookup-plan.js';
import { jitteredLatency } from './query-latency.js';
import type { FloorMeasure, ResolutionMeasure, ResolutionRun } from './resolution-run.js';

export interface ResolveCaseOptions {
  readonly senders: number;
  readonly latencyMs: number;
  readonly jitter: number;
  readonly seed: number;
  /** Overrides the config default (`dns.concurrency`) when set. */
  readonly concurrency: number | undefined;
  readonly warmup: boolean;
}

export interface ResolveCaseResult extends ResolutionMeasure {
  readonly senders: number;
  readonly criticalPathMs: number;
  /** The chain of dependent lookups that takes longest, first query first. */
  readonly criticalChain: readonly string[];
  readonly throughputMs: number;
  readonly boundMs: number;
  /** Distinct pairs the lookup plan expects; differs from distinctPairs only if the two disagree. */
  readonly plannedPairs: number;
  /** DNS messages the server received (UDP and TCP). */
  readonly wireQueries: number;
  /** Pairs whose UDP answer was truncated and asked again over TCP. */
  readonly tcpRetries: number;
  /** The same plan sent with no SPF work (plan-sender.ts), after the run, against the same server. */
  readonly floor: FloorMeasure;
}

/** Where the two measured parts run: this process or a child of their own (case-runner.ts). */
export interface CaseRunners {
  resolution(run: ResolutionRun): Promise<ResolutionMeasure>;
  floor(run: ResolutionRun): Promise<FloorMeasure>;
}

export async function runResolveCase(
  options: ResolveCaseOptions,
  runners: CaseRunners,
): Promise<ResolveCaseResult> {
  const internet = generateSyntheticInternet({ senders: options.senders, seed: options.seed });
  const latency = jitteredLatency({
    baseMs: options.latencyMs,
    jitter: options.jitter,
    seed: options.seed,
  });
  const server = await startFixtureDnsServer({ zone: internet.zone, latencyMs: latency });
  try {
    const run: ResolutionRun = {
      senders: options.senders,
      seed: options.seed,
      server: server.address,
      concurrency: options.concurrency,
      warmup: options.warmup,
    };
    const measure = await runners.resolution(run);
    const plan = planLookups(internet.zone, internet.senders, { ipv4: true, ipv6: true });
    // Read before the floor's queries reach the same server.
    const overTcp = tcpPairs(server.queries);
    const wireQueries = server.queries.length;
    const floor = await runners.floor({ ...run, warmup: false });
    // A truncated answer holds its slot twice: once over UDP, once over TCP.
    const cost = (key: QueryKey): number => {
      const space = key.indexOf(' ');
      const delay = latency(key.slice(space + 1), key.slice(0, space));
      return overTcp.has(key) ? 2 * delay : delay;
    };
    const bound = lowerBound(plan, cost, measure.concurrency);
    return {
      ...measure,
      senders: options.senders,
      criticalPathMs: bound.criticalPathMs,
      criticalChain: bound.criticalChain,
      throughputMs: bound.throughputMs,
      boundMs: bound.boundMs,
      plannedPairs: plan.queries.size,
      wireQueries,
      tcpRetries: overTcp.size,
      floor,
    };
  } finally {
    await server.close();
  }
}

function tcpPairs(queries: readonly ObservedQuery[]): Set<QueryKey> {
  const pairs = new Set<QueryKey>();
  for (const query of queries) {
    if (query.transport === 'tcp') pairs.add(queryKey(query.name.toLowerCase(), query.type));
  }
  return pairs;
}
