// The cache in front of any Resolve: one DNS query per (name, type) per run,
// however many SPF records reach that name, and a bound on how many queries
// are in flight at once so a big config does not flood the resolver.

import { normalizeDomainName } from './domain-name.js';
import type { DnsResult, RecordData, RecordType, Resolve } from './port.js';

export interface CachedResolverOptions {
  /** Most inner queries running at once; more wait in a FIFO queue. */
  readonly concurrency: number;
}

export interface ResolverStats {
  /** Inner queries started (a queued query counts once it starts). */
  readonly queriesSent: number;
  /** Distinct (name, type) keys asked for. */
  readonly distinctQueries: number;
  /** Requests answered from the cache or by joining a query already in flight. */
  readonly cacheHits: number;
  /** Most inner queries that were running at the same moment. */
  readonly inFlightPeak: number;
}

export interface CachedResolver {
  readonly resolve: Resolve;
  stats(): ResolverStats;
}

type AnyResult = Promise<DnsResult<RecordData[RecordType]>>;

export function createCachedResolver(
  inner: Resolve,
  options: CachedResolverOptions,
): CachedResolver {
  const { concurrency } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  // Failures are cached too: asking again in the same run would only repeat
  // the failure and could make one run see two different answers.
  const results = new Map<string, AnyResult>();
  const limit = createLimiter(concurrency);
  let cacheHits = 0;

  const resolve: Resolve = <T extends RecordType>(name: string, type: T) => {
    const normalized = normalizeDomainName(name);
    const key = `${type} ${normalized}`;
    // The key includes the type, so the cached promise is for RecordData[T].
    const cached = results.get(key) as Promise<DnsResult<RecordData[T]>> | undefined;
    if (cached !== undefined) {
      cacheHits += 1;
      return cached;
    }
    const pending = limit.run(() => inner(normalized, type));
    results.set(key, pending);
    return pending;
  };

  return {
    resolve,
    stats: () => ({
      queriesSent: limit.started(),
      distinctQueries: results.size,
      cacheHits,
      inFlightPeak: limit.peak(),
    }),
  };
}

interface Limiter {
  run<R>(task: () => Promise<R>): Promise<R>;
  started(): number;
  peak(): number;
}

/** Runs at most `bound` tasks at once, starting queued ones in arrival order. */
function createLimiter(bound: number): Limiter {
  const queue: (() => void)[] = [];
  let running = 0;
  let started = 0;
  let peak = 0;

  function finish(): void {
    running -= 1;
    queue.shift()?.();
  }

  return {
    run: <R>(task: () => Promise<R>) =>
      new Promise<R>((resolve, reject) => {
        const start = (): void => {
          running += 1;
          started += 1;
          peak = Math.max(peak, running);
          // async wrapper: a task that throws synchronously still releases its slot.
          (async () => task())().then(resolve, reject).finally(finish);
        };
        if (running < bound) start();
        else queue.push(start);
      }),
    started: () => started,
    peak: () => peak,
  };
}
