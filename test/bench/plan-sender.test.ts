// The I/O floor sends the plan as a walk that knew it in advance would:
// each query once, the moment the answer it waits for is in, never sooner.

import { describe, expect, it } from 'vitest';
import type { DnsResult, RecordData, RecordType, Resolve } from '../../src/dns/port.js';
import type { LookupPlan, PlannedQuery } from '../../src/bench/lookup-plan.js';
import { sendPlan } from '../../src/bench/plan-sender.js';

function plan(roots: string[], edges: Record<string, string[]>): LookupPlan {
  const queries = new Map<string, PlannedQuery>();
  for (const key of new Set([...roots, ...Object.keys(edges), ...Object.values(edges).flat()])) {
    const [type, name] = key.split(' ') as [RecordType, string];
    queries.set(key, { name, type, next: edges[key] ?? [] });
  }
  return { queries, roots };
}

/** Answers each query when the test says so; records the order they were asked in. */
function heldResolver() {
  const asked: string[] = [];
  const waiting = new Map<string, () => void>();
  const resolve: Resolve = <T extends RecordType>(name: string, type: T) => {
    const key = `${type} ${name}`;
    asked.push(key);
    return new Promise<DnsResult<RecordData[T]>>((done) => {
      waiting.set(key, () => {
        done({ kind: 'answer', records: [] });
      });
    });
  };
  const answer = async (key: string): Promise<void> => {
    const release = waiting.get(key);
    if (release === undefined) throw new Error(`${key} was not asked`);
    waiting.delete(key);
    release();
    await new Promise((turn) => setImmediate(turn));
  };
  return { resolve, asked, answer, waiting: () => [...waiting.keys()] };
}

describe('sendPlan', () => {
  const shared = plan(['TXT a.example', 'TXT b.example'], {
    'TXT a.example': ['TXT shared.example', 'MX a.example'],
    'TXT b.example': ['TXT shared.example'],
    'TXT shared.example': ['A host.example', 'AAAA host.example'],
    'MX a.example': ['A mx.a.example'],
  });

  it.each([
    [[], ['TXT a.example', 'TXT b.example']],
    [['TXT b.example'], ['TXT a.example', 'TXT b.example', 'TXT shared.example']],
    [
      ['TXT b.example', 'TXT a.example'],
      ['TXT a.example', 'TXT b.example', 'TXT shared.example', 'MX a.example'],
    ],
    [
      ['TXT b.example', 'TXT a.example', 'TXT shared.example'],
      [
        'TXT a.example',
        'TXT b.example',
        'TXT shared.example',
        'MX a.example',
        'A host.example',
        'AAAA host.example',
      ],
    ],
  ])('after the answers %j, exactly %j have been asked', async (answered, expected) => {
    const dns = heldResolver();
    void sendPlan(shared, dns.resolve);
    await new Promise((turn) => setImmediate(turn));
    for (const key of answered) await dns.answer(key);
    expect(dns.asked).toEqual(expected);
  });

  it('asks a query reached from two records once, and ends when every answer is in', async () => {
    const dns = heldResolver();
    let done = false;
    const sending = sendPlan(shared, dns.resolve).then(() => (done = true));
    await new Promise((turn) => setImmediate(turn));
    while (dns.waiting().length > 0) {
      expect(done).toBe(false);
      await dns.answer(dns.waiting()[0]!);
    }
    await sending;
    expect(dns.asked.filter((key) => key === 'TXT shared.example')).toHaveLength(1);
    expect(new Set(dns.asked).size).toBe(dns.asked.length);
    expect(dns.asked).toHaveLength(shared.queries.size);
  });
});
