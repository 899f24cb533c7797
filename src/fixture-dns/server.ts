// An in-process authoritative DNS server for tests and the offline example
// (DESIGN.md "Tests, in tiers", tier 2). It serves ZoneData over UDP and TCP
// on one loopback port and can inject the faults a real resolver meets:
// SERVFAIL, REFUSED, silence, slow answers, garbage, mismatched IDs and
// broken TCP connections.

import { randomBytes } from 'node:crypto';
import { createSocket, type RemoteInfo, type Socket as UdpSocket } from 'node:dgram';
import { createServer, isIPv6, type Server, type Socket as TcpSocket } from 'node:net';
import * as packet from 'dns-packet';
import {
  answerFor,
  answerForUnservedType,
  type ZoneAnswer,
  type ZoneData,
  type ZoneLookup,
  type ZoneQueryType,
} from './zonedata.js';

export type Transport = 'udp' | 'tcp';

export interface ObservedQuery {
  readonly transport: Transport;
  /** The question name as sent. */
  readonly name: string;
  /** The question type as dns-packet names it: 'TXT', 'A', ..., 'UNKNOWN_65280'. */
  readonly type: string;
}

export type Fault =
  | { readonly kind: 'servfail' }
  | { readonly kind: 'refused' }
  /** Never answer: the client times out. */
  | { readonly kind: 'drop' }
  | { readonly kind: 'delay'; readonly ms: number }
  /** The query's ID followed by random bytes: a reply the client must reject as malformed. */
  | { readonly kind: 'garbage' }
  /** The right answer under another ID, which a client must ignore (RFC 5452 section 4.3). */
  | { readonly kind: 'wrong-id' }
  /** Over TCP, close the connection without answering; over UDP, answer normally. */
  | { readonly kind: 'tcp-fail' };

export type FaultPlan = (query: ObservedQuery) => Fault | undefined;

export interface FixtureDnsServerOptions {
  readonly zone: ZoneData;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly faults?: FaultPlan;
  readonly latencyMs?: number | ((name: string, type: string) => number);
}

export interface FixtureDnsServer {
  readonly host: string;
  readonly port: number;
  /** "127.0.0.1:PORT" (or "[::1]:PORT"), the form `--dns-server` takes. */
  readonly address: string;
  /** Every well-formed question received, in arrival order. */
  readonly queries: readonly ObservedQuery[];
  setZone(zone: ZoneData): void;
  setFaults(faults: FaultPlan): void;
  close(): Promise<void>;
}

const TTL = 300;
/** RFC 1035 section 4.2.1: UDP messages without EDNS are limited to 512 bytes. */
const CLASSIC_UDP_LIMIT = 512;
/** RFC 6891 section 6.2.5: the payload size we advertise back (the DNS Flag Day 2020 value). */
const OUR_UDP_PAYLOAD = 1232;
const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;
const SERVED_TYPES: readonly string[] = ['TXT', 'A', 'AAAA', 'MX', 'PTR', 'CNAME'];
const BIND_ATTEMPTS = 20;

/** What to do with one query: send these bytes, stay silent, or drop the TCP connection. */
type Reply =
  { readonly send: Buffer } | { readonly silent: true } | { readonly closeConnection: true };

interface ServerState {
  zone: ZoneData;
  faults: FaultPlan | undefined;
  readonly latency: (name: string, type: string) => number;
  readonly queries: ObservedQuery[];
  readonly timers: Set<NodeJS.Timeout>;
  closed: boolean;
}

