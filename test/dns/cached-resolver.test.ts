// The cache / in-flight sharing / concurrency wrapper, over an inner
// resolver whose answers the test releases by hand (no timing).

import { describe, expect, it } from 'vitest';
import { createCachedResolver } from '../../src/dns/cached-resolver.js';
import type { DnsResult, RecordType, Resolve } from '../../src/dns/port.js';

interface Call {
  readonly name: string;
  readonly type: RecordType;
  release(result: DnsResult<unknown>): void;
}

/** An inner resolver that answers only when the test calls `release`. */
function heldResolver() {
  const calls: Call[] = [];
  let running = 0;
  let peak = 0;
  const resolve = ((name: string, type: RecordType) =>
    new Promise<DnsResult<unknown>>((done) => {
      running += 1;
      peak = Math.max(peak, running);
      calls.push({
        name,
        type,
        release: (result) => {
          running -= 1;
          done(result);
        },
      });
    })) as Resolve;
  return { resolve, calls, peak: () => peak };
}

const TXT: DnsResult<readonly string[]> = { kind: 'answer', records: [['v=spf1 -all']] };
const SERVFAIL: DnsResult<never> = { kind: 'transient', reason: 'SERVFAIL', message: 'x' };

/** Lets queued promise callbacks run, so the wrapper can start the next query. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createCachedResolver', () => {
  it('sends one query per lower-cased name and type, and shares it while in flight', async () => {
    const inner = heldResolver();
    const cached = createCachedResolver(inner.resolve, { concurrency: 4 });
    const first = cached.resolve('Example.COM', 'TXT');
    const second = cached.resolve('example.com.', 'TXT');
    const otherType = cached.resolve('example.com', 'A');
    await settle();
    expect(inner.calls.map((c) => `${c.type} ${c.name}`)).toEqual([
      'TXT example.com',
      'A example.com',
    ]);
    inner.calls[0]!.release(TXT);
    inner.calls[1]!.release({ kind: 'nxdomain' });
    expect(await first).toEqual(TXT);
    expect(await second).toBe(await first);
    expect(await otherType).toEqual({ kind: 'nxdomain' });
    expect(await cached.resolve('EXAMPLE.com', 'TXT')).toEqual(TXT);
    expect(inner.calls).toHaveLength(2);
    expect(cached.stats()).toEqual({
      queriesSent: 2,
      distinctQueries: 2,
      cacheHits: 2,
      inFlightPeak: 2,
    });
  });

  it('caches failures: a transient result is not asked again in the same run', async () => {
    const inner = heldResolver();
    const cached = createCachedResolver(inner.resolve, { concurrency: 1 });
    const first = cached.resolve('flaky.example', 'TXT');
    await settle();
    inner.calls[0]!.release(SERVFAIL);
    expect(await first).toEqual(SERVFAIL);
    expect(await cached.resolve('flaky.example', 'TXT')).toEqual(SERVFAIL);
    expect(inner.calls).toHaveLength(1);
  });

  it('runs at most `concurrency` queries at once, starting waiting ones in order', async () => {
    const inner = heldResolver();
    const cached = createCachedResolver(inner.resolve, { concurrency: 3 });
    const names = Array.from({ length: 8 }, (_, i) => `n${i}.example`);
    const results = names.map((name) => cached.resolve(name, 'A'));
    await settle();
    expect(inner.calls.map((c) => c.name)).toEqual(names.slice(0, 3));
    expect(cached.stats()).toMatchObject({ queriesSent: 3, distinctQueries: 8 });
    for (let i = 0; i < names.length; i += 1) {
      inner.calls[i]!.release({ kind: 'answer', records: [`192.0.2.${i}`] });
      await settle();
    }
    expect(inner.calls.map((c) => c.name)).toEqual(names);
    expect(await Promise.all(results)).toEqual(
      names.map((_, i) => ({ kind: 'answer', records: [`192.0.2.${i}`] })),
    );
    expect(inner.peak()).toBe(3);
    expect(cached.stats()).toEqual({
      queriesSent: 8,
      distinctQueries: 8,
      cacheHits: 0,
      inFlightPeak: 3,
    });
  });

  it('starts waiting TXT and MX queries before A and AAAA, each kind in arrival order', async () => {
    const inner = heldResolver();
    const cached = createCachedResolver(inner.resolve, { concurrency: 1 });
    const asked: [string, RecordType][] = [
      ['first.example', 'A'],
      ['a1.example', 'A'],
      ['t1.example', 'TXT'],
      ['q1.example', 'AAAA'],
      ['m1.example', 'MX'],
      ['t2.example', 'TXT'],
    ];
    const results = asked.map(([name, type]) => cached.resolve(name, type));
    for (let i = 0; i < asked.length; i += 1) {
      await settle();
      inner.calls[i]!.release({ kind: 'nxdomain' });
    }
    await Promise.all(results);
    expect(inner.calls.map((c) => `${c.type} ${c.name}`)).toEqual([
      'A first.example',
      'TXT t1.example',
      'MX m1.example',
      'TXT t2.example',
      'A a1.example',
      'AAAA q1.example',
    ]);
  });

  it('a slow answer holds only its own slot: the others keep flowing', async () => {
    const inner = heldResolver();
    const cached = createCachedResolver(inner.resolve, { concurrency: 2 });
    const slow = cached.resolve('slow.example', 'TXT');
    const fast = ['a', 'b', 'c', 'd'].map((n) => cached.resolve(`${n}.example`, 'TXT'));
    for (let i = 1; i <= 4; i += 1) {
      await settle();
      inner.calls[i]!.release(TXT);
    }
    expect(await Promise.all(fast)).toEqual([TXT, TXT, TXT, TXT]);
    inner.calls[0]!.release(TXT);
    expect(await slow).toEqual(TXT);
  });

  it('a rejecting inner resolver frees its slot and every sharer sees the rejection', async () => {
    const failing = (() => Promise.reject(new Error('bug'))) as Resolve;
    const cached = createCachedResolver(failing, { concurrency: 1 });
    await expect(cached.resolve('a.example', 'TXT')).rejects.toThrow('bug');
    await expect(cached.resolve('a.example', 'TXT')).rejects.toThrow('bug');
    await expect(cached.resolve('b.example', 'TXT')).rejects.toThrow('bug');
    expect(cached.stats()).toEqual({
      queriesSent: 2,
      distinctQueries: 2,
      cacheHits: 1,
      inFlightPeak: 1,
    });
  });

  it('keeps no state between instances', async () => {
    const inner = heldResolver();
    const one = createCachedResolver(inner.resolve, { concurrency: 1 });
    const two = createCachedResolver(inner.resolve, { concurrency: 1 });
    const results = [one.resolve('a.example', 'MX'), two.resolve('a.example', 'MX')];
    await settle();
    for (const call of inner.calls) call.release({ kind: 'answer', records: [] });
    await Promise.all(results);
    expect(inner.calls).toHaveLength(2);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects concurrency %s', (concurrency) => {
    expect(() => createCachedResolver(heldResolver().resolve, { concurrency })).toThrow(
      `concurrency must be a whole number of at least 1, got ${concurrency}`,
    );
  });
});
