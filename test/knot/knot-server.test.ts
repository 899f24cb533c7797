// The knotd harness itself: what it serves comes back byte for byte through
// Knot's zone parser and c-ares, a zone Knot refuses fails the start with
// Knot's own message, and stop() leaves no server and no temp dir.

import { existsSync } from 'node:fs';
import { Resolver } from 'node:dns/promises';
import { describe, expect, it } from 'vitest';
import { renderZoneFiles } from '../../src/fixture-dns/zone-file.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import { KNOTD, KnotServerError, startKnotServer } from '../support/knot-server.js';
import { requireTool } from '../support/require-tool.js';

function resolverFor(address: string): Resolver {
  const resolver = new Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([address]);
  return resolver;
}

describe.skipIf(!requireTool(KNOTD))('startKnotServer', () => {
  it('serves quoted, escaped and multi-string TXT data exactly as the fixture holds it', async () => {
    const strings = ['say "hi" \\ ; ( ) $x @', 'bytes \u0000\u0001\u007f\u0080\u00ff', ''];
    const zone = parseZoneData(
      {
        'txt.example': [{ TXT: strings }, { TXT: 'x'.repeat(300) }],
        'mx.example': [{ MX: [0, ''] }, { MX: [10, 'mail.example'] }],
        'alias.example': [{ CNAME: 'txt.example' }],
      },
      'test',
    );
    const server = await startKnotServer(renderZoneFiles(zone).zones);
    try {
      const resolver = resolverFor(server.address);
      const txt = await resolver.resolveTxt('txt.example');
      expect(txt).toHaveLength(2);
      expect(txt).toContainEqual(strings);
      expect(txt).toContainEqual(['x'.repeat(255), 'x'.repeat(45)]);
      expect(await resolver.resolveTxt('alias.example')).toHaveLength(2);
      const mx = await resolver.resolveMx('mx.example');
      // Only the two fields: Node 24 adds `type: 'MX'` to each record.
      const fields = mx.map(({ priority, exchange }) => ({ priority, exchange }));
      expect(fields.sort((a, b) => a.priority - b.priority)).toEqual([
        { priority: 0, exchange: '' },
        { priority: 10, exchange: 'mail.example' },
      ]);
      await expect(resolver.resolveTxt('absent.example')).rejects.toMatchObject({
        code: 'ENOTFOUND',
      });
    } finally {
      await server.stop();
    }
  });

  it('stops knotd and removes its temp dir, and a second stop is harmless', async () => {
    const server = await startKnotServer(renderZoneFiles(parseZoneData({}, 'empty')).zones);
    const resolver = resolverFor(server.address);
    expect(existsSync(server.dir)).toBe(true);
    await expect(resolver.resolveSoa('.')).resolves.toMatchObject({ serial: 1 });
    await server.stop();
    await server.stop();
    expect(existsSync(server.dir)).toBe(false);
    await expect(resolver.resolveSoa('.')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('fails to start, quoting knotd, when Knot refuses a zone', async () => {
    const broken = { origin: '.', text: '.\t300\tIN\tSOA\tns. host. 1 2 3 4 5\nx.\tTXT\t"open\n' };
    const start = startKnotServer([broken]);
    await expect(start).rejects.toThrow(KnotServerError);
    await expect(start).rejects.toThrow(/zone loader, error in zone/);
  });
});