export async function startFixtureDnsServer(
  options: FixtureDnsServerOptions,
): Promise<FixtureDnsServer> {
  const host = options.host ?? '127.0.0.1';
  const latency = options.latencyMs;
  const state: ServerState = {
    zone: options.zone,
    faults: options.faults,
    latency: typeof latency === 'function' ? latency : () => latency ?? 0,
    queries: [],
    timers: new Set(),
    closed: false,
  };
  const { udp, tcp, port } = await bindBoth(host, options.port ?? 0);
  const connections = new Set<TcpSocket>();
  udp.on('message', (message, peer) => void serveUdp(state, udp, message, peer));
  udp.on('error', () => undefined); // e.g. ICMP unreachable for a departed client: not our failure.
  tcp.on('connection', (socket) => {
    serveTcp(state, socket, connections);
  });
  return {
    host,
    port,
    address: isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`,
    queries: state.queries,
    setZone: (zone) => (state.zone = zone),
    setFaults: (faults) => (state.faults = faults),
    close: () => closeAll(state, udp, tcp, connections),
  };
}

async function serveUdp(
  state: ServerState,
  udp: UdpSocket,
  message: Buffer,
  peer: RemoteInfo,
): Promise<void> {
  const reply = await replyTo(state, message, 'udp');
  if ('send' in reply && !state.closed) udp.send(reply.send, peer.port, peer.address);
}

/** RFC 7766 section 8: each message is preceded by a two-byte length; many per connection. */
function serveTcp(state: ServerState, socket: TcpSocket, connections: Set<TcpSocket>): void {
  connections.add(socket);
  // Answers to pipelined queries go out at once (RFC 7766 section 6.2.1.1).
  // Under Nagle's algorithm a second answer waited for the client's delayed
  // ACK of the first: 8-20 ms per truncated TXT in the benchmark (issue #7),
  // a cost of this server that no resolver of ours could avoid.
  socket.setNoDelay(true);
  let pending = Buffer.alloc(0);
  socket.on('close', () => connections.delete(socket));
  socket.on('error', () => undefined); // a reset by the client ends only this connection.
  socket.on('data', (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
      const message = pending.subarray(2, 2 + pending.readUInt16BE(0));
      pending = pending.subarray(2 + message.length);
      void answerOverTcp(state, socket, message);
    }
  });
}

async function answerOverTcp(
  state: ServerState,
  socket: TcpSocket,
  message: Buffer,
): Promise<void> {
  const reply = await replyTo(state, message, 'tcp');
  if (state.closed || socket.destroyed) return;
  if ('closeConnection' in reply) socket.destroy();
  if ('send' in reply) {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(reply.send.length);
    socket.write(Buffer.concat([length, reply.send]));
  }
}

/** Never rejects: a bad query or a throwing fault plan must not take the server (or the test run) down. */
async function replyTo(state: ServerState, message: Buffer, transport: Transport): Promise<Reply> {
  try {
    return await replyToQuery(state, message, transport);
  } catch (error) {
    process.emitWarning(`fixture DNS server: no reply to a ${transport} query: ${String(error)}`);
    return { silent: true };
  }
}

async function replyToQuery(
  state: ServerState,
  message: Buffer,
  transport: Transport,
): Promise<Reply> {
  const query = decodeQuery(message);
  if (query === undefined) return formatError(message);
  const question = query.questions?.[0];
  const standardQuery = (((query.flags ?? 0) >> 11) & 0xf) === 0; // OPCODE QUERY, RFC 1035 section 4.1.1
  if (!standardQuery || question === undefined || query.questions?.length !== 1) {
    return { send: encodeReply(query, standardQuery ? RCODE.FORMERR : RCODE.NOTIMP, []) };
  }
  const observed: ObservedQuery = { transport, name: question.name, type: question.type };
  state.queries.push(observed);
  const fault = state.faults?.(observed);
  await sleep(
    state,
    state.latency(observed.name, observed.type) + (fault?.kind === 'delay' ? fault.ms : 0),
  );
  if (state.closed) return { silent: true };
  return fault === undefined
    ? answer(state, query, transport)
    : faultReply(state, fault, query, transport);
}

function faultReply(
  state: ServerState,
  fault: Fault,
  query: packet.DecodedPacket,
  transport: Transport,
): Reply {
  switch (fault.kind) {
    case 'servfail':
      return { send: encodeReply(query, RCODE.SERVFAIL, []) };
    case 'refused':
      return { send: encodeReply(query, RCODE.REFUSED, []) };
    case 'drop':
      return { silent: true };
    case 'garbage':
      return { send: Buffer.concat([idBytes(query.id ?? 0), randomBytes(30)]) };
    case 'wrong-id': {
      const right = answer(state, query, transport);
      return 'send' in right
        ? { send: Buffer.concat([idBytes((query.id ?? 0) ^ 0x5a5a), right.send.subarray(2)]) }
        : right;
    }
    case 'tcp-fail':
      return transport === 'tcp' ? { closeConnection: true } : answer(state, query, transport);
    case 'delay':
      return answer(state, query, transport);
  }
}

function answer(state: ServerState, query: packet.DecodedPacket, transport: Transport): Reply {
  const question = query.questions![0]!;
  const lookup: ZoneLookup = SERVED_TYPES.includes(question.type)
    ? answerFor(state.zone, question.name, question.type as ZoneQueryType)
    : answerForUnservedType(state.zone, question.name);
  if ('timeout' in lookup) return { silent: true };
  const full = encodeReply(query, RCODE[lookup.rcode], lookup.answers.map(toPacketAnswer));
  if (transport === 'tcp' || full.length <= udpLimit(query)) return { send: full };
  // RFC 2181 section 9: too big for UDP, so set TC and send no partial answer; the client retries over TCP.
  return { send: encodeReply(query, RCODE[lookup.rcode], [], packet.TRUNCATED_RESPONSE) };
}

/** RFC 6891 section 6.2.5: the client's advertised payload size, never below 512. */
function udpLimit(query: packet.DecodedPacket): number {
  const opt = ednsOf(query);
  return opt === undefined ? CLASSIC_UDP_LIMIT : Math.max(CLASSIC_UDP_LIMIT, opt.udpPayloadSize);
}

function ednsOf(query: packet.DecodedPacket): packet.OptAnswer | undefined {
  return query.additionals?.find((a): a is packet.OptAnswer => a.type === 'OPT');
}

function encodeReply(
  query: packet.DecodedPacket,
  rcode: number,
  answers: packet.Answer[],
  extraFlags = 0,
): Buffer {
  const recursionDesired = (query.flags ?? 0) & packet.RECURSION_DESIRED;
  return packet.encode({
    id: query.id ?? 0,
    type: 'response',
    flags: packet.AUTHORITATIVE_ANSWER | recursionDesired | extraFlags | rcode,
    questions: query.questions ?? [],
    answers,
    // RFC 6891 section 7: a responder that got an OPT record answers with one.
    additionals: ednsOf(query) === undefined ? [] : [ourOpt()],
  });
}

function ourOpt(): packet.OptAnswer {
  return {
    type: 'OPT',
    name: '.',
    udpPayloadSize: OUR_UDP_PAYLOAD,
    extendedRcode: 0,
    ednsVersion: 0,
    flags: 0,
    flag_do: false,
    options: [],
  };
}

function toPacketAnswer(record: ZoneAnswer): packet.Answer {
  const common = { name: record.name, ttl: TTL, class: 'IN' as const };
  switch (record.type) {
    case 'TXT':
      // Each code point is one byte (see zonedata.ts): latin1, not UTF-8.
      return { ...common, type: 'TXT', data: record.data.map((s) => Buffer.from(s, 'latin1')) };
    case 'MX':
      return {
        ...common,
        type: 'MX',
        data: { preference: record.data.priority, exchange: record.data.exchange || '.' },
      };
    default:
      return { ...common, type: record.type, data: record.data };
  }
}

function decodeQuery(message: Buffer): packet.DecodedPacket | undefined {
  try {
    const decoded = packet.decode(message);
    return decoded.type === 'query' ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** RFC 1035 section 4.1.1: FORMERR for a query we cannot read, if it has a header to answer. */
function formatError(message: Buffer): Reply {
  if (message.length < 12 || (message.readUInt16BE(2) & 0x8000) !== 0) return { silent: true };
  const header = Buffer.alloc(12);
  message.copy(header, 0, 0, 2);
  header.writeUInt16BE(0x8000 | RCODE.FORMERR, 2);
  return { send: header };
}

function idBytes(id: number): Buffer {
  const bytes = Buffer.alloc(2);
  bytes.writeUInt16BE(id & 0xffff);
  return bytes;
}

function sleep(state: ServerState, ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      resolve();
    }, ms);
    state.timers.add(timer);
  });
}

/** UDP and TCP on the same port: with port 0, retry until a port is free for both. */
async function bindBoth(
  host: string,
  port: number,
): Promise<{ udp: UdpSocket; tcp: Server; port: number }> {
  for (let attempt = 1; ; attempt += 1) {
    const tcp = await listenTcp(host, port);
    const chosen = (tcp.address() as { port: number }).port;
    try {
      return { udp: await bindUdp(host, chosen), tcp, port: chosen };
    } catch (error) {
      await closeServer(tcp);
      if (port !== 0 || attempt >= BIND_ATTEMPTS) throw error;
    }
  }
}

function listenTcp(host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function bindUdp(host: string, port: number): Promise<UdpSocket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket(isIPv6(host) ? 'udp6' : 'udp4');
    socket.once('error', (error) => {
      socket.close();
      reject(error);
    });
    socket.bind(port, host, () => {
      socket.removeAllListeners('error');
      resolve(socket);
    });
  });
}

async function closeAll(
  state: ServerState,
  udp: UdpSocket,
  tcp: Server,
  connections: Set<TcpSocket>,
): Promise<void> {
  if (state.closed) return;
  state.closed = true;
  for (const timer of state.timers) clearTimeout(timer);
  state.timers.clear();
  for (const socket of connections) socket.destroy();
  await Promise.all([
    closeServer(tcp),
    new Promise<void>((resolve) => {
      udp.close(resolve);
    }),
  ]);
}

function closeServer(tcp: Server): Promise<void> {
  return new Promise((resolve) => {
    tcp.close(() => {
      resolve();
    });
  });
}
