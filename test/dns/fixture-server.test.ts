// The fixture DNS server at the wire level, with a raw dns-packet client:
// EDNS payload sizes, TCP framing, malformed input, fault switching, close().

import { createSocket } from 'node:dgram';
import { connect, type Socket } from 'node:net';
import * as packet from 'dns-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';

const ZONE = parseZoneData(
  {
    'small.test': [{ TXT: 'v=spf1 -all' }, { A: '192.0.2.1' }],
    'big.test': Array.from({ length: 24 }, (_, i) => ({ TXT: `${i}`.padEnd(60, 'x') })),
  },
  'fixture-server.test',
);

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zone: ZONE });
});

afterAll(async () => {
  await server.close();
});

/** A guard against a server that never answers; not a timing assertion. */
function guarded<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => {
        reject(new Error(`no reply to ${what}`));
      }, 5000).unref(),
    ),
  ]);
}

function query(
  name: string,
  type: packet.RecordType,
  options: { id?: number; udpPayloadSize?: number } = {},
): Buffer {
  const additionals: packet.Answer[] =
    options.udpPayloadSize === undefined
      ? []
      : [
          {
            type: 'OPT',
            name: '.',
            udpPayloadSize: options.udpPayloadSize,
            extendedRcode: 0,
            ednsVersion: 0,
            flags: 0,
            flag_do: false,
            options: [],
          },
        ];
  return packet.encode({
    type: 'query',
    id: options.id ?? 4660,
    flags: packet.RECURSION_DESIRED,
    questions: [{ name, type }],
    additionals,
  });
}

function udpExchange(message: Buffer, port = server.port): Promise<Buffer> {
  const socket = createSocket('udp4');
  const reply = new Promise<Buffer>((resolve) => socket.once('message', resolve));
  socket.send(message, port, '127.0.0.1');
  return guarded(reply, 'UDP query').finally(() => socket.close());
}

function frame(message: Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(message.length);
  return Buffer.concat([length, message]);
}

/** Collects `count` length-framed replies from one TCP connection. */
function tcpReplies(socket: Socket, count: number): Promise<Buffer[]> {
  return guarded(
    new Promise((resolve) => {
      let received = Buffer.alloc(0);
      socket.on('data', (chunk) => {
        received = Buffer.concat([received, chunk]);
        const replies: Buffer[] = [];
        for (
          let at = 0;
          at + 2 <= received.length && at + 2 + received.readUInt16BE(at) <= received.length;
        ) {
          replies.push(received.subarray(at + 2, at + 2 + received.readUInt16BE(at)));
          at += 2 + received.readUInt16BE(at);
        }
        if (replies.length >= count) resolve(replies);
      });
    }),
    'TCP queries',
  );
}

async function tcpConnect(port = server.port): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

describe('UDP size limits', () => {
  it('answers authoritatively with TTL 300 and the query ID', async () => {
    const reply = decodeReply(await udpExchange(query('SMALL.test', 'A', { id: 777 })));
    expect(reply).toMatchObject({ id: 777, flag_aa: true, flag_tc: false, rcode: 'NOERROR' });
    expect(reply.answers).toEqual([
      { name: 'SMALL.test', type: 'A', class: 'IN', ttl: 300, flush: false, data: '192.0.2.1' },
    ]);
  });

  it('truncates a reply over 512 bytes when the query has no EDNS', async () => {
    const reply = decodeReply(await udpExchange(query('big.test', 'TXT')));
    expect(reply).toMatchObject({
      flag_tc: true,
      answers: [],
      questions: [{ name: 'big.test', type: 'TXT' }],
    });
  });

  it.each([
    [512, true],
    [1232, true],
    [4096, false],
  ])('with an EDNS payload size of %i, truncated: %s', async (udpPayloadSize, truncated) => {
    const reply = decodeReply(await udpExchange(query('big.test', 'TXT', { udpPayloadSize })));
    expect(reply.flag_tc).toBe(truncated);
    expect(reply.answers).toHaveLength(truncated ? 0 : 24);
    expect(reply.additionals).toMatchObject([{ type: 'OPT', udpPayloadSize: 1232 }]);
  });
});

describe('TCP', () => {
  it('answers several queries on one connection, whatever the chunking', async () => {
    const socket = await tcpConnect();
    const replies = tcpReplies(socket, 3);
    const stream = Buffer.concat([
      frame(query('big.test', 'TXT', { id: 1 })),
      frame(query('small.test', 'TXT', { id: 2 })),
      frame(query('absent.test', 'A', { id: 3 })),
    ]);
    for (let at = 0; at < stream.length; at += 7) socket.write(stream.subarray(at, at + 7));
    const decoded = (await replies)
      .map((r) => decodeReply(r))
      .sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
    socket.destroy();
    expect(decoded.map((r) => [r.id, r.rcode, r.flag_tc, r.answers?.length])).toEqual([
      [1, 'NOERROR', false, 24],
      [2, 'NOERROR', false, 1],
      [3, 'NXDOMAIN', false, 0],
    ]);
  });
});

