// One size of the resolution benchmark: a synthetic internet served by the
// in-process DNS server with per-query latency, resolved by the real
// pipeline step (resolveSources over the node resolver and the cached
// resolver, configured by a parsed config file as a run would be), measured
// against the lower bound of lookup-plan.ts.

import { stringify } from 'yaml';
import { parseConfig } from '../config/load-config.js';
import type { Config } from '../config/types.js';
import { createCachedResolver } from '../dns/cached-resolver.js';
import { createNodeResolver } from '../dns/node-resolver.js';
import { startFixtureDnsServer, type ObservedQuery } from '../fixture-dns/server.js';
import { generateSyntheticInternet } from '../fixture-dns/synthetic-internet.js';
import { resolveSources } from '../sources/resolve-sources.js';
import type { SourceResolution } from '../sources/resolution.js';
import { lowerBound, planLookups, queryKey, type QueryKey } from './lookup-plan.js';
import { jitteredLatency } from './query-latency.js';

export interface ResolveCaseOptions {
  readonly senders: number;
  readonly latencyMs: number;
  readonly jitter: number;
  readonly seed: number;
  /** Overrides the config default (`dns.concurrency`) when set. */
  readonly concurrency: number | undefined;
}

export interface ResolveCaseResult {
  readonly senders: number;
  readonly concurrency: number;
  readonly wallMs: number;
  /** Process CPU time (user + system) during the resolution: server and client share it. */
  readonly cpuMs: number;
  readonly criticalPathMs: number;
  /** Lookups on the critical chain, and the chain itself. */
  readonly criticalChain: readonly string[];
  readonly throughputMs: number;
  readonly boundMs: number;
  /** Queries the cached resolver sent to the node resolver. */
  readonly queriesSent: number;
  /** Distinct (name, type) pairs the walk asked for. */
  readonly distinctPairs: number;
  /** Distinct pairs the lookup plan expects; differs from distinctPairs only if the two disagree. */
  readonly plannedPairs: number;
  /** DNS messages the server received (UDP and TCP). */
  readonly wireQueries: number;
  /** Pairs whose UDP answer was truncated and asked again over TCP. */
  readonly tcpRetries: number;
  readonly inFlightPeak: number;
  /** Senders whose walk ended in a transient failure (should be 0). */
  readonly temperrors: number;
  /** Peak resident set size of the process so far, in bytes. */
  readonly peakRssBytes: number;
}

export async function runResolveCase(options: ResolveCaseOptions): Promise<ResolveCaseResult> {
  const internet = generateSyntheticInternet({ senders: options.senders, seed: options.seed });
  const latency = jitteredLatency({
    baseMs: options.latencyMs,
    jitter: options.jitter,
    seed: options.seed,
  });
  const server = await startFixtureDnsServer({ zone: internet.zone, latencyMs: latency });
  try {
    const config = benchConfig(internet.senders, server.address, options.concurrency);
    const cached = createCachedResolver(
      createNodeResolver({
        servers: config.dns.servers,
        timeoutMs: config.dns.timeoutMs,
        tries: config.dns.tries,
      }),
      { concurrency: config.dns.concurrency, deadlineMs: config.dns.deadlineMs },
    );
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const sources = await resolveSources(config, cached.resolve);
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const stats = cached.stats();
    const plan = planLookups(internet.zone, internet.senders, config);
    const overTcp = tcpPairs(server.queries);
    const cost = (key: QueryKey): number => {
      const space = key.indexOf(' ');
      const delay = latency(key.slice(space + 1), key.slice(0, space));
      return overTcp.has(key) ? 2 * delay : delay;
    };
    const bound = lowerBound(plan, cost, config.dns.concurrency);
    return {
      senders: options.senders,
      concurrency: config.dns.concurrency,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      criticalPathMs: bound.criticalPathMs,
      criticalChain: bound.criticalChain,
      throughputMs: bound.throughputMs,
      boundMs: bound.boundMs,
      queriesSent: stats.queriesSent,
      distinctPairs: stats.distinctQueries,
      plannedPairs: plan.queries.size,
      wireQueries: server.queries.length,
      tcpRetries: overTcp.size,
      inFlightPeak: stats.inFlightPeak,
      temperrors: sources.filter(isTemperror).length,
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    await server.close();
  }
}

/** A config as a user would write it, parsed by the real validator (defaults included). */
function benchConfig(
  senders: readonly string[],
  server: string,
  concurrency: number | undefined,
): Config {
  const dns = { servers: [server], ...(concurrency === undefined ? {} : { concurrency }) };
  const text = stringify({ senders: [...senders], dns });
  return parseConfig(text, '/bench/spf-allowlist.yml');
}

function tcpPairs(queries: readonly ObservedQuery[]): Set<QueryKey> {
  const pairs = new Set<QueryKey>();
  for (const query of queries) {
    if (query.transport !== 'tcp') continue;
    pairs.add(queryKey(query.name.toLowerCase(), query.type as 'TXT'));
  }
  return pairs;
}

function isTemperror(source: SourceResolution): boolean {
  return source.kind === 'sender' && source.evaluation.status === 'temperror';
}
