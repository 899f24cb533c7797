// Runs every case of the OpenSPF RFC 7208 suite against the walk through the
// in-process DNS server (UDP/TCP, TIMEOUT as a real timeout), and prints
// "N passed, N failed, N not applicable" with the reason for each case that
// cannot map to a flattening assertion.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedResolver } from '../../src/dns/cached-resolver.js';
import { createNodeResolver } from '../../src/dns/node-resolver.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import type { SpfEvaluation } from '../../src/spf/walk.js';
import { judge, loadSuite, type Verdict } from '../support/rfc7208-suite.js';

const suite = loadSuite();
const verdicts = new Map<string, Verdict>();
let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: parseZoneData({}, 'empty') });
});

afterAll(async () => {
  await server.close();
  const all = [...verdicts.values()];
  const count = (kind: Verdict['kind']) => all.filter((v) => v.kind === kind).length;
  const lines = [...verdicts]
    .filter(([, v]) => v.kind === 'not-applicable')
    .map(([id, v]) => `  ${id}: ${v.kind === 'not-applicable' ? v.reason : ''}`);
  process.stdout.write(
    `\nRFC 7208 suite: ${count('passed')} passed, ${count('failed')} failed, ${count('not-applicable')} not applicable\n${lines.join('\n')}\n`,
  );
});

for (const document of suite) {
  describe(document.description, () => {
    const cache = new Map<string, Promise<SpfEvaluation>>();
    let resolve: ReturnType<typeof createCachedResolver>['resolve'];

    beforeAll(() => {
      server.setZone(parseZoneData(document.zonedata, document.description));
      const inner = createNodeResolver({
        servers: [{ host: server.host, port: server.port }],
        timeoutMs: 300,
        tries: 1,
      });
      resolve = createCachedResolver(inner, { concurrency: 16 }).resolve;
    });

    it.each(document.cases.map((c) => [c.id, c] as const))('%s', async (id, c) => {
      const verdict = await judge(c, resolve, cache);
      verdicts.set(id, verdict);
      if (verdict.kind === 'not-applicable') return;
      // Name the case and its RFC section in the failure, not just the two results.
      expect(c.results, `${id} (RFC 7208 ${c.spec}) got ${verdict.got}`).toContain(verdict.got);
    });
  });
}

describe('the not-applicable list', () => {
  it('stays small', () => {
    const notApplicable = [...verdicts.values()].filter((v) => v.kind === 'not-applicable');
    expect(notApplicable.length).toBeLessThanOrEqual(40);
  });
});
