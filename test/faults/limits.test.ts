// Issue #8 scope 5: the `limits:` config section and the bounded resolver
// that enforces two of its keys (the walk enforces max-lookups-per-domain,
// config validation max-sources). Every limit has a default, a key, and an
// error message naming that key.

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/types.js';
import { DEFAULT_LIMITS } from '../../src/config/validate-limits.js';
import { createBoundedResolver } from '../../src/dns/bounded-resolver.js';
import type { DnsResult, RecordData, RecordType, Resolve } from '../../src/dns/port.js';
import { MAX_LOOKUPS_PER_DOMAIN } from '../../src/sources/resolve-sources.js';

const FILE = '/w/spf-allowlist.yml';

/** A resolver answering `answer` to everything, counting the calls that reach it. */
function counting(answer: DnsResult<unknown>): { resolve: Resolve; calls: () => number } {
  let calls = 0;
  const resolve = <T extends RecordType>(): Promise<DnsResult<RecordData[T]>> => {
    calls += 1;
    return Promise.resolve(answer as DnsResult<RecordData[T]>);
  };
  return { resolve, calls: () => calls };
}

const TXT = (...records: string[][]): DnsResult<readonly string[]> => ({
  kind: 'answer',
  records,
});

describe('createBoundedResolver', () => {
  it('passes answers through while under both limits', async () => {
    const inner = counting(TXT(['v=spf1 -all']));
    const resolve = createBoundedResolver(inner.resolve, { maxQueriesPerRun: 2, maxTxtBytes: 11 });
    expect(await resolve('a.test', 'TXT')).toEqual(TXT(['v=spf1 -all']));
    expect(await resolve('b.test', 'TXT')).toEqual(TXT(['v=spf1 -all']));
  });

  it('past max-queries-per-run, answers a transient failure naming the key and sends nothing', async () => {
    const inner = counting({ kind: 'nxdomain' });
    const resolve = createBoundedResolver(inner.resolve, { maxQueriesPerRun: 2, maxTxtBytes: 512 });
    await resolve('a.test', 'A');
    await resolve('b.test', 'MX');
    expect(await resolve('c.test', 'TXT')).toEqual({
      kind: 'transient',
      reason: 'OTHER',
      message:
        'TXT lookup of c.test not sent: the run already sent 2 queries, the limit of limits.max-queries-per-run',
    });
    expect(await resolve('d.test', 'AAAA')).toMatchObject({ kind: 'transient' });
    expect(inner.calls()).toBe(2);
  });

  it.each<[string, string[][], number, DnsResult<unknown>['kind']]>([
    ['one string at the limit', [['x'.repeat(512)]], 512, 'answer'],
    [
      'strings of several records summed past it',
      [['x'.repeat(300)], ['y'.repeat(213)]],
      512,
      'transient',
    ],
    ['10,000 empty strings', [Array<string>(10_000).fill('')], 512, 'answer'],
  ])('max-txt-bytes: %s', async (_, records, limit, kind) => {
    const resolve = createBoundedResolver(counting(TXT(...records)).resolve, {
      maxQueriesPerRun: 10,
      maxTxtBytes: limit,
    });
    expect((await resolve('big.test', 'TXT')).kind).toBe(kind);
  });

  it('a refused TXT answer names the size, the key and the limit', async () => {
    const resolve = createBoundedResolver(counting(TXT(['x'.repeat(600)])).resolve, {
      maxQueriesPerRun: 10,
      maxTxtBytes: 512,
    });
    expect(await resolve('big.test', 'TXT')).toEqual({
      kind: 'transient',
      reason: 'OTHER',
      message:
        'TXT answer for big.test refused: its records hold 600 bytes, more than limits.max-txt-bytes (512)',
    });
  });

  it.each<[RecordType, DnsResult<unknown>]>([
    ['A', { kind: 'answer', records: Array<string>(1000).fill('192.0.2.1') }],
    ['TXT', { kind: 'nxdomain' }],
    ['TXT', { kind: 'transient', reason: 'SERVFAIL', message: 'x' }],
  ])('leaves a %s result of kind %j alone', async (type, result) => {
    const resolve = createBoundedResolver(counting(result).resolve, {
      maxQueriesPerRun: 10,
      maxTxtBytes: 512,
    });
    expect(await resolve('x.test', type)).toEqual(result);
  });
});

describe('limits: in the config', () => {
  const SENDERS = 'senders: [google.com]\n';

  it('defaults when absent, far above what real senders need', () => {
    expect(parseConfig(SENDERS, FILE).limits).toEqual({
      maxQueriesPerRun: 20_000,
      maxTxtBytes: 65_536,
      maxLookupsPerDomain: 100,
      maxSources: 5_000,
    });
    expect(DEFAULT_LIMITS.maxLookupsPerDomain).toBe(MAX_LOOKUPS_PER_DOMAIN);
  });

  it('reads every key', () => {
    const text = `${SENDERS}limits:\n  max-queries-per-run: 500\n  max-txt-bytes: 4096\n  max-lookups-per-domain: 20\n  max-sources: 10\n`;
    expect(parseConfig(text, FILE).limits).toEqual({
      maxQueriesPerRun: 500,
      maxTxtBytes: 4096,
      maxLookupsPerDomain: 20,
      maxSources: 10,
    });
  });

  it('names the valid keys and the closest one for a typo', () => {
    expect(() => parseConfig(`${SENDERS}limits: {max-querys-per-run: 5}\n`, FILE)).toThrow(
      'unknown key "max-querys-per-run" in limits. Did you mean "max-queries-per-run"? Valid keys: max-queries-per-run, max-txt-bytes, max-lookups-per-domain, max-sources',
    );
  });

  it.each([
    [2, 'senders: [a.example, b.example]\n', true],
    [
      2,
      'senders: [a.example]\nhosts: [mx.example]\nstatic: [{range: 192.0.2.0/24, note: x}]\n',
      false,
    ],
    [1, 'senders: {one: [a.example], two: [b.example]}\n', false],
    [3, 'senders: [a.example, b.example]\ndeny:\n  senders: [c.example]\n', true],
    [3, 'senders: [a.example, b.example]\ndeny:\n  senders: [c.example, d.example]\n', false],
  ])('max-sources %i: %j accepted: %s', (max, text, accepted) => {
    const parse = () => parseConfig(`${text}limits: {max-sources: ${max}}\n`, FILE);
    if (accepted) expect(parse().limits.maxSources).toBe(max);
    else {
      expect(parse).toThrow(ConfigError);
      expect(parse).toThrow(`more than limits.max-sources (${max}); split them across configs`);
    }
  });
});
