// The fixture zone format (the RFC 7208 suite's `zonedata`): validation,
// loading, and the pure answer function the fixture DNS server serves from.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  answerFor,
  answerForUnservedType,
  loadZoneDataFile,
  parseZoneData,
  ZoneDataError,
  type ZoneQueryType,
} from '../../src/fixture-dns/zonedata.js';

const SUITE = new URL('../fixtures/rfc7208/rfc7208-tests.yml', import.meta.url).pathname;
const SNAPSHOT = new URL('../../examples/offline-snapshot.yml', import.meta.url).pathname;
const PIPELINE_ZONE = new URL('../fixtures/pipeline/zone.yml', import.meta.url).pathname;

describe('parseZoneData rejects malformed zone data, naming origin, name and entry', () => {
  it.each([
    ['not a map', ['a.test'], 'zones.yml: zone data must be a map'],
    ['records not a list', { 'a.test': { TXT: 'x' } }, 'name "a.test" must have a list of records'],
    [
      'null records',
      { 'a.test': null },
      'name "a.test" must have a list of records (use [] for none)',
    ],
    ['empty label', { 'a..test': [] }, 'name "a..test" is not a valid domain name'],
    ['label over 63 bytes', { [`${'x'.repeat(64)}.test`]: [] }, 'labels must be 1-63 bytes'],
    ['name twice by case', { 'A.test': [], 'a.TEST.': [] }, 'name "a.TEST." is listed twice'],
    [
      'unknown type',
      { 'a.test': [{ NS: 'ns.test' }] },
      'name "a.test" entry 1 has unknown record type "NS"',
    ],
    [
      'two keys in one entry',
      { 'a.test': [{ A: '192.0.2.1', AAAA: '::1' }] },
      'entry 1 must be TIMEOUT or a single-key map',
    ],
    ['bare word other than TIMEOUT', { 'a.test': ['NXDOMAIN'] }, 'got "NXDOMAIN"'],
    [
      'A not a dotted quad',
      { 'a.test': [{ A: '192.0.2' }] },
      'entry 1 (A): "192.0.2" is not an IPv4 address',
    ],
    [
      'A with leading zero',
      { 'a.test': [{ A: '192.0.2.01' }] },
      '"192.0.2.01" is not an IPv4 address',
    ],
    [
      'AAAA not IPv6',
      { 'a.test': [{ AAAA: '192.0.2.1' }] },
      'entry 1 (AAAA): "192.0.2.1" is not an IPv6 address',
    ],
    [
      'MX not a pair',
      { 'a.test': [{ MX: 'mx.test' }] },
      'entry 1 (MX): "mx.test": expected [preference, exchange]',
    ],
    ['MX preference out of range', { 'a.test': [{ MX: [65536, 'mx.test'] }] }, 'preference 65536'],
    [
      'TXT a number',
      { 'a.test': [{ TXT: 42 }] },
      'entry 1 (TXT): 42: expected a string or a list of strings',
    ],
    [
      'TXT list with a number',
      { 'a.test': [{ TXT: ['a', 1] }] },
      'expected a string or a list of strings',
    ],
    ['TXT above U+00FF', { 'a.test': [{ TXT: 'v=spf1 €' }] }, 'characters above U+00FF'],
    ['SPF not a string', { 'a.test': [{ SPF: { v: 1 } }] }, 'entry 1 (SPF): {"v":1}'],
    [
      'CNAME target empty',
      { 'a.test': [{ CNAME: '' }] },
      'entry 1 (CNAME): "" is not a domain name',
    ],
    [
      'PTR target bad label',
      { 'a.test': [{ PTR: 'a..b' }] },
      'entry 1 (PTR): "a..b" is not a valid domain name',
    ],
    [
      'CNAME beside records',
      { 'a.test': [{ CNAME: 'b.test' }, { A: '192.0.2.1' }] },
      'a CNAME must be the only entry',
    ],
    [
      'two CNAMEs',
      { 'a.test': [{ CNAME: 'b.test' }, { CNAME: 'c.test' }] },
      'a CNAME must be the only entry',
    ],
    [
      'CNAME with TIMEOUT',
      { 'a.test': [{ CNAME: 'b.test' }, 'TIMEOUT'] },
      'a CNAME must be the only entry',
    ],
    [
      'TXT NONE beside TXT',
      { 'a.test': [{ TXT: 'NONE' }, { TXT: 'x' }] },
      '"TXT: NONE" means no TXT records',
    ],
  ])('%s', (_, value, message) => {
    const parse = () => parseZoneData(value, 'zones.yml');
    expect(parse).toThrow(ZoneDataError);
    expect(parse).toThrow(message);
  });
});

