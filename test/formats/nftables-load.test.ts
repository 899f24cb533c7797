// The nftables script really loaded, in a private network namespace (user
// namespace mapping us to root, so no privileges and no effect on the host):
// loading it twice is harmless, loading a new one replaces the elements, and
// a file that fails leaves the sets as they were, because nft -f applies a
// file as one transaction.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Allowlist } from '../../src/allowlist/model.js';
import { renderNftables } from '../../src/allowlist/render-nftables.js';
import type { OutputSpec } from '../../src/config/types.js';
import { cidr, SAMPLE_ALLOWLIST } from '../support/sample-allowlist.js';
import { requireTool } from '../support/require-tool.js';

const SPEC: OutputSpec = { path: '/etc/nftables.d/spf_allowlist.nft', format: 'nftables' };
const UNSHARE = ['--user', '--map-root-user', '--net'];

function allowlistOf(ranges: string[]): Allowlist {
  return {
    configName: 'spf-allowlist.yml',
    sections: [
      {
        name: 'senders',
        blocks: [
          {
            kind: 'sender',
            name: 'mail.example',
            stale: undefined,
            notes: [],
            groups: [{ origin: 'mail.example: v=spf1 -all', cidrs: ranges.map(cidr), shared: [] }],
          },
        ],
      },
    ],
  };
}

/** Why the namespace cannot be made here, or undefined when it can. */
function namespaceUnavailable(): string | undefined {
  const probe = spawnSync('unshare', [...UNSHARE, 'true'], { encoding: 'utf8' });
  if (probe.error) return `unshare cannot run: ${probe.error.message}`;
  if (probe.status !== 0)
    return `this machine forbids user+network namespaces: ${probe.stderr.trim()}`;
  return undefined;
}

/** `nft -j list set` elements as range text; anything else stays visible as JSON. */
function elements(listing: string): string[] {
  const document = JSON.parse(listing) as { nftables: { set?: { elem?: unknown[] } }[] };
  const set = document.nftables.find((entry) => entry.set !== undefined)?.set;
  return (set?.elem ?? []).map((elem) => {
    if (typeof elem === 'string') return `${elem}/${elem.includes(':') ? 128 : 32}`;
    const prefix = (elem as { prefix?: { addr: string; len: number } }).prefix;
    return prefix ? `${prefix.addr}/${prefix.len}` : JSON.stringify(elem);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'spf-allowlist-nft-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!requireTool('nft'))('nft -f loads the nftables script', () => {
  it('idempotently, replacing the elements, and not at all when the file fails', (ctx) => {
    const unavailable = namespaceUnavailable();
    if (unavailable !== undefined) ctx.skip(unavailable);
    const first = join(dir, 'first.nft');
    const second = join(dir, 'second.nft');
    const broken = join(dir, 'broken.nft');
    writeFileSync(first, renderNftables(SAMPLE_ALLOWLIST, SPEC));
    writeFileSync(second, renderNftables(allowlistOf(['192.0.2.128/25', '2001:db8:3::/48']), SPEC));
    const third = renderNftables(allowlistOf(['198.51.100.0/24']), SPEC);
    writeFileSync(broken, `${third}add element inet spf_allowlist allow4 { 203.0.113.0/33 }\n`);
    const script = [
      'nft -f "$1"',
      'nft -f "$1"',
      'nft -j list set inet spf_allowlist allow4',
      'nft -f "$2"',
      'if nft -f "$3" 2>/dev/null; then echo loaded; else echo refused; fi',
      'nft -j list set inet spf_allowlist allow4',
      'nft -j list set inet spf_allowlist allow6',
    ].join('\n');
    const run = spawnSync(
      'unshare',
      [...UNSHARE, 'sh', '-e', '-c', script, 'sh', first, second, broken],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [afterFirst = '', verdict, allow4 = '', allow6 = ''] = run.stdout.trim().split('\n');
    expect(elements(afterFirst)).toEqual([
      '192.0.2.0/25',
      '198.51.100.7/32',
      '198.51.100.9/32',
      '203.0.113.0/24',
    ]);
    expect(verdict).toBe('refused');
    expect(elements(allow4)).toEqual(['192.0.2.128/25']);
    expect(elements(allow6)).toEqual(['2001:db8:3::/48']);
  });
});
