// Fixture DNS data in the shape of the OpenSPF RFC 7208 test suite's
// `zonedata` (test/fixtures/rfc7208/rfc7208-tests.yml): a map from name to a
// list of single-key maps (SPF, TXT, A, AAAA, MX, PTR, CNAME) or the bare
// word TIMEOUT. The same data feeds the in-process DNS server (server.ts),
// so tests and the offline example see what a real DNS answer would carry.
//
// Rules taken from the suite's README and pyspf's test driver
// (sdgathman/pyspf test/testspf.py), which the suite's cases assume:
// - Names are case-insensitive; a trailing dot is ignored.
// - SPF-type (99) entries are also served as TXT when the name has no TXT
//   entry at all ("auto-magic duplication"); `TXT: NONE` means "no TXT
//   records" and stops that. Type SPF itself is never served: RFC 7208
//   section 3.1 retired it, and Node cannot ask for it.
// - TIMEOUT: a query for a type the name has no listed records of times out;
//   types with listed records are answered (the suite's spftimeout,
//   txttimeout, nospftxttimeout and alltimeout cases). The duplicated TXT
//   does not count as listed: pyspf appends it after the TIMEOUT entry, so
//   its driver times out before reaching it. Unlike pyspf we ignore entry
//   order (every suite name lists TIMEOUT last, so results agree).

import { readFileSync } from 'node:fs';
import { isIPv6 } from 'node:net';
import { parse } from 'yaml';
import { normalizeDomainName } from '../dns/domain-name.js';
import type { MxRecord } from '../dns/port.js';

/** The record types the fixture serves; anything else is answered NODATA. */
export type ZoneQueryType = 'TXT' | 'A' | 'AAAA' | 'MX' | 'PTR' | 'CNAME';

export type ZoneRecord =
  /** One TXT record's character-strings as they go on the wire (each at most 255 bytes). */
  | { readonly type: 'TXT'; readonly data: readonly string[] }
  | { readonly type: 'A' | 'AAAA' | 'PTR' | 'CNAME'; readonly data: string }
  | { readonly type: 'MX'; readonly data: MxRecord };

export interface ZoneName {
  /** Served records, SPF entries already duplicated to TXT where the rules say so. */
  readonly records: readonly ZoneRecord[];
  readonly timeout: boolean;
}

/** Keyed by lower-cased name without a trailing dot. */
export type ZoneData = ReadonlyMap<string, ZoneName>;

/** An answer RR: `name` is the owner as asked (first link) or as the CNAME target wrote it. */
export type ZoneAnswer = ZoneRecord & { readonly name: string };

export type ZoneLookup =
  | { readonly rcode: 'NOERROR' | 'NXDOMAIN'; readonly answers: readonly ZoneAnswer[] }
  | { readonly timeout: true };

export class ZoneDataError extends Error {
  constructor(
    readonly origin: string,
    message: string,
  ) {
    super(`${origin}: ${message}`);
    this.name = 'ZoneDataError';
  }
}

const ENTRY_KEYS = ['SPF', 'TXT', 'A', 'AAAA', 'MX', 'PTR', 'CNAME'] as const;
type EntryKey = (typeof ENTRY_KEYS)[number];
const VALID_ENTRIES = `TIMEOUT or a single-key map with one of ${ENTRY_KEYS.join(', ')}`;

/** RFC 1035 section 2.3.4: labels of 1-63 octets, names of at most 255 octets on the wire. */
const MAX_LABEL_BYTES = 63;
const MAX_NAME_BYTES = 253;
/** RFC 1035 section 3.3: a character-string is a length octet and at most 255 octets. */
const MAX_STRING_BYTES = 255;
const DOTTED_QUAD =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

export function loadZoneDataFile(path: string): ZoneData {
  let document: unknown;
  try {
    document = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ZoneDataError(path, `cannot read zone data: ${(error as Error).message}`);
  }
  const zonedata = isMap(document) && 'zonedata' in document ? document['zonedata'] : document;
  return parseZoneData(zonedata, path);
}

export function parseZoneData(value: unknown, origin: string): ZoneData {
  if (!isMap(value)) {
    throw new ZoneDataError(origin, 'zone data must be a map of names to lists of records');
  }
  const zone = new Map<string, ZoneName>();
  for (const [rawName, entries] of Object.entries(value)) {
    const key = normalizeDomainName(rawName);
    checkName(rawName, origin, `name "${rawName}"`);
    if (zone.has(key)) {
      throw new ZoneDataError(
        origin,
        `name "${rawName}" is listed twice (names are case-insensitive)`,
      );
    }
    zone.set(key, parseName(entries, origin, rawName));
  }
  return zone;
}