describe('parseZoneData keeps TXT strings as they go on the wire', () => {
  it.each([
    ['one string', 'v=spf1 -all', [['v=spf1 -all']]],
    ['multi-string record', ['v=spf1 ip4:', '192.0.2.5 -all'], [['v=spf1 ip4:', '192.0.2.5 -all']]],
    ['no strings becomes one empty string', [], [['']]],
    ['longer than 255 bytes is split', 'a'.repeat(300), [['a'.repeat(255), 'a'.repeat(45)]]],
    ['\\x escapes are single bytes', 'v=spf1 \x80a', [['v=spf1 \x80a']]],
  ])('%s', (_, txt, expected) => {
    const zone = parseZoneData({ 'a.test': [{ TXT: txt }] }, 't');
    expect(answerFor(zone, 'a.test', 'TXT')).toEqual({
      rcode: 'NOERROR',
      answers: expected.map((data) => ({ type: 'TXT', name: 'a.test', data })),
    });
  });
});

// The suite's "Record lookup" names (rfc7208-tests.yml), plus the cases
// around them that pin down each rule.
const ZONE = parseZoneData(
  {
    'Mixed.Example.': [{ TXT: 'v=spf1 -all' }, { A: '192.0.2.1' }, { MX: [10, 'MX.example.'] }],
    'both.example.net': [{ TXT: 'v=spf1 -all' }, { SPF: 'v=spf1 -all' }],
    'spfonly.example.net': [{ SPF: 'v=spf1 -all' }, { TXT: 'NONE' }],
    'dup.example.net': [{ SPF: ['v=spf1 ', '-all'] }, { A: '192.0.2.2' }],
    'spftimeout.example.net': [{ TXT: 'v=spf1 -all' }, 'TIMEOUT'],
    'txttimeout.example.net': [{ SPF: 'v=spf1 -all' }, { TXT: 'NONE' }, 'TIMEOUT'],
    'spfthentimeout.example.net': [{ SPF: 'v=spf1 -all' }, 'TIMEOUT'],
    'alltimeout.example.net': ['TIMEOUT'],
    'empty.example.net': [],
    'nullmx.example.net': [{ MX: [0, ''] }],
    'alias.example.net': [{ CNAME: 'Middle.example.net.' }],
    'middle.example.net': [{ CNAME: 'mixed.example' }],
    'dangling.example.net': [{ CNAME: 'nowhere.example.net' }],
    'slow-alias.example.net': [{ CNAME: 'alltimeout.example.net' }],
    'loop1.example.net': [{ CNAME: 'loop2.example.net' }],
    'loop2.example.net': [{ CNAME: 'LOOP1.example.net' }],
    'self.example.net': [{ CNAME: 'self.example.net' }],
  },
  'table',
);

