// The Node (c-ares) adapter against the in-process fixture server on
// 127.0.0.1: answers, NXDOMAIN vs NODATA, truncation to TCP, and the
// classification of every injected fault.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNodeResolver } from '../../src/dns/node-resolver.js';
import type { DnsResult, RecordType } from '../../src/dns/port.js';
import {
  startFixtureDnsServer,
  type Fault,
  type FixtureDnsServer,
} from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';

/** 24 TXT records of 60 bytes, like linkedin.com's apex: about 1.8 kB, over any UDP limit. */
const BIG_TXT = Array.from({ length: 24 }, (_, i) =>
  `verification-${String(i).padStart(2, '0')}=`.padEnd(60, 'x'),
);

const ZONE = parseZoneData(
  {
    'single.test': [{ TXT: 'v=spf1 ip4:192.0.2.0/24 -all' }, { TXT: 'other' }],
    'multi.test': [{ TXT: ['v=spf1 ip4:192.0.2.0/24 ', 'ip6:2001:db8::/32 -all'] }],
    'long.test': [{ TXT: `v=spf1 ${'ip4:192.0.2.1 '.repeat(24)}-all` }],
    'bytes.test': [{ TXT: 'v=spf1 \x80a \xef\xbb\xbf' }],
    'hosts.test': [
      { A: '192.0.2.10' },
      { A: '192.0.2.11' },
      { AAAA: '2001:db8::10' },
      { MX: [10, 'mx1.hosts.test'] },
      { MX: [20, 'mx2.hosts.test.'] },
    ],
    'nodata.test': [{ A: '192.0.2.1' }],
    'spf-only.test': [{ SPF: 'v=spf1 -all' }],
    'spf-none.test': [{ SPF: 'v=spf1 -all' }, { TXT: 'NONE' }],
    'alias.test': [{ CNAME: 'middle.test' }],
    'middle.test': [{ CNAME: 'single.test.' }],
    'loop-a.test': [{ CNAME: 'loop-b.test' }],
    'loop-b.test': [{ CNAME: 'loop-a.test' }],
    'big.test': BIG_TXT.map((text) => ({ TXT: text })),
    'timeout.test': ['TIMEOUT'],
  },
  'node-resolver.test',
);

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: ZONE });
});

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  server.setFaults(() => undefined);
});

function resolverFor(port: number, timeoutMs = 5000) {
  return createNodeResolver({ servers: [{ host: '127.0.0.1', port }], timeoutMs, tries: 1 });
}

function queriesFor(name: string) {
  return server.queries.filter((q) => q.name === name).map((q) => `${q.transport} ${q.type}`);
}

describe('answers', () => {
  it.each<[string, string, RecordType, DnsResult<unknown>]>([
    [
      'TXT records, one string each',
      'single.test',
      'TXT',
      { kind: 'answer', records: [['v=spf1 ip4:192.0.2.0/24 -all'], ['other']] },
    ],
    [
      'a multi-string TXT record',
      'multi.test',
      'TXT',
      { kind: 'answer', records: [['v=spf1 ip4:192.0.2.0/24 ', 'ip6:2001:db8::/32 -all']] },
    ],
    [
      'a TXT string over 255 bytes, split',
      'long.test',
      'TXT',
      {
        kind: 'answer',
        records: [
          [
            `v=spf1 ${'ip4:192.0.2.1 '.repeat(24)}-all`.slice(0, 255),
            `${'ip4:192.0.2.1 '.repeat(24)}-all`.slice(248),
          ],
        ],
      },
    ],
    [
      'TXT bytes above 0x7f, one character each',
      'bytes.test',
      'TXT',
      { kind: 'answer', records: [['v=spf1 \x80a \xef\xbb\xbf']] },
    ],
    ['A', 'hosts.test', 'A', { kind: 'answer', records: ['192.0.2.10', '192.0.2.11'] }],
    ['AAAA', 'hosts.test', 'AAAA', { kind: 'answer', records: ['2001:db8::10'] }],
    [
      'MX',
      'hosts.test',
      'MX',
      {
        kind: 'answer',
        records: [
          { exchange: 'mx1.hosts.test', priority: 10 },
          { exchange: 'mx2.hosts.test', priority: 20 },
        ],
      },
    ],
    ['NODATA is an empty answer', 'nodata.test', 'TXT', { kind: 'answer', records: [] }],
    ['NXDOMAIN', 'absent.test', 'TXT', { kind: 'nxdomain' }],
    [
      'SPF-type records are served as TXT when there is no TXT',
      'spf-only.test',
      'TXT',
      { kind: 'answer', records: [['v=spf1 -all']] },
    ],
    ['TXT: NONE stops that duplication', 'spf-none.test', 'TXT', { kind: 'answer', records: [] }],
    [
      'a CNAME chain is followed',
      'alias.test',
      'TXT',
      { kind: 'answer', records: [['v=spf1 ip4:192.0.2.0/24 -all'], ['other']] },
    ],
    ['a CNAME loop reads as NODATA', 'loop-a.test', 'TXT', { kind: 'answer', records: [] }],
  ])('%s', async (_, name, type, expected) => {
    expect(await resolverFor(server.port)(name, type)).toEqual(expected);
  });

  it('asks for the name lower-cased without the trailing dot', async () => {
    const before = server.queries.length;
    expect(await resolverFor(server.port)('NoData.TEST.', 'A')).toEqual({
      kind: 'answer',
      records: ['192.0.2.1'],
    });
    expect(server.queries.slice(before)).toEqual([
      { transport: 'udp', name: 'nodata.test', type: 'A' },
    ]);
  });

  it('fetches an answer too big for UDP over TCP after a truncated reply', async () => {
    const result = await resolverFor(server.port)('big.test', 'TXT');
    expect(result).toEqual({ kind: 'answer', records: BIG_TXT.map((text) => [text]) });
    expect(queriesFor('big.test')).toEqual(['udp TXT', 'tcp TXT']);
  });
});

