// The cache in front of any Resolve: one DNS query per (name, type) per run,
// however many SPF records reach that name, and a bound on how many queries
// are in flight at once so a big config does not flood the resolver. An
// optional whole-run deadline turns every query still waiting into a
// transient TIMEOUT, so a resolver that drips answers slowly fails the run by
// the failure policy (DESIGN.md) instead of holding it open for hours.
// Answers are handed back in time slices, so CPU-heavy callers never starve
// the sockets (see createPacer).

import { normalizeDomainName } from './domain-name.js';
import type { DnsResult, RecordData, RecordType, Resolve } from './port.js';

export interface CachedResolverOptions {
  /** Most inner queries running at once; more wait in a FIFO queue. */
  readonly concurrency: number;
  /**
   * Milliseconds from creation after which every query still running or
   * queued, and every later one, answers a transient TIMEOUT (config
   * `dns.deadline`). Undefined: no deadline.
   */
  readonly deadlineMs?: number;
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
  /** Inner queries running now: started and not yet answered (for a progress display). */
  inFlight(): number;
}

type AnyResult = Promise<DnsResult<RecordData[RecordType]>>;

/** Longest stretch of callers' work between two reads of the sockets (see createPacer). */
export const ANSWER_SLICE_MS = 10;

export function createCachedResolver(
  inner: Resolve,
  options: CachedResolverOptions,
): CachedResolver {
  const { concurrency, deadlineMs } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  const deadline = deadlineMs === undefined ? undefined : startDeadline(deadlineMs);
  // Failures are cached too: asking again in the same run would only repeat
  // the failure and could make one run see two different answers.
  const results = new Map<string, AnyResult>();
  const limit = createLimiter(concurrency);
  const pace = createPacer(ANSWER_SLICE_MS);
  let cacheHits = 0;

  const query = <T extends RecordType>(
    name: string,
    type: T,
  ): Promise<DnsResult<RecordData[T]>> => {
    if (deadline === undefined) return limit.run(() => inner(name, type));
    const late = (): DnsResult<never> => deadline.timeout(name, type);
    // A query still queued when the deadline passes is never sent.
    const sent = limit.run(
      () => inner(name, type),
      () => !deadline.passed(),
    );
    const answered = sent.then((result) => result ?? late());
    return Promise.race([answered, deadline.reached.then(late)]);
  };

  const resolve: Resolve = <T extends RecordType>(name: string, type: T) => {
    const normalized = normalizeDomainName(name);
    const key = `${type} ${normalized}`;
    // The key includes the type, so the cached promise is for RecordData[T].
    const cached = results.get(key) as Promise<DnsResult<RecordData[T]>> | undefined;
    if (cached !== undefined) {
      cacheHits += 1;
      return cached;
    }
    const pending = query(normalized, type);
    results.set(key, pending);
    return pending;
  };
  // Callers get answers through the pacer; the cache keeps the raw promises.
  const paced: Resolve = (name, type) => pace(resolve(name, type));

  return {
    resolve: paced,
    stats: () => ({
      queriesSent: limit.started(),
      distinctQueries: results.size,
      cacheHits,
      inFlightPeak: limit.peak(),
    }),
    inFlight: () => limit.running(),
  };
}

interface Deadline {
  passed(): boolean;
  /** Settles when the deadline passes (never rejects). */
  readonly reached: Promise<void>;
  timeout(name: string, type: RecordType): DnsResult<never>;
}

function startDeadline(ms: number): Deadline {
  let passed = false;
  const reached = new Promise<void>((resolve) => {
    // unref: a finished run must not keep the process alive until the deadline.
    setTimeout(() => {
      passed = true;
      resolve();
    }, ms).unref();
  });
  const seconds = ms / 1000;
  return {
    passed: () => passed,
    reached,
    timeout: (name, type) => ({
      kind: 'transient',
      reason: 'TIMEOUT',
      message: `${type} lookup for ${name} had no answer before the run's deadline of ${seconds} s (dns.deadline)`,
    }),
  };
}

interface Limiter {
  /**
   * Runs `task` once a slot is free. When `stillWanted` says no by then, the
   * task never runs and the result is undefined.
   */
  run<R>(task: () => Promise<R>): Promise<R>;
  run<R>(task: () => Promise<R>, stillWanted: () => boolean): Promise<R | undefined>;
  started(): number;
  running(): number;
  peak(): number;
}

/** Runs at most `bound` tasks at once, starting queued ones in arrival order. */
function createLimiter(bound: number): Limiter {
  const queue = new Fifo<() => void>();
  let running = 0;
  let started = 0;
  let peak = 0;

  function finish(): void {
    running -= 1;
    queue.shift()?.();
  }

  function run<R>(task: () => Promise<R>, stillWanted: () => boolean = () => true) {
    return new Promise<R | undefined>((resolve, reject) => {
      const start = (): void => {
        if (!stillWanted()) {
          resolve(undefined);
          queue.shift()?.();
          return;
        }
        running += 1;
        started += 1;
        peak = Math.max(peak, running);
        // async wrapper: a task that throws synchronously still releases its slot.
        (async () => task())().then(resolve, reject).finally(finish);
      };
      if (running < bound) start();
      else queue.push(start);
    });
  }

  return {
    run,
    started: () => started,
    running: () => running,
    peak: () => peak,
  };
}

/**
 * Hands answers back to callers in slices of about `sliceMs`, with a turn of
 * the event loop between slices. One answer (a shared include) can wake
 * thousands of waiting walks; run back to back they block the loop for
 * seconds, while answers to the queries in flight sit unread in the socket
 * and time out. Between slices those answers are read. Also used for the
 * walks that wait on a shared include's walk (spf/walk.ts), for the same reason.
 */
export function createPacer(sliceMs: number): <T>(answer: Promise<T>) => Promise<T> {
  const queue = new Fifo<() => void>();
  let scheduled = false;
  const pump = async (): Promise<void> => {
    const started = performance.now();
    while (queue.size() > 0 && performance.now() - started < sliceMs) {
      queue.shift()?.();
      // Let the woken caller run up to its next query before timing the next one.
      await Promise.resolve();
    }
    if (queue.size() > 0) setImmediate(() => void pump());
    else scheduled = false;
  };
  return <T>(answer: Promise<T>) =>
    answer.then(
      (value) =>
        new Promise<T>((resolve) => {
          queue.push(() => {
            resolve(value);
          });
          if (!scheduled) {
            scheduled = true;
            setImmediate(() => void pump());
          }
        }),
    );
}

/**
 * A first-in first-out queue read from a moving head: Array#shift copies
 * the rest of a long array each time, and thousands of walks or queries can
 * wait in one (issue #7 profile: the pacer's shift was 2 s at 5000 senders).
 */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.head += 1;
    // Drop the items already read once they are most of the array.
    if (this.head >= 1024 && 2 * this.head >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