/** What the server answers for (name, type): RFC 1034 section 4.3.2, within this zone only. */
export function answerFor(zone: ZoneData, name: string, type: ZoneQueryType): ZoneLookup {
  return lookup(zone, name, type);
}

/** The answer for a query type the fixture does not serve (SOA, NS, SPF, ...): never records. */
export function answerForUnservedType(zone: ZoneData, name: string): ZoneLookup {
  return lookup(zone, name, undefined);
}

function lookup(zone: ZoneData, name: string, type: ZoneQueryType | undefined): ZoneLookup {
  const answers: ZoneAnswer[] = [];
  const visited = new Set<string>();
  let owner = name.replace(/\.$/, '');
  for (;;) {
    const key = normalizeDomainName(owner);
    const entry = zone.get(key);
    if (entry === undefined) return { rcode: 'NXDOMAIN', answers };
    const cname = type === 'CNAME' ? undefined : entry.records.find(isCname);
    if (cname === undefined) {
      const matching = entry.records.filter((r) => r.type === type);
      if (matching.length === 0 && entry.timeout) return { timeout: true };
      return {
        rcode: 'NOERROR',
        answers: [...answers, ...matching.map((r) => ({ ...r, name: owner }))],
      };
    }
    answers.push({ ...cname, name: owner });
    visited.add(key);
    owner = cname.data;
    // A loop ends the chain where it closes, as an authoritative server does.
    if (visited.has(normalizeDomainName(owner))) return { rcode: 'NOERROR', answers };
  }
}

interface ParsedEntries {
  readonly listed: ZoneRecord[];
  readonly spf: (readonly string[])[];
  txtNone: boolean;
  timeout: boolean;
}

function parseName(entries: unknown, origin: string, name: string): ZoneName {
  if (!Array.isArray(entries)) {
    throw new ZoneDataError(origin, `name "${name}" must have a list of records (use [] for none)`);
  }
  const parsed: ParsedEntries = { listed: [], spf: [], txtNone: false, timeout: false };
  entries.forEach((entry: unknown, index) => {
    addEntry(parsed, entry, origin, `name "${name}" entry ${index + 1}`);
  });
  checkCombination(parsed, origin, name);
  const hasTxt = parsed.txtNone || parsed.listed.some((r) => r.type === 'TXT');
  const duplicated: ZoneRecord[] =
    hasTxt || parsed.timeout ? [] : parsed.spf.map((data) => ({ type: 'TXT', data }));
  return { records: [...parsed.listed, ...duplicated], timeout: parsed.timeout };
}

function addEntry(parsed: ParsedEntries, entry: unknown, origin: string, where: string): void {
  if (entry === 'TIMEOUT') {
    parsed.timeout = true;
    return;
  }
  const [key, value] = singleEntry(entry, origin, where);
  if (key === 'TXT' && value === 'NONE') {
    parsed.txtNone = true;
  } else if (key === 'SPF') {
    parsed.spf.push(parseStrings(value, origin, `${where} (SPF)`));
  } else {
    parsed.listed.push(parseRecord(key, value, origin, `${where} (${key})`));
  }
}

function singleEntry(entry: unknown, origin: string, where: string): [EntryKey, unknown] {
  const pairs = isMap(entry) ? Object.entries(entry) : [];
  const [pair] = pairs;
  if (pair === undefined || pairs.length !== 1) {
    throw new ZoneDataError(origin, `${where} must be ${VALID_ENTRIES}, got ${describe(entry)}`);
  }
  const [key, value] = pair;
  if (!(ENTRY_KEYS as readonly string[]).includes(key)) {
    throw new ZoneDataError(
      origin,
      `${where} has unknown record type "${key}"; valid: ${VALID_ENTRIES}`,
    );
  }
  return [key as EntryKey, value];
}

function parseRecord(
  key: Exclude<EntryKey, 'SPF'>,
  value: unknown,
  origin: string,
  where: string,
): ZoneRecord {
  switch (key) {
    case 'TXT':
      return { type: 'TXT', data: parseStrings(value, origin, where) };
    case 'A':
      if (typeof value === 'string' && DOTTED_QUAD.test(value)) return { type: 'A', data: value };
      throw new ZoneDataError(
        origin,
        `${where}: ${describe(value)} is not an IPv4 address (like 192.0.2.1)`,
      );
    case 'AAAA':
      if (typeof value === 'string' && isIPv6(value)) return { type: 'AAAA', data: value };
      throw new ZoneDataError(
        origin,
        `${where}: ${describe(value)} is not an IPv6 address (like 2001:db8::1)`,
      );
    case 'MX':
      return { type: 'MX', data: parseMx(value, origin, where) };
    case 'PTR':
    case 'CNAME':
      return { type: key, data: parseTarget(value, origin, where) };
  }
}

