// The measured parts of a resolution case: the real pipeline step
// (resolveSources over the node resolver and the cached resolver, set up
// from a parsed config as a run would be), and its I/O floor (the same
// queries with no SPF work, plan-sender.ts), each against a DNS server
// started by the caller, usually in the parent benchmark process, so that
// this process spends its CPU and memory on our code only, as against a
// real resolver.

import { monitorEventLoopDelay } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { parseConfig } from '../config/load-config.js';
import type { Config } from '../config/types.js';
import { createCachedResolver, type CachedResolver } from '../dns/cached-resolver.js';
import { createNodeResolver } from '../dns/node-resolver.js';
import { generateSyntheticInternet } from '../fixture-dns/synthetic-internet.js';
import { zoneResolver } from '../fixture-dns/zone-resolver.js';
import { resolveSources } from '../sources/resolve-sources.js';
import type { SourceResolution } from '../sources/resolution.js';
import { planLookups } from './lookup-plan.js';
import { sendPlan } from './plan-sender.js';

export interface ResolutionRun {
  readonly senders: number;
  readonly seed: number;
  /** The DNS server, "127.0.0.1:PORT". */
  readonly server: string;
  /** Overrides the config default (`dns.concurrency`) when set. */
  readonly concurrency: number | undefined;
  /** First walk a few hundred senders from memory (no DNS), so the JIT is warm when timing starts. */
  readonly warmup: boolean;
}

export interface ResolutionMeasure {
  readonly concurrency: number;
  readonly wallMs: number;
  /** This process's CPU time (user + system, all threads) during the resolution. */
  readonly cpuMs: number;
  /** Queries the cached resolver sent to the node resolver. */
  readonly queriesSent: number;
  /** Distinct (name, type) pairs the walk asked for. */
  readonly distinctPairs: number;
  readonly inFlightPeak: number;
  /**
   * Longest time the event loop was blocked: while it is, answers wait
   * unread, and past the per-query timeout they count as timeouts.
   */
  readonly maxStallMs: number;
  /** Senders whose walk ended in a transient failure (should be 0). */
  readonly temperrors: number;
  /** Peak resident set size of this process so far, in bytes. */
  readonly peakRssBytes: number;
}

const WARMUP_SENDERS = 300;
const WARMUP_PAUSE_MS = 50;

export async function measureResolution(run: ResolutionRun): Promise<ResolutionMeasure> {
  const internet = generateSyntheticInternet({ senders: run.senders, seed: run.seed });
  const config = benchConfig(internet.senders, run.server, run.concurrency);
  if (run.warmup) await warmUp(run);
  const cached = runResolver(config);
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const sources = await resolveSources(config, cached.resolve);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  stalls.disable();
  const stats = cached.stats();
  return {
    concurrency: config.dns.concurrency,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    queriesSent: stats.queriesSent,
    distinctPairs: stats.distinctQueries,
    inFlightPeak: stats.inFlightPeak,
    maxStallMs: stalls.max / 1e6,
    temperrors: sources.filter(isTemperror).length,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

/** The I/O floor's figures (plan-sender.ts). */
export interface FloorMeasure {
  readonly wallMs: number;
  readonly queriesSent: number;
}

/** The same case's lookup plan sent with no SPF work, over the resolvers a run uses. */
export async function measureIoFloor(run: ResolutionRun): Promise<FloorMeasure> {
  const internet = generateSyntheticInternet({ senders: run.senders, seed: run.seed });
  const config = benchConfig(internet.senders, run.server, run.concurrency);
  const plan = planLookups(internet.zone, internet.senders, {
    ipv4: config.ipv4,
    ipv6: config.ipv6,
  });
  const cached = runResolver(config);
  const started = performance.now();
  await sendPlan(plan, cached.resolve);
  return { wallMs: performance.now() - started, queriesSent: cached.stats().queriesSent };
}

/** The resolvers a run sets up from its config. */
function runResolver(config: Config): CachedResolver {
  return createCachedResolver(
    createNodeResolver({
      servers: config.dns.servers,
      timeoutMs: config.dns.timeoutMs,
      tries: config.dns.tries,
    }),
    { concurrency: config.dns.concurrency, deadlineMs: config.dns.deadlineMs },
  );
}

/** A config as a user would write it, parsed by the real validator (defaults included). */
function benchConfig(
  senders: readonly string[],
  server: string,
  concurrency: number | undefined,
): Config {
  const dns = { servers: [server], ...(concurrency === undefined ? {} : { concurrency }) };
  return parseConfig(stringify({ senders: [...senders], dns }), '/bench/spf-allowlist.yml');
}

/**
 * Two other internets (next seeds), answered from memory through the cached
 * resolver: warms the walk, not the cache under test. The pause lets the
 * optimising compiler's background jobs land before timing starts.
 */
async function warmUp(run: ResolutionRun): Promise<void> {
  for (const seed of [run.seed + 1, run.seed + 2]) {
    const other = generateSyntheticInternet({ senders: WARMUP_SENDERS, seed });
    const config = benchConfig(other.senders, run.server, run.concurrency);
    const cached = createCachedResolver(zoneResolver(other.zone), {
      concurrency: config.dns.concurrency,
    });
    await resolveSources(config, cached.resolve);
  }
  await new Promise((settle) => setTimeout(settle, WARMUP_PAUSE_MS));
}

function isTemperror(source: SourceResolution): boolean {
  return source.kind === 'sender' && source.evaluation.status === 'temperror';
}