describe('malformed input', () => {
  it.each([
    ['a header and nonsense', Buffer.from('0102000000010000000000000bff', 'hex'), 'FORMERR'],
    [
      'two questions',
      packet.encode({
        type: 'query',
        id: 258,
        questions: [
          { name: 'a.test', type: 'A' },
          { name: 'b.test', type: 'A' },
        ],
      }),
      'FORMERR',
    ],
    ['opcode STATUS', patchFlags(query('small.test', 'A', { id: 258 }), 2 << 11), 'NOTIMP'],
  ])('%s gets %s over UDP and TCP', async (_, message, rcode) => {
    const overUdp = decodeReply(await udpExchange(message));
    const socket = await tcpConnect();
    const replies = tcpReplies(socket, 1);
    socket.write(frame(message));
    const overTcp = decodeReply((await replies)[0]!);
    socket.destroy();
    for (const reply of [overUdp, overTcp])
      expect(reply).toMatchObject({ id: 258, rcode, answers: [] });
  });

  it('ignores runts and stray responses, and keeps serving', async () => {
    const before = server.queries.length;
    const socket = createSocket('udp4');
    socket.send(Buffer.from([1, 2, 3]), server.port, '127.0.0.1');
    socket.send(
      packet.encode({ type: 'response', id: 9, questions: [{ name: 'small.test', type: 'A' }] }),
      server.port,
      '127.0.0.1',
    );
    socket.close();
    const tcp = await tcpConnect();
    tcp.write(frame(Buffer.from([9])));
    tcp.destroy();
    const reply = decodeReply(await udpExchange(query('small.test', 'A')));
    expect(reply.answers).toHaveLength(1);
    expect(server.queries.slice(before)).toEqual([
      { transport: 'udp', name: 'small.test', type: 'A' },
    ]);
  });
});

describe('faults, latency and zones can change while running', () => {
  it('a fault plan that throws costs one reply, not the server', async () => {
    const local = await startFixtureDnsServer({ zone: ZONE });
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on('warning', onWarning);
    try {
      local.setFaults(() => {
        throw new Error('plan bug');
      });
      const socket = createSocket('udp4');
      socket.send(query('small.test', 'A'), local.port, '127.0.0.1');
      await guarded(
        waitFor(() => warnings.length > 0),
        'the warning',
      );
      socket.close();
      expect(warnings[0]).toContain('plan bug');
      local.setFaults(() => undefined);
      expect(
        decodeReply(await udpExchange(query('small.test', 'A'), local.port)).answers,
      ).toHaveLength(1);
    } finally {
      process.off('warning', onWarning);
      await local.close();
    }
  });

  it('setFaults and setZone apply to the next query', async () => {
    const local = await startFixtureDnsServer({ zone: ZONE, faults: () => ({ kind: 'refused' }) });
    try {
      expect(decodeReply(await udpExchange(query('small.test', 'A'), local.port)).rcode).toBe(
        'REFUSED',
      );
      local.setFaults((q) => (q.transport === 'udp' ? { kind: 'servfail' } : undefined));
      expect(decodeReply(await udpExchange(query('small.test', 'A'), local.port)).rcode).toBe(
        'SERVFAIL',
      );
      local.setFaults(() => undefined);
      local.setZone(parseZoneData({ 'small.test': [{ A: '192.0.2.99' }] }, 'replacement'));
      expect(
        decodeReply(await udpExchange(query('small.test', 'A'), local.port)).answers,
      ).toMatchObject([{ data: '192.0.2.99' }]);
    } finally {
      await local.close();
    }
  });

  it('asks the latency function about every query', async () => {
    const asked: string[] = [];
    const local = await startFixtureDnsServer({
      zone: ZONE,
      latencyMs: (name, type) => {
        asked.push(`${type} ${name}`);
        return 5;
      },
    });
    try {
      expect(
        decodeReply(await udpExchange(query('small.test', 'TXT'), local.port)).answers,
      ).toHaveLength(1);
      expect(asked).toEqual(['TXT small.test']);
    } finally {
      await local.close();
    }
  });
});

describe('close', () => {
  it('closes open TCP connections and both listeners, with answers still pending', async () => {
    const local = await startFixtureDnsServer({
      zone: ZONE,
      faults: () => ({ kind: 'delay', ms: 60_000 }),
    });
    expect(local.address).toBe(`127.0.0.1:${local.port}`);
    const socket = await tcpConnect(local.port);
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write(frame(query('small.test', 'A')));
    await guarded(
      waitFor(() => local.queries.length === 1),
      'the delayed query',
    );
    await local.close();
    await guarded(closed, 'the connection to close');
    const refused = connect(local.port, '127.0.0.1');
    await expect(new Promise((_, reject) => refused.once('error', reject))).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });
});

function patchFlags(message: Buffer, flags: number): Buffer {
  const copy = Buffer.from(message);
  copy.writeUInt16BE(copy.readUInt16BE(2) | flags, 2);
  return copy;
}

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** dns-packet decodes `rcode` too; its type definitions leave it out. */
function decodeReply(message: Buffer): packet.DecodedPacket & { rcode: string } {
  return packet.decode(message) as packet.DecodedPacket & { rcode: string };
}
