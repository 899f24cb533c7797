// createSpfEvaluator hands answers to its walks through the pacer (issue
// #7): when many answers arrive at once, the walks they wake must not keep
// the event loop, and so the DNS sockets, from turning until all of them are
// done. Each sender below has a long record of ip4 terms, so that its walk
// is real work, and every answer is released in the same tick.

import { describe, expect, it } from 'vitest';
import type { DnsResult, Resolve } from '../../src/dns/port.js';
import { createSpfEvaluator } from '../../src/spf/walk.js';

const SENDERS = Array.from({ length: 300 }, (_, i) => `sender${i}.test`);
const RECORD = `v=spf1 ${Array.from({ length: 100 }, (_, i) => `ip4:198.51.${i}.0/24`).join(' ')} -all`;

describe('createSpfEvaluator pacing', () => {
  it('lets the event loop turn while the walks woken by a burst of answers are still running', async () => {
    const releases: (() => void)[] = [];
    const resolve = (() =>
      new Promise<DnsResult<unknown>>((done) => {
        releases.push(() => {
          done({ kind: 'answer', records: [[RECORD]] });
        });
      })) as Resolve;
    const evaluator = createSpfEvaluator(resolve, {
      families: { ipv4: true, ipv6: true },
      enforceLimits: false,
      maxLookups: 40,
      traceSets: false,
    });
    let done = 0;
    const walks = SENDERS.map(async (sender) => {
      await evaluator.evaluate(sender);
      done += 1;
    });
    await new Promise((next) => setImmediate(next)); // every walk has asked
    for (const release of releases.splice(0)) release();
    const doneAtNextTurn = await new Promise<number>((next) =>
      setImmediate(() => {
        next(done);
      }),
    );
    expect(doneAtNextTurn).toBeLessThan(SENDERS.length);
    await Promise.all(walks);
    expect(done).toBe(SENDERS.length);
  });
});
