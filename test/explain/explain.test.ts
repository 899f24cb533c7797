// `spf-allowlist explain` against the in-process DNS server: the tree text
// and the Mermaid graph for fixture domains, checked against expected files.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli-run.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';

let server: FixtureDnsServer;

// Shapes from real-world-shapes.md: an include tree with a ~ qualifier hole,
// a redirect, an unflattenable exists, and an mx term.
const zone = {
  'example.com': [
    {
      TXT: 'v=spf1 ~ip4:205.201.128.0/24 include:servers.mcsv.net mx exists:%{i}._spf.mta.salesforce.com redirect=_spf.example.net',
    },
    { MX: [10, 'mx.example.com'] },
  ],
  'mx.example.com': [{ A: '93.184.216.34' }],
  'servers.mcsv.net': [{ TXT: 'v=spf1 ip4:205.201.128.0/20 ip4:198.2.128.0/18 ?all' }],
  '_spf.example.net': [{ TXT: 'v=spf1 ip6:2a01:111:f400::/48 -all' }],
};

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: parseZoneData(zone, 'explain test') });
});

afterAll(async () => {
  await server.close();
});

async function explain(...args: string[]) {
  return runCliCaptured(['explain', ...args, '--dns-server', server.address]);
}

describe('explain', () => {
  it('prints the tree, the limits and the pass set', async () => {
    const run = await explain('example.com');
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot(
      join('..', 'fixtures', 'explain', 'example.com.txt'),
    );
  });

  it('prints the include/redirect graph as Mermaid', async () => {
    const run = await explain('example.com', '--format', 'mermaid');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'flowchart LR',
        '  n0["example.com"]',
        '  n1["servers.mcsv.net"]',
        '  n2["_spf.example.net"]',
        '  n0 -->|include| n1',
        '  n0 -->|redirect| n2',
        '',
      ].join('\n'),
    );
  });

  it.each([
    [[], 'give exactly one DOMAIN'],
    [['not a domain'], 'is not a valid domain name'],
    [['example.com', '--format', 'dot'], '--format must be'],
  ])('%j is a usage error', async (args, message) => {
    const run = await explain(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('exits 1 on a temporary DNS failure', async () => {
    server.setFaults((q) => (q.name === 'servers.mcsv.net' ? { kind: 'servfail' } : undefined));
    try {
      const run = await explain('example.com');
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Status: temperror');
    } finally {
      server.setFaults(() => undefined);
    }
  });
});
