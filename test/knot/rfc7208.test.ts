// The OpenSPF RFC 7208 suite against Knot DNS: each document's zonedata as a
// zone file served by its own knotd, each case judged twice, through the
// in-process server (the reference, as in test/rfc7208/) and through knotd.
// The verdicts must be equal. A case whose walk asks about a name a zone file
// cannot express (TIMEOUT) is counted "not expressible" with the reason.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCachedResolver } from '../../src/dns/cached-resolver.js';
import { createNodeResolver } from '../../src/dns/node-resolver.js';
import type { Resolve } from '../../src/dns/port.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { renderZoneFiles, type NotExpressible } from '../../src/fixture-dns/zone-file.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import { KNOTD, startKnotServer, type KnotServer } from '../support/knot-server.js';
import { requireTool } from '../support/require-tool.js';
import { judge, judgeRecordingNames, loadSuite, type Verdict } from '../support/rfc7208-suite.js';

type Outcome = Verdict['kind'] | 'not-expressible';

const suite = loadSuite();
const outcomes = new Map<string, { readonly outcome: Outcome; readonly reason?: string }>();
let fixture: FixtureDnsServer | undefined;

function resolverFor(host: string, port: number, timeoutMs: number): Resolve {
  const inner = createNodeResolver({ servers: [{ host, port }], timeoutMs, tries: 1 });
  return createCachedResolver(inner, { concurrency: 16 }).resolve;
}

/** The first name the walk asked about that the zone files leave out, and why. */
function unservedName(
  asked: ReadonlySet<string>,
  notExpressible: readonly NotExpressible[],
): string | undefined {
  const hit = notExpressible.find((n) => asked.has(n.name));
  return hit && `asks about ${hit.name}: ${hit.reason}`;
}

function printSummary(): void {
  const count = (outcome: Outcome) =>
    [...outcomes.values()].filter((o) => o.outcome === outcome).length;
  const listed = [...outcomes]
    .filter(([, o]) => o.outcome === 'not-expressible')
    .map(([id, o]) => `  ${id}: ${o.reason ?? ''}`);
  process.stdout.write(
    `\nKnot tier: ${count('passed')} passed, ${count('failed')} failed, ` +
      `${count('not-applicable')} not applicable, ${count('not-expressible')} not expressible\n` +
      `${listed.join('\n')}\n`,
  );
}

describe.skipIf(!requireTool(KNOTD))('the RFC 7208 suite against knotd', () => {
  beforeAll(async () => {
    fixture = await startFixtureDnsServer({ zone: parseZoneData({}, 'empty') });
  });

  afterAll(async () => {
    await fixture?.close();
    printSummary();
  });

  for (const document of suite) {
    describe(document.description, () => {
      const data = parseZoneData(document.zonedata, document.description);
      const { zones, notExpressible } = renderZoneFiles(data);
      let knot: KnotServer | undefined;
      let viaFixture: Resolve;
      let viaKnot: Resolve;

      beforeAll(async () => {
        fixture!.setZone(data);
        knot = await startKnotServer(zones);
        // 300 ms keeps the suite's TIMEOUT names quick; knotd always answers, so it gets more.
        viaFixture = resolverFor(fixture!.host, fixture!.port, 300);
        viaKnot = resolverFor(knot.host, knot.port, 2000);
      });

      afterAll(async () => {
        await knot?.stop();
      });

      it.each(document.cases.map((c) => [c.id, c] as const))('%s', async (id, c) => {
        const reference = await judgeRecordingNames(c, viaFixture);
        const unserved = unservedName(reference.asked, notExpressible);
        if (unserved !== undefined) {
          outcomes.set(id, { outcome: 'not-expressible', reason: unserved });
          return;
        }
        const verdict = await judge(c, viaKnot, new Map());
        outcomes.set(id, {
          outcome: verdict.kind,
          ...(verdict.kind === 'not-applicable' ? { reason: verdict.reason } : {}),
        });
        expect(verdict, `${id} (RFC 7208 ${c.spec}) through knotd`).toEqual(reference.verdict);
      });
    });
  }

  describe('the tally', () => {
    it('judges every case; only TIMEOUT names and merged duplicates keep cases from knotd', () => {
      const total = suite.reduce((sum, d) => sum + d.cases.length, 0);
      expect(outcomes.size).toBe(total);
      const unserved = [...outcomes.values()].filter((o) => o.outcome === 'not-expressible');
      expect(unserved.length).toBeLessThanOrEqual(10);
      for (const { reason } of unserved) expect(reason).toMatch(/TIMEOUT|two identical/);
    });
  });
});