describe('answerFor', () => {
  it.each<[string, string, ZoneQueryType, unknown]>([
    [
      'names are case-insensitive; the owner is the name as asked',
      'MIXED.example',
      'A',
      answers(['A', 'MIXED.example', '192.0.2.1']),
    ],
    [
      'a trailing dot is ignored',
      'mixed.example.',
      'TXT',
      answers(['TXT', 'mixed.example', ['v=spf1 -all']]),
    ],
    [
      'MX keeps preference and exchange',
      'mixed.example',
      'MX',
      answers(['MX', 'mixed.example', { priority: 10, exchange: 'MX.example' }]),
    ],
    ['NODATA: the name exists, the type does not', 'mixed.example', 'AAAA', answers()],
    ['NODATA for a name listed with no records', 'empty.example.net', 'TXT', answers()],
    [
      'NXDOMAIN for an unlisted name',
      'nowhere.example.net',
      'TXT',
      { rcode: 'NXDOMAIN', answers: [] },
    ],
    [
      'TXT entries win over SPF: no duplication',
      'both.example.net',
      'TXT',
      answers(['TXT', 'both.example.net', ['v=spf1 -all']]),
    ],
    ['TXT: NONE stops duplication', 'spfonly.example.net', 'TXT', answers()],
    [
      'SPF without TXT is duplicated as TXT',
      'dup.example.net',
      'TXT',
      answers(['TXT', 'dup.example.net', ['v=spf1 ', '-all']]),
    ],
    [
      'TIMEOUT: a type with records answers (spftimeout)',
      'spftimeout.example.net',
      'TXT',
      answers(['TXT', 'spftimeout.example.net', ['v=spf1 -all']]),
    ],
    ['TIMEOUT: other types time out', 'spftimeout.example.net', 'A', { timeout: true }],
    [
      'TIMEOUT with TXT: NONE times out TXT (txttimeout)',
      'txttimeout.example.net',
      'TXT',
      { timeout: true },
    ],
    [
      'TIMEOUT: duplicated SPF does not count (pyspf order)',
      'spfthentimeout.example.net',
      'TXT',
      { timeout: true },
    ],
    [
      'TIMEOUT alone: every type times out (alltimeout)',
      'alltimeout.example.net',
      'MX',
      { timeout: true },
    ],
    [
      'an empty MX exchange is the root',
      'nullmx.example.net',
      'MX',
      answers(['MX', 'nullmx.example.net', { priority: 0, exchange: '' }]),
    ],
    [
      'a CNAME chain is followed and each link answered',
      'alias.example.net',
      'A',
      answers(
        ['CNAME', 'alias.example.net', 'Middle.example.net'],
        ['CNAME', 'Middle.example.net', 'mixed.example'],
        ['A', 'mixed.example', '192.0.2.1'],
      ),
    ],
    [
      'a CNAME query gets the CNAME itself',
      'alias.example.net',
      'CNAME',
      answers(['CNAME', 'alias.example.net', 'Middle.example.net']),
    ],
    [
      'a dangling CNAME is NXDOMAIN with the chain',
      'dangling.example.net',
      'TXT',
      { rcode: 'NXDOMAIN', answers: [cname('dangling.example.net', 'nowhere.example.net')] },
    ],
    ['a CNAME to a TIMEOUT name times out', 'slow-alias.example.net', 'TXT', { timeout: true }],
    [
      'a CNAME loop stops where it closes',
      'loop1.example.net',
      'TXT',
      answers(
        ['CNAME', 'loop1.example.net', 'loop2.example.net'],
        ['CNAME', 'loop2.example.net', 'LOOP1.example.net'],
      ),
    ],
    [
      'a CNAME to itself stops at once',
      'self.example.net',
      'A',
      answers(['CNAME', 'self.example.net', 'self.example.net']),
    ],
  ])('%s', (_, name, type, expected) => {
    expect(answerFor(ZONE, name, type)).toEqual(expected);
  });

  it.each([
    ['an existing name gets NODATA', 'mixed.example', answers()],
    ['an unlisted name gets NXDOMAIN', 'nowhere.example.net', { rcode: 'NXDOMAIN', answers: [] }],
    ['a TIMEOUT name times out', 'spftimeout.example.net', { timeout: true }],
  ])('unserved types (SPF, SOA, ...): %s', (_, name, expected) => {
    expect(answerForUnservedType(ZONE, name)).toEqual(expected);
  });
});

describe('loading zone data', () => {
  it('parses the zonedata of every document in the RFC 7208 suite', () => {
    const documents = parseAllDocuments(readFileSync(SUITE, 'utf8')).map(
      (d) => d.toJS() as { zonedata: unknown },
    );
    const zones = documents.map((d, i) => parseZoneData(d.zonedata, `${SUITE} document ${i + 1}`));
    expect(zones).toHaveLength(16);
    expect(zones.every((z) => z.size > 0)).toBe(true);
  });

  it('accepts a document with a zonedata key and a bare zonedata map', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zonedata-'));
    await writeFile(
      join(dir, 'wrapped.yml'),
      'snapshot: {date: x}\nzonedata:\n  a.test:\n    - A: 192.0.2.1\n',
    );
    await writeFile(join(dir, 'bare.yml'), 'a.test:\n  - A: 192.0.2.1\n');
    const expected = answers(['A', 'a.test', '192.0.2.1']);
    expect(answerFor(loadZoneDataFile(join(dir, 'wrapped.yml')), 'a.test', 'A')).toEqual(expected);
    expect(answerFor(loadZoneDataFile(join(dir, 'bare.yml')), 'a.test', 'A')).toEqual(expected);
  });

  it('names the file in YAML and validation errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zonedata-'));
    await writeFile(join(dir, 'broken.yml'), 'a.test: [\n');
    await writeFile(join(dir, 'invalid.yml'), 'a.test:\n  - A: 999.0.0.1\n');
    expect(() => loadZoneDataFile(join(dir, 'broken.yml'))).toThrow(
      `${join(dir, 'broken.yml')}: cannot read zone data`,
    );
    expect(() => loadZoneDataFile(join(dir, 'invalid.yml'))).toThrow(
      `${join(dir, 'invalid.yml')}: name "a.test" entry 1 (A)`,
    );
    expect(() => loadZoneDataFile(join(dir, 'missing.yml'))).toThrow(ZoneDataError);
  });

  it.each([SNAPSHOT, PIPELINE_ZONE])('loads the project fixture %s', (path) => {
    expect(loadZoneDataFile(path).size).toBeGreaterThan(5);
  });
});

type Row = [type: string, name: string, data: unknown];

function answers(...rows: Row[]) {
  return { rcode: 'NOERROR', answers: rows.map(([type, name, data]) => ({ type, name, data })) };
}

function cname(name: string, target: string) {
  return { type: 'CNAME', name, data: target };
}
