// `spf-allowlist generate` end to end against Knot DNS serving the pipeline
// fixture (test/fixtures/pipeline/zone.yml) as a zone file: the same bytes as
// against the in-process server, and linkedin.com's 24-TXT apex, too big for
// UDP, arrives whole because c-ares retries over TCP (RFC 7766 section 5).

import { createSocket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as packet from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { renderZoneFiles } from '../../src/fixture-dns/zone-file.js';
import { loadZoneDataFile } from '../../src/fixture-dns/zonedata.js';
import { KNOTD, startKnotServer, type KnotServer } from '../support/knot-server.js';
import { requireTool } from '../support/require-tool.js';

const FIXTURE = new URL('../fixtures/pipeline/', import.meta.url).pathname;
const OUTPUT = 'postscreen_spf_allowlist.cidr';
/** RFC 1035 section 4.2.1; c-ares sends no EDNS, so this is its UDP limit. */
const CLASSIC_UDP_LIMIT = 512;
/** The DNS Flag Day 2020 EDNS payload size most resolvers advertise. */
const FLAG_DAY_PAYLOAD = 1232;
const LINKEDIN_TXT_RECORDS = 24;
/** RFC 1035 section 4.1.1: the low four bits of the flags word. */
const RCODE_MASK = 0xf;
const RCODE_NOERROR = 0;

let server: KnotServer | undefined;
let workspace: string | undefined;

/** One UDP question, with or without an EDNS OPT record (RFC 6891). */
function udpQuery(port: number, name: string, payload?: number): Promise<packet.DecodedPacket> {
  const socket = createSocket('udp4');
  const opt: packet.OptAnswer[] =
    payload === undefined
      ? []
      : [
          {
            type: 'OPT',
            name: '.',
            udpPayloadSize: payload,
            extendedRcode: 0,
            ednsVersion: 0,
            flags: 0,
            flag_do: false,
            options: [],
          },
        ];
  const query = packet.encode({
    type: 'query',
    id: 4242,
    questions: [{ type: 'TXT', name }],
    additionals: opt,
  });
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('message', (message) => {
      socket.close();
      resolve(packet.decode(message));
    });
    socket.send(query, port, '127.0.0.1');
  });
}

describe.skipIf(!requireTool(KNOTD))('generate against knotd serving the pipeline fixture', () => {
  beforeAll(async () => {
    const { zones, notExpressible } = renderZoneFiles(loadZoneDataFile(join(FIXTURE, 'zone.yml')));
    expect(notExpressible).toEqual([]);
    server = await startKnotServer(zones);
    workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-knot-pipeline-'));
    await copyFile(join(FIXTURE, 'spf-allowlist.yml'), join(workspace, 'spf-allowlist.yml'));
  });

  afterAll(async () => {
    await server?.stop();
    if (workspace !== undefined) await rm(workspace, { recursive: true, force: true });
  });

  it('writes exactly the expected allowlist', async () => {
    let stderr = '';
    const code = await runCli(
      [
        'generate',
        '--config',
        join(workspace!, 'spf-allowlist.yml'),
        '--dns-server',
        server!.address,
      ],
      { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } },
    );
    expect(code, stderr).toBe(0);
    const written = await readFile(join(workspace!, OUTPUT));
    const expected = await readFile(join(FIXTURE, 'expected', OUTPUT));
    expect(written.toString('utf8')).toBe(expected.toString('utf8'));
  });

  it.each([
    ['no EDNS (the classic 512 bytes)', undefined],
    [`EDNS with ${FLAG_DAY_PAYLOAD} bytes`, FLAG_DAY_PAYLOAD],
  ])('truncates the linkedin.com TXT answer over UDP with %s', async (_, payload) => {
    const reply = await udpQuery(server!.port, 'linkedin.com', payload);
    expect((reply.flags ?? -1) & RCODE_MASK).toBe(RCODE_NOERROR);
    expect(reply.flag_tc).toBe(true);
    expect(reply.answers ?? []).toEqual([]);
  });

  it('answers all 24 linkedin.com TXT records to c-ares, which retries over TCP', async () => {
    const resolver = new Resolver({ timeout: 2000, tries: 1 });
    resolver.setServers([server!.address]);
    const records = await resolver.resolveTxt('linkedin.com');
    expect(records).toHaveLength(LINKEDIN_TXT_RECORDS);
    expect(records.map((r) => r.join(''))).toContain(
      'v=spf1 ip4:108.174.0.0/24 ip4:108.174.3.0/24 ip4:108.174.6.0/24 ip6:2620:109:c003:104::/64 ip6:2620:109:c006:104::/64 mx ~all',
    );
    // The same RRset on the wire, to show it cannot fit any common UDP size.
    const wire = packet.encode({
      type: 'response',
      questions: [{ type: 'TXT', name: 'linkedin.com' }],
      answers: records.map((data) => ({ type: 'TXT' as const, name: 'linkedin.com', data })),
    });
    expect(wire.length).toBeGreaterThan(FLAG_DAY_PAYLOAD);
    expect(wire.length).toBeGreaterThan(CLASSIC_UDP_LIMIT);
  });
});
