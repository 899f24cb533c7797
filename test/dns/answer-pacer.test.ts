// The SPF walks get their answers through a pacer, in time slices (issue 7):
// one shared answer waking many CPU-heavy callers must not keep the event
// loop (and so the DNS sockets) from turning until all of them are done.
// Found by the benchmark at 5,000 senders (seconds-long stalls, spurious
// timeouts). The cached resolver itself answers at once (answer-pacer.ts).

import { describe, expect, it } from 'vitest';
import { createPacer } from '../../src/dns/answer-pacer.js';
import { createCachedResolver } from '../../src/dns/cached-resolver.js';
import type { DnsResult, Resolve } from '../../src/dns/port.js';

const SHARED: DnsResult<readonly string[]> = { kind: 'answer', records: [['v=spf1 -all']] };

/** Keeps the thread busy, as a walk doing set algebra does. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe('answer pacing', () => {
  it('lets the event loop turn while many callers of one answer are still waiting for it', async () => {
    let release: (result: DnsResult<unknown>) => void = () => undefined;
    const inner = (() =>
      new Promise<DnsResult<unknown>>((resolve) => {
        release = resolve;
      })) as Resolve;
    const cached = createCachedResolver(inner, { concurrency: 1 });
    const pace = createPacer();
    const callers = 20;
    let woken = 0;
    const waiting = Array.from({ length: callers }, async () => {
      const answer = await pace(cached.resolve('_spf.shared.example', 'TXT'));
      woken += 1;
      busy(5);
      return answer;
    });
    release(SHARED);
    // A macrotask queued now runs at the next turn of the loop: how many callers ran before it?
    const wokenAtNextTurn = await new Promise<number>((resolve) =>
      setTimeout(() => {
        resolve(woken);
      }, 0),
    );
    expect(wokenAtNextTurn).toBeLessThan(callers);
    expect(await Promise.all(waiting)).toEqual(Array.from({ length: callers }, () => SHARED));
    expect(cached.stats()).toMatchObject({ queriesSent: 1, cacheHits: callers - 1 });
  });
});
