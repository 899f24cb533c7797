// The explain tree from walks with and without traced term addresses
// (WalkOptions.traceSets): `explain` always traces them; a trace from a run
// (generate, the Action) has none, and the tree says so instead of "0 ranges".

import { describe, expect, it } from 'vitest';
import { renderExplainTree } from '../../src/explain/render-tree.js';
import { zoneResolver } from '../../src/fixture-dns/zone-resolver.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import { evaluateSpf } from '../../src/spf/walk.js';

const resolve = zoneResolver(
  parseZoneData({ 'example.test': [{ TXT: 'v=spf1 ip4:192.0.2.0/24 -all' }] }, 'render-tree test'),
);

async function tree(traceSets: boolean): Promise<string> {
  const evaluation = await evaluateSpf('example.test', resolve, {
    families: { ipv4: true, ipv6: true },
    enforceLimits: false,
    maxLookups: 40,
    traceSets,
  });
  return renderExplainTree(evaluation);
}

describe('renderExplainTree', () => {
  it.each([
    [true, 'ip4:192.0.2.0/24  -> pass: 1 range'],
    [false, 'ip4:192.0.2.0/24  -> pass (addresses not traced)'],
  ])('traceSets %s: %s', async (traceSets, line) => {
    expect(await tree(traceSets)).toContain(line);
  });
});
