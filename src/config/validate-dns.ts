// `dns`: which resolvers to ask and how patiently. The bounds keep a typo
// (timeout: 500) from turning one run into hours.

import { DnsServerSyntaxError, parseDnsServer } from '../dns/node-resolver.js';
import type { Field, FieldReader } from './field-reader.js';
import type { DnsServer, DnsSettings } from './types.js';

const DNS_KEYS = ['servers', 'timeout', 'tries', 'concurrency', 'deadline'] as const;

export const DEFAULT_DNS: DnsSettings = {
  servers: [],
  timeoutMs: 5000,
  tries: 2,
  concurrency: 32,
  deadlineMs: 120_000,
};

export function readDnsSettings(reader: FieldReader, field: Field): DnsSettings {
  const fields = reader.fields(field, DNS_KEYS, `a map with keys ${DNS_KEYS.join(', ')}`);
  const servers = fields.get('servers');
  const timeout = fields.get('timeout');
  const tries = fields.get('tries');
  const concurrency = fields.get('concurrency');
  const deadline = fields.get('deadline');
  const timeoutSeconds = timeout && readSeconds(reader, timeout, 60);
  // The whole run, not one query: an hour is far past any sane run.
  const deadlineSeconds = deadline && readSeconds(reader, deadline, 3600);
  return {
    servers: servers ? readServers(reader, servers) : DEFAULT_DNS.servers,
    // Whole milliseconds, never 0 (which Node reads as "no timeout").
    timeoutMs:
      timeoutSeconds === undefined ? DEFAULT_DNS.timeoutMs : Math.ceil(timeoutSeconds * 1000),
    tries: (tries && readCount(reader, tries, 10)) ?? DEFAULT_DNS.tries,
    concurrency: (concurrency && readCount(reader, concurrency, 1024)) ?? DEFAULT_DNS.concurrency,
    deadlineMs:
      deadlineSeconds === undefined ? DEFAULT_DNS.deadlineMs : Math.ceil(deadlineSeconds * 1000),
  };
}

function readSeconds(reader: FieldReader, field: Field, max: number): number | undefined {
  return reader.number(
    field,
    `a number of seconds, more than 0 and at most ${max}`,
    (s) => s > 0 && s <= max,
  );
}

function readCount(reader: FieldReader, field: Field, max: number): number | undefined {
  return reader.number(
    field,
    `a whole number from 1 to ${max}`,
    (n) => Number.isInteger(n) && n >= 1 && n <= max,
  );
}

function readServers(reader: FieldReader, field: Field): DnsServer[] {
  const expected = 'a list of DNS server addresses, such as ["192.0.2.53", "192.0.2.54:5353"]';
  const servers: DnsServer[] = [];
  for (const item of reader.items(field, expected) ?? []) {
    const text = reader.text(
      item,
      'a DNS server address, such as "192.0.2.53" or "192.0.2.53:5353"',
    );
    if (text === undefined) continue;
    try {
      servers.push(parseDnsServer(text));
    } catch (error) {
      if (!(error instanceof DnsServerSyntaxError)) throw error;
      reader.report(item, `${item.name}: ${error.message}`);
    }
  }
  return servers;
}
