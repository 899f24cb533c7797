// Fixture zone data (zonedata.ts) as RFC 1035 section 5 master files, so a
// real authoritative server (Knot DNS in the test tier, DESIGN.md "Tests, in
// tiers" 3) serves the same answers as the in-process server. What a master
// file cannot say is not written but reported with the reason, so a test can
// leave out exactly the cases that depend on it.
//
// Zone layout: by default one zone at the root. The in-process server answers
// every name from one data set (NXDOMAIN for any unknown name, CNAME chains
// followed across all names); a single root zone is the one layout in which a
// real server does the same. Split into several apexes, Knot answers names
// outside them REFUSED and does not follow a CNAME into another zone.

import type { ZoneData, ZoneRecord } from './zonedata.js';

export interface ZoneFile {
  /** Fully qualified: "." or "example.com.". */
  readonly origin: string;
  /** Master-file text with absolute owner names and explicit TTL and class. */
  readonly text: string;
}

export interface NotExpressible {
  /** As keyed in ZoneData: lower-case, no trailing dot. */
  readonly name: string;
  readonly reason: string;
}

export interface ZoneFileSet {
  /** One per apex, in the order the apexes were given. */
  readonly zones: readonly ZoneFile[];
  readonly notExpressible: readonly NotExpressible[];
}

export interface ZoneFileOptions {
  /** Zone apexes, e.g. ["example.com", "example.org"]; default: the root ["."] alone. */
  readonly apexes?: readonly string[];
  /** The SOA MNAME and the apex NS; default "ns.zone-file.invalid" (RFC 6761 section 6.4: never real). */
  readonly nameServer?: string;
}

export class ZoneFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZoneFileError';
  }
}

/** The in-process server's TTL (server.ts), so answers match. */
const TTL = 300;
/** RFC 1035 section 3.3.13: serial, refresh, retry, expire; RFC 2308 section 4: negative-caching TTL. */
const SOA_TIMERS = `1 3600 900 604800 ${TTL}`;
const DEFAULT_NAME_SERVER = 'ns.zone-file.invalid';
/** Glue for an in-zone name server; nothing queries it, it only keeps the zone well-formed. */
const NAME_SERVER_ADDRESS = '127.0.0.1';
/**
 * RFC 6895 section 3.1: 65280-65534 are private-use types. A fixture name
 * listed with no servable records exists (NODATA, not NXDOMAIN), and in DNS a
 * name exists only if it owns a record, so it gets an empty record of this
 * type (RFC 3597 section 5 generic syntax) that no test asks for.
 */
const PLACEHOLDER_RECORD = 'TYPE65280\t\\# 0';
/** RFC 1035 section 3.3: a character-string holds at most 255 octets. */
const MAX_STRING_BYTES = 255;
/** Characters written as themselves in names; every other octet becomes \DDD (RFC 1035 section 5.1). */
const PLAIN_NAME_CHARACTER = /^[A-Za-z0-9_-]$/;

export function renderZoneFiles(data: ZoneData, options: ZoneFileOptions = {}): ZoneFileSet {
  const apexes = (options.apexes ?? ['.']).map(absoluteApex);
  const nameServer = absoluteApex(options.nameServer ?? DEFAULT_NAME_SERVER);
  const problems = findProblems(data, apexes, nameServer);
  const zones = apexes.map((origin) => ({
    origin,
    text: renderZone(origin, nameServer, ownedNames(data, apexes, origin, problems)),
  }));
  const notExpressible = [...problems].map(([name, reason]) => ({ name, reason }));
  return { zones, notExpressible };
}

/** RFC 1035 section 5.1: a name as master-file text, absolute, each octet outside [A-Za-z0-9_-] as \DDD. */
export function masterFileName(name: string): string {
  const labels = name.replace(/\.$/, '').split('.');
  if (labels.length === 1 && labels[0] === '') return '.';
  return `${labels.map(escapeLabel).join('.')}.`;
}

