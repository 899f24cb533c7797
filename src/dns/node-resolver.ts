// The resolver port over Node's c-ares resolver (node:dns/promises). Its one
// job besides asking is to classify failures: NXDOMAIN and NODATA are
// answers, everything else is transient and must never read as "no record"
// (DESIGN.md "Failure policy").

import { Resolver } from 'node:dns/promises';
import { isIPv6 } from 'node:net';
import type { DnsServer } from '../config/types.js';
import { normalizeDomainName } from './domain-name.js';
import type { DnsResult, RecordData, RecordType, Resolve, TransientReason } from './port.js';

export interface NodeResolverOptions {
  /** Empty: the system resolver (/etc/resolv.conf). */
  readonly servers: readonly DnsServer[];
  /** Per-try timeout. */
  readonly timeoutMs: number;
  readonly tries: number;
}

type Lookup<T extends RecordType> = (
  resolver: Resolver,
  name: string,
) => Promise<readonly RecordData[T][]>;

const LOOKUPS: { readonly [T in RecordType]: Lookup<T> } = {
  TXT: (resolver, name) => resolver.resolveTxt(name),
  A: (resolver, name) => resolver.resolve4(name),
  AAAA: (resolver, name) => resolver.resolve6(name),
  // Copy the two fields: Node 24 adds `type: 'MX'` to each record, Node 20 does not.
  MX: async (resolver, name) =>
    (await resolver.resolveMx(name)).map(({ exchange, priority }) => ({ exchange, priority })),
};

/** c-ares error codes that mean the lookup failed, not that the record is absent. */
const TRANSIENT_CODES: Readonly<Record<string, TransientReason>> = {
  ESERVFAIL: 'SERVFAIL',
  EREFUSED: 'REFUSED',
  ETIMEOUT: 'TIMEOUT',
  ECONNREFUSED: 'CONNECTION',
};

export function createNodeResolver(options: NodeResolverOptions): Resolve {
  const resolver = new Resolver({ timeout: options.timeoutMs, tries: options.tries });
  if (options.servers.length > 0) resolver.setServers(options.servers.map(formatServer));
  return async <T extends RecordType>(name: string, type: T): Promise<DnsResult<RecordData[T]>> => {
    const query = normalizeDomainName(name);
    try {
      return { kind: 'answer', records: await LOOKUPS[type](resolver, query) };
    } catch (error) {
      return classifyFailure(error, query, type);
    }
  };
}

function classifyFailure(error: unknown, name: string, type: RecordType): DnsResult<never> {
  const code = (error as { code?: unknown }).code;
  // c-ares: ENOTFOUND is rcode NXDOMAIN; ENODATA is NOERROR without records of the type (NODATA).
  if (code === 'ENOTFOUND') return { kind: 'nxdomain' };
  if (code === 'ENODATA') return { kind: 'answer', records: [] };
  const reason = typeof code === 'string' ? TRANSIENT_CODES[code] : undefined;
  const detail = typeof code === 'string' ? code : String(error);
  // The reason alone when it says everything (SERVFAIL); the raw code otherwise (EBADNAME).
  return {
    kind: 'transient',
    reason: reason ?? 'OTHER',
    message: `${type} lookup of ${name} failed: ${reason ?? detail}`,
  };
}

/** Node's setServers syntax: "192.0.2.1:53", "[2001:db8::1]:53". */
function formatServer(server: DnsServer): string {
  return isIPv6(server.host) ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
}

export class DnsServerSyntaxError extends Error {
  constructor(
    readonly text: string,
    reason: string,
  ) {
    super(
      `"${text}" is not a DNS server address (${reason}); expected an IPv4 address (192.0.2.53), ` +
        `IPv4:port (192.0.2.53:5353), an IPv6 address (2001:db8::53) or [IPv6]:port ([2001:db8::53]:5353)`,
    );
    this.name = 'DnsServerSyntaxError';
  }
}

const DEFAULT_PORT = 53;
const DOTTED_QUAD =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const BRACKETED = /^\[([^\]]*)\](?::(.*))?$/;

/** "ip", "ip:port" or "[ipv6]:port"; the port defaults to 53. */
export function parseDnsServer(text: string): DnsServer {
  const bracketed = BRACKETED.exec(text);
  if (bracketed !== null) {
    const [, host = '', port] = bracketed;
    if (port === undefined)
      throw new DnsServerSyntaxError(text, 'a bracketed IPv6 address needs a port');
    return { host: ipv6(text, host), port: parsePort(text, port) };
  }
  const colons = text.split(':').length - 1;
  if (colons > 1) return { host: ipv6(text, text), port: DEFAULT_PORT };
  const [host = '', port] = text.split(':');
  if (!DOTTED_QUAD.test(host)) {
    throw new DnsServerSyntaxError(text, `"${host}" is not a dotted-quad IPv4 address`);
  }
  return { host, port: port === undefined ? DEFAULT_PORT : parsePort(text, port) };
}

function ipv6(text: string, host: string): string {
  if (!isIPv6(host)) throw new DnsServerSyntaxError(text, `"${host}" is not an IPv6 address`);
  return host;
}

function parsePort(text: string, port: string): number {
  const value = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
  if (!(value >= 1 && value <= 65535)) {
    throw new DnsServerSyntaxError(text, `port "${port}" is not a number from 1 to 65535`);
  }
  return value;
}