describe('failures are transient, never "no record"', () => {
  it.each<[string, Fault, DnsResult<unknown>['kind'], string | undefined]>([
    ['SERVFAIL', { kind: 'servfail' }, 'transient', 'SERVFAIL'],
    ['REFUSED', { kind: 'refused' }, 'transient', 'REFUSED'],
    ['no answer', { kind: 'drop' }, 'transient', 'TIMEOUT'],
    ['an answer later than the timeout', { kind: 'delay', ms: 10_000 }, 'transient', 'TIMEOUT'],
    ['random bytes under the right ID', { kind: 'garbage' }, 'transient', 'OTHER'],
    ['an answer under another ID', { kind: 'wrong-id' }, 'transient', 'TIMEOUT'],
    ['a delay within the timeout', { kind: 'delay', ms: 1 }, 'answer', undefined],
  ])('%s', async (_, fault, kind, reason) => {
    server.setFaults((q) => (q.name === 'single.test' ? fault : undefined));
    const result = await resolverFor(server.port, kind === 'answer' ? 5000 : 200)(
      'single.test',
      'TXT',
    );
    expect(result.kind).toBe(kind);
    if (result.kind === 'transient') {
      expect(result.reason).toBe(reason);
      expect(result.message).toContain('TXT lookup of single.test failed');
    }
  });

  it('a name whose queries time out in the zone', async () => {
    expect(await resolverFor(server.port, 200)('timeout.test', 'A')).toMatchObject({
      kind: 'transient',
      reason: 'TIMEOUT',
    });
  });

  it('a TCP connection closed without an answer after truncation is CONNECTION', async () => {
    server.setFaults((q) => (q.name === 'big.test' ? { kind: 'tcp-fail' } : undefined));
    const before = server.queries.length;
    const result = await resolverFor(server.port, 200)('big.test', 'TXT');
    expect(result).toMatchObject({ kind: 'transient', reason: 'CONNECTION' });
    expect(server.queries.slice(before).map((q) => q.transport)).toContain('tcp');
  });

  it('tcp-fail leaves small UDP answers alone', async () => {
    server.setFaults(() => ({ kind: 'tcp-fail' }));
    expect(await resolverFor(server.port, 200)('nodata.test', 'A')).toEqual({
      kind: 'answer',
      records: ['192.0.2.1'],
    });
  });

  it('a port nobody listens on is CONNECTION', async () => {
    const gone = await startFixtureDnsServer({ zone: ZONE });
    await gone.close();
    expect(await resolverFor(gone.port, 200)('single.test', 'TXT')).toMatchObject({
      kind: 'transient',
      reason: 'CONNECTION',
    });
  });
});