/** RFC 1035 section 5.1: a quoted character-string; each code point is one octet (see zonedata.ts). */
export function masterFileString(text: string): string {
  let quoted = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code > 0xff) {
      throw new ZoneFileError(
        `TXT string "${text}" has ${JSON.stringify(character)}; a character-string holds octets, one code point U+0000-U+00FF each`,
      );
    }
    if (character === '"' || character === '\\') quoted += `\\${character}`;
    else if (code >= 0x20 && code <= 0x7e) quoted += character;
    else quoted += decimalEscape(code);
  }
  return `"${quoted}"`;
}

function escapeLabel(label: string): string {
  let escaped = '';
  for (const character of label) {
    if (PLAIN_NAME_CHARACTER.test(character)) escaped += character;
    else for (const octet of Buffer.from(character, 'utf8')) escaped += decimalEscape(octet);
  }
  return escaped;
}

function decimalEscape(octet: number): string {
  return `\\${String(octet).padStart(3, '0')}`;
}

function absoluteApex(apex: string): string {
  if (apex === '.' || apex === '') return '.';
  if (apex.startsWith('.') || apex.includes('..')) {
    throw new ZoneFileError(
      `zone apex "${apex}" is not a domain name; write "." for the root or a name such as "example.com"`,
    );
  }
  return `${apex.replace(/\.$/, '').toLowerCase()}.`;
}

/** The longest apex at or above `name` (both absolute and lower-case), if any. */
function enclosingApex(name: string, apexes: readonly string[]): string | undefined {
  const inside = apexes.filter(
    (apex) => apex === '.' || name === apex || name.endsWith(`.${apex}`),
  );
  return inside.sort((a, b) => b.length - a.length)[0];
}

function absolute(name: string): string {
  return `${name.replace(/\.$/, '').toLowerCase()}.`;
}

/** Name -> why it cannot be written, including names whose CNAME chain reaches such a name. */
function findProblems(
  data: ZoneData,
  apexes: readonly string[],
  nameServer: string,
): Map<string, string> {
  const problems = new Map<string, string>();
  for (const [name, entry] of data) {
    const reason = entry.timeout
      ? 'the fixture times queries for it out (TIMEOUT); a real server always answers'
      : (nameProblem(name, apexes, nameServer) ?? recordsProblem(name, entry.records, apexes));
    if (reason !== undefined) problems.set(name, reason);
  }
  addCnameChainProblems(data, problems);
  return problems;
}

function nameProblem(
  name: string,
  apexes: readonly string[],
  nameServer: string,
): string | undefined {
  const owner = absolute(name);
  if (name.split('.').includes('*')) {
    return 'a "*" label is a wildcard in a zone file (RFC 4592 section 2.1.1), not a literal name';
  }
  if (owner === nameServer || owner.endsWith(`.${nameServer}`)) {
    return `it is (or is under) the generated zones' name server ${nameServer}`;
  }
  if (enclosingApex(owner, apexes) === undefined) {
    return `it is outside every served zone (${apexes.join(', ')})`;
  }
  return undefined;
}

function recordsProblem(
  name: string,
  records: readonly ZoneRecord[],
  apexes: readonly string[],
): string | undefined {
  const seen = new Set<string>();
  for (const record of records) {
    const problem = recordProblem(name, record, apexes);
    if (problem !== undefined) return problem;
    const key = recordKey(record);
    if (seen.has(key)) {
      // The suite's multispf1 names this: resolvers may merge identical records too.
      return `it has two identical ${record.type} records; an RRset is a set (RFC 2181 section 5), so a server serves one`;
    }
    seen.add(key);
  }
  return undefined;
}

/** True when a code point above U+00FF stands where each must be one octet. */
function hasNonOctet(text: string): boolean {
  for (const character of text) if ((character.codePointAt(0) ?? 0) > 0xff) return true;
  return false;
}

/** Equal for records a server stores as one: same type and same RDATA on the wire. */
function recordKey(record: ZoneRecord): string {
  switch (record.type) {
    case 'TXT':
      return `TXT ${JSON.stringify(record.data)}`;
    case 'MX':
      return `MX ${record.data.priority} ${record.data.exchange.toLowerCase()}`;
    case 'AAAA':
      // The WHATWG URL serializer writes an IPv6 address in its one compressed form.
      return `AAAA ${new URL(`http://[${record.data}]/`).hostname}`;
    default:
      return `${record.type} ${record.data.toLowerCase()}`;
  }
}

