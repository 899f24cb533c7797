// `--dns-server` / `dns-servers` values: the forms Node's setServers takes.

import { describe, expect, it } from 'vitest';
import { DnsServerSyntaxError, parseDnsServer } from '../../src/dns/node-resolver.js';

describe('parseDnsServer', () => {
  it.each([
    ['192.0.2.53', { host: '192.0.2.53', port: 53 }],
    ['127.0.0.1:5353', { host: '127.0.0.1', port: 5353 }],
    ['0.0.0.0:1', { host: '0.0.0.0', port: 1 }],
    ['255.255.255.255:65535', { host: '255.255.255.255', port: 65535 }],
    ['2001:db8::53', { host: '2001:db8::53', port: 53 }],
    ['::1', { host: '::1', port: 53 }],
    ['[::1]:5353', { host: '::1', port: 5353 }],
    ['[2001:db8::53]:53', { host: '2001:db8::53', port: 53 }],
  ])('accepts %s', (text, expected) => {
    expect(parseDnsServer(text)).toEqual(expected);
  });

  it.each([
    ['', '"" is not a dotted-quad IPv4 address'],
    ['dns.example', '"dns.example" is not a dotted-quad IPv4 address'],
    ['192.0.2', '"192.0.2" is not a dotted-quad IPv4 address'],
    ['192.0.2.053', '"192.0.2.053" is not a dotted-quad IPv4 address'],
    ['192.0.2.256', '"192.0.2.256" is not a dotted-quad IPv4 address'],
    [' 192.0.2.53', '" 192.0.2.53" is not a dotted-quad IPv4 address'],
    ['192.0.2.53:', 'port "" is not a number from 1 to 65535'],
    ['192.0.2.53:0', 'port "0" is not a number from 1 to 65535'],
    ['192.0.2.53:65536', 'port "65536" is not a number from 1 to 65535'],
    ['192.0.2.53:+53', 'port "+53" is not a number from 1 to 65535'],
    ['2001:db8::gg', '"2001:db8::gg" is not an IPv6 address'],
    ['[::1]', 'a bracketed IPv6 address needs a port'],
    ['[192.0.2.53]:53', '"192.0.2.53" is not an IPv6 address'],
    ['[::1]:99999', 'port "99999" is not a number from 1 to 65535'],
  ])('rejects %j', (text, reason) => {
    const parse = () => parseDnsServer(text);
    expect(parse).toThrow(DnsServerSyntaxError);
    expect(parse).toThrow(`"${text}" is not a DNS server address (${reason})`);
    expect(parse).toThrow('expected an IPv4 address (192.0.2.53), IPv4:port (192.0.2.53:5353)');
  });
});
