// The whole-run deadline (config dns.deadline) in the cached resolver, over
// the node resolver and the in-process DNS server, whose injected latency
// plays a resolver that drips answers slowly. No timed assertions: the test
// checks what each query answered and what reached the server.

import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { createCachedResolver } from '../../src/dns/cached-resolver.js';
import { createNodeResolver } from '../../src/dns/node-resolver.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import { resolveSources } from '../../src/sources/resolve-sources.js';

const zone = parseZoneData(
  {
    'fast.example': [{ A: '192.0.2.1' }],
    'slow1.example': [{ A: '192.0.2.2' }],
    'slow2.example': [{ A: '192.0.2.3' }],
    'queued.example': [{ A: '192.0.2.4' }],
    'later.example': [{ A: '192.0.2.5' }],
    'sender.example': [{ SPF: 'v=spf1 ip4:198.51.100.0/24 include:_spf.slow.example -all' }],
    '_spf.slow.example': [{ SPF: 'v=spf1 ip4:203.0.113.0/24 -all' }],
  },
  'deadline test',
);

/** Far beyond any deadline here: these answers only ever arrive after it. */
const DRIP_MS = 60_000;
const DEADLINE_MS = 1_500;

let server: FixtureDnsServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function slowServer(): Promise<FixtureDnsServer> {
  server = await startFixtureDnsServer({
    zone,
    latencyMs: (name) => (name.includes('slow') ? DRIP_MS : 0),
  });
  return server;
}

function nodeResolver(dns: FixtureDnsServer) {
  // One try with a long timeout: the deadline, not the per-query timeout, ends the slow queries.
  return createNodeResolver({
    servers: [{ host: dns.host, port: dns.port }],
    timeoutMs: DRIP_MS,
    tries: 1,
  });
}

describe('the whole-run deadline', () => {
  it('answers TIMEOUT for queries running or queued when it passes, and never sends the queued ones', async () => {
    const dns = await slowServer();
    const cached = createCachedResolver(nodeResolver(dns), {
      concurrency: 2,
      deadlineMs: DEADLINE_MS,
    });
    expect(await cached.resolve('fast.example', 'A')).toEqual({
      kind: 'answer',
      records: ['192.0.2.1'],
    });
    // Both slots held by answers that drip, so the third query waits in the queue.
    const pending = ['slow1.example', 'slow2.example', 'queued.example'].map((name) =>
      cached.resolve(name, 'A'),
    );
    const results = await Promise.all(pending);
    for (const [i, name] of ['slow1.example', 'slow2.example', 'queued.example'].entries()) {
      expect(results[i]).toEqual({
        kind: 'transient',
        reason: 'TIMEOUT',
        message: `A lookup for ${name} had no answer before the run's deadline of 1.5 s (dns.deadline)`,
      });
    }
    expect(await cached.resolve('later.example', 'A')).toMatchObject({
      kind: 'transient',
      reason: 'TIMEOUT',
    });
    const asked = dns.queries.map((q) => q.name);
    expect(asked).toEqual(['fast.example', 'slow1.example', 'slow2.example']);
    expect(cached.stats()).toMatchObject({ queriesSent: 3, distinctQueries: 5 });
  });

  it('turns a sender whose include drips into a temperror (a transient failure, never a smaller pass set)', async () => {
    const dns = await slowServer();
    const config = parseConfig(
      `senders: [sender.example]\ndns:\n  servers: ['${dns.address}']\n  deadline: 1.5\n`,
      '/deadline/spf-allowlist.yml',
    );
    expect(config.dns.deadlineMs).toBe(DEADLINE_MS);
    const cached = createCachedResolver(nodeResolver(dns), {
      concurrency: config.dns.concurrency,
      deadlineMs: config.dns.deadlineMs,
    });
    const [source] = await resolveSources(config, cached.resolve);
    expect(source?.kind).toBe('sender');
    if (source?.kind !== 'sender') return;
    expect(source.evaluation.status).toBe('temperror');
    expect(source.evaluation.findings).toContainEqual(
      expect.objectContaining({
        kind: 'dns-transient',
        message: expect.stringContaining('dns.deadline') as unknown,
      }),
    );
  });
});
