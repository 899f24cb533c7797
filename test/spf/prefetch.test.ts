// The prefetcher follows an answer the moment it arrives (issue #7): the
// lookups a sender's record names are asked before the walk itself, whose
// answers are paced with a turn of the event loop, gets the record. The
// resolver below answers only when the test says so, and the test lets only
// promise callbacks run (no turn of the event loop) before looking.

import { describe, expect, it } from 'vitest';
import type { DnsResult, RecordType, Resolve } from '../../src/dns/port.js';
import { createSpfEvaluator } from '../../src/spf/walk.js';

/** Answers only when the test says so; a name answered once answers at once after that. */
function heldResolver() {
  const asked: string[] = [];
  const answers = new Map<string, DnsResult<unknown>>();
  const waiting = new Map<string, ((result: DnsResult<unknown>) => void)[]>();
  const resolve = ((name: string, type: RecordType) =>
    new Promise<DnsResult<unknown>>((done) => {
      const key = `${type} ${name}`;
      asked.push(key);
      const known = answers.get(key);
      if (known) done(known);
      else waiting.set(key, [...(waiting.get(key) ?? []), done]);
    })) as Resolve;
  const answer = (key: string, result: DnsResult<unknown>): void => {
    answers.set(key, result);
    for (const done of waiting.get(key) ?? []) done(result);
    waiting.delete(key);
  };
  return { resolve, asked, answer };
}

/** Promise callbacks only: setImmediate (the walks' pacer) cannot run meanwhile. */
async function promiseCallbacks(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

const OPTIONS = {
  families: { ipv4: true, ipv6: true },
  enforceLimits: false,
  maxLookups: 40,
  traceSets: false,
};

describe('prefetching', () => {
  it("asks for a sender's include, mx and a targets as soon as its record is answered", async () => {
    const dns = heldResolver();
    const evaluation = createSpfEvaluator(dns.resolve, OPTIONS).evaluate('sender.test');
    await promiseCallbacks();
    dns.answer('TXT sender.test', {
      kind: 'answer',
      records: [['v=spf1 include:inc.test mx a:host.test -all']],
    });
    await promiseCallbacks();
    expect(new Set(dns.asked)).toEqual(
      new Set([
        'TXT sender.test',
        'TXT inc.test',
        'MX sender.test',
        'A host.test',
        'AAAA host.test',
      ]),
    );
    for (const key of ['TXT inc.test', 'MX sender.test', 'A host.test', 'AAAA host.test']) {
      dns.answer(key, { kind: 'nxdomain' });
    }
    expect((await evaluation).status).toBe('permerror'); // inc.test has no record
  });
});