function parseMx(value: unknown, origin: string, where: string): MxRecord {
  const valid = `expected [preference, exchange] with a preference 0-65535, like [10, mx.example.com]`;
  if (!Array.isArray(value) || value.length !== 2) {
    throw new ZoneDataError(origin, `${where}: ${describe(value)}: ${valid}`);
  }
  const [priority, exchange] = value as [unknown, unknown];
  if (
    typeof priority !== 'number' ||
    !Number.isInteger(priority) ||
    priority < 0 ||
    priority > 65535
  ) {
    throw new ZoneDataError(origin, `${where}: preference ${describe(priority)}: ${valid}`);
  }
  // The suite's `[0, ""]` is an MX whose exchange is the root name.
  const target = exchange === '' ? '' : parseTarget(exchange, origin, where);
  return { priority, exchange: target };
}

function parseTarget(value: unknown, origin: string, where: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new ZoneDataError(origin, `${where}: ${describe(value)} is not a domain name`);
  }
  checkName(value, origin, `${where}: "${value}"`);
  return value.replace(/\.$/, '');
}

/**
 * One TXT record's character-strings. Each string is a byte string: code
 * points up to U+00FF stand for one byte each (the suite writes bytes as
 * "\x80"), which is also how Node decodes TXT answers. A string longer than
 * 255 bytes is split into 255-byte pieces, as it must be on the wire; SPF
 * joins them back without spaces (RFC 7208 section 3.3). An empty list (the
 * suite's null-text case) becomes one empty string: RFC 1035 section 3.3.14
 * requires at least one, and c-ares rejects the whole answer otherwise.
 */
function parseStrings(value: unknown, origin: string, where: string): string[] {
  const strings = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(strings) || !strings.every((s): s is string => typeof s === 'string')) {
    throw new ZoneDataError(
      origin,
      `${where}: ${describe(value)}: expected a string or a list of strings (quote numbers)`,
    );
  }
  const wide = strings.find((s) => /[\u0100-\uffff]/.test(s));
  if (wide !== undefined) {
    throw new ZoneDataError(
      origin,
      `${where}: "${wide}" has characters above U+00FF; TXT strings are bytes, write them as \\xNN escapes`,
    );
  }
  const pieces = strings.flatMap((s) => splitString(s));
  return pieces.length === 0 ? [''] : pieces;
}

function splitString(text: string): string[] {
  if (text.length <= MAX_STRING_BYTES) return [text];
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += MAX_STRING_BYTES) {
    pieces.push(text.slice(start, start + MAX_STRING_BYTES));
  }
  return pieces;
}

function checkCombination(parsed: ParsedEntries, origin: string, name: string): void {
  const cnames = parsed.listed.filter((r) => r.type === 'CNAME').length;
  const others = parsed.listed.length - cnames + parsed.spf.length;
  if (cnames > 1 || (cnames === 1 && (others > 0 || parsed.timeout || parsed.txtNone))) {
    // RFC 1034 section 3.6.2: a CNAME is the only record at its name.
    throw new ZoneDataError(origin, `name "${name}": a CNAME must be the only entry at its name`);
  }
  if (parsed.txtNone && parsed.listed.some((r) => r.type === 'TXT')) {
    throw new ZoneDataError(
      origin,
      `name "${name}": "TXT: NONE" means no TXT records, but TXT records are listed too`,
    );
  }
}

function checkName(name: string, origin: string, where: string): void {
  const labels = name.replace(/\.$/, '').split('.');
  const bytes = Buffer.byteLength(name.replace(/\.$/, ''));
  const bad = labels.find((l) => l === '' || Buffer.byteLength(l) > MAX_LABEL_BYTES);
  if (bad !== undefined || bytes > MAX_NAME_BYTES) {
    throw new ZoneDataError(
      origin,
      `${where} is not a valid domain name: labels must be 1-${MAX_LABEL_BYTES} bytes and the name at most ${MAX_NAME_BYTES} bytes`,
    );
  }
}

function isCname(
  record: ZoneRecord,
): record is ZoneRecord & { readonly type: 'CNAME'; readonly data: string } {
  return record.type === 'CNAME';
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