function recordProblem(
  name: string,
  record: ZoneRecord,
  apexes: readonly string[],
): string | undefined {
  switch (record.type) {
    case 'TXT': {
      const wide = record.data.find(hasNonOctet);
      if (wide !== undefined)
        return `TXT string "${wide}" has characters above U+00FF, which are not octets`;
      const long = record.data.find((s) => s.length > MAX_STRING_BYTES);
      if (long === undefined) return undefined;
      return `a TXT string of ${long.length} octets; a character-string holds at most ${MAX_STRING_BYTES} (RFC 1035 section 3.3)`;
    }
    case 'AAAA':
      // Node's isIPv6 accepts "fe80::1%eth0"; a zone index is local to a host, not DNS data.
      return record.data.includes('%') ? `AAAA ${record.data} has a zone index` : undefined;
    case 'CNAME': {
      const from = enclosingApex(absolute(name), apexes);
      if (from === absolute(name)) {
        return 'a CNAME at a zone apex would share its name with the SOA and NS (RFC 1034 section 3.6.2)';
      }
      const to = enclosingApex(absolute(record.data), apexes);
      if (from === to) return undefined;
      return `its CNAME target ${record.data} is in another zone (${to ?? 'none'}); Knot follows a CNAME only inside its own zone`;
    }
    default:
      return undefined;
  }
}

/** Until nothing changes: a CNAME into a name that cannot be written would answer differently. */
function addCnameChainProblems(data: ZoneData, problems: Map<string, string>): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, entry] of data) {
      const target = cnameTarget(entry.records);
      if (problems.has(name) || target === undefined || !problems.has(target)) continue;
      problems.set(
        name,
        `its CNAME target ${target} is not expressible (${problems.get(target) ?? ''})`,
      );
      changed = true;
    }
  }
}

function cnameTarget(records: readonly ZoneRecord[]): string | undefined {
  for (const record of records) if (record.type === 'CNAME') return record.data.toLowerCase();
  return undefined;
}

function ownedNames(
  data: ZoneData,
  apexes: readonly string[],
  origin: string,
  problems: ReadonlyMap<string, string>,
): [string, readonly ZoneRecord[]][] {
  return [...data]
    .filter(([name]) => !problems.has(name) && enclosingApex(absolute(name), apexes) === origin)
    .map(([name, entry]) => [name, entry.records]);
}

function renderZone(
  origin: string,
  nameServer: string,
  names: readonly [string, readonly ZoneRecord[]][],
): string {
  const apex = masterFileName(origin);
  const server = masterFileName(nameServer);
  const lines = [
    `; Zone ${apex} generated from fixture zone data (src/fixture-dns/zone-file.ts).`,
    line(apex, `SOA\t${server} hostmaster.${server} ${SOA_TIMERS}`),
    line(apex, `NS\t${server}`),
  ];
  // RFC 1034 section 4.2.1: an in-zone name server needs its address in the zone (glue).
  if (enclosingApex(nameServer, [origin]) !== undefined) {
    lines.push(line(server, `A\t${NAME_SERVER_ADDRESS}`));
  }
  for (const [name, records] of names) {
    const owner = masterFileName(name);
    if (records.length === 0) lines.push(line(owner, PLACEHOLDER_RECORD));
    for (const record of records) lines.push(line(owner, recordData(record)));
  }
  return `${lines.join('\n')}\n`;
}

function line(owner: string, typeAndData: string): string {
  return `${owner}\t${TTL}\tIN\t${typeAndData}`;
}

function recordData(record: ZoneRecord): string {
  switch (record.type) {
    case 'TXT':
      return `TXT\t${record.data.map(masterFileString).join(' ')}`;
    case 'MX':
      // The suite's `[0, ""]` is an MX whose exchange is the root.
      return `MX\t${record.data.priority} ${masterFileName(record.data.exchange)}`;
    case 'A':
    case 'AAAA':
      return `${record.type}\t${record.data}`;
    case 'PTR':
    case 'CNAME':
      return `${record.type}\t${masterFileName(record.data)}`;
  }
}
