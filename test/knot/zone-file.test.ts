// zone-file.ts: fixture zone data as master files. Table-driven units, then
// Knot's own checker (kzonecheck, or `knotc zone-check`) on every zone file
// the Knot tier serves.

import { describe, expect, it } from 'vitest';
import {
  masterFileName,
  masterFileString,
  renderZoneFiles,
  ZoneFileError,
  type ZoneFileSet,
} from '../../src/fixture-dns/zone-file.js';
import { loadZoneDataFile, parseZoneData } from '../../src/fixture-dns/zonedata.js';
import { checkZoneFile, KNOTD } from '../support/knot-server.js';
import { requireTool } from '../support/require-tool.js';
import { loadSuite } from '../support/rfc7208-suite.js';

const PIPELINE_ZONE = new URL('../fixtures/pipeline/zone.yml', import.meta.url).pathname;
const SNAPSHOT_ZONE = new URL('../../examples/offline-snapshot.yml', import.meta.url).pathname;

function render(zonedata: Record<string, unknown>, apexes?: string[]): ZoneFileSet {
  return renderZoneFiles(parseZoneData(zonedata, 'test'), apexes ? { apexes } : {});
}

/** The record lines of the only zone, without the comment, SOA, NS and glue. */
function recordLines(zonedata: Record<string, unknown>): string[] {
  const [zone] = render(zonedata).zones;
  return zone!.text
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith(';') && !/\t(SOA|NS)\t/.test(l))
    .filter((l) => !l.startsWith('ns.zone-file.invalid.'));
}

describe('masterFileName', () => {
  it.each([
    ['example.com', 'example.com.'],
    ['example.com.', 'example.com.'],
    ['_spf.Google.com', '_spf.Google.com.'],
    ['', '.'],
    ['.', '.'],
    ['foo:bar/baz.example.com', 'foo\\058bar\\047baz.example.com.'],
    [
      'macro%percent  space%20url-space.example.com',
      'macro\\037percent\\032\\032space\\03720url-space.example.com.',
    ],
    ['a"b;c(d)e@f$g\\h.example', 'a\\034b\\059c\\040d\\041e\\064f\\036g\\092h.example.'],
    ['bücher.example', 'b\\195\\188cher.example.'],
  ])('%j -> %s', (name, expected) => {
    expect(masterFileName(name)).toBe(expected);
  });
});

describe('masterFileString', () => {
  it.each([
    ['v=spf1 -all', '"v=spf1 -all"'],
    ['', '""'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['semi;colon (paren) $dollar', '"semi;colon (paren) $dollar"'],
    ['tab\there', '"tab\\009here"'],
    ['nul\u0000del\u007f', '"nul\\000del\\127"'],
    ['v=spf1 \u0080\u00ff', '"v=spf1 \\128\\255"'],
  ])('%j -> %s', (text, expected) => {
    expect(masterFileString(text)).toBe(expected);
  });

  it('refuses a code point that is not an octet, naming the string', () => {
    expect(() => masterFileString('v=spf1 \u20ac')).toThrow(ZoneFileError);
    expect(() => masterFileString('v=spf1 \u20ac')).toThrow(/"v=spf1 €".*U\+0000-U\+00FF/);
  });
});

describe('renderZoneFiles records', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'a TXT record',
      { 'a.example': [{ TXT: 'v=spf1 -all' }] },
      ['a.example.\t300\tIN\tTXT\t"v=spf1 -all"'],
    ],
    [
      'a multi-string TXT record, strings kept apart',
      { 'a.example': [{ TXT: ['v=spf1 ', 'ip4:192.0.2.0/24 -all'] }] },
      ['a.example.\t300\tIN\tTXT\t"v=spf1 " "ip4:192.0.2.0/24 -all"'],
    ],
    [
      'a 300-byte string, split at 255 by the loader',
      { 'a.example': [{ TXT: 'x'.repeat(300) }] },
      [`a.example.\t300\tIN\tTXT\t"${'x'.repeat(255)}" "${'x'.repeat(45)}"`],
    ],
    [
      'an empty TXT record as one empty string',
      { 'a.example': [{ TXT: [] }] },
      ['a.example.\t300\tIN\tTXT\t""'],
    ],
    [
      'SPF duplicated to TXT',
      { 'a.example': [{ SPF: 'v=spf1 -all' }] },
      ['a.example.\t300\tIN\tTXT\t"v=spf1 -all"'],
    ],
    [
      'SPF with TXT: NONE, kept existing by a private-type placeholder',
      { 'a.example': [{ SPF: 'v=spf1 -all' }, { TXT: 'NONE' }] },
      ['a.example.\t300\tIN\tTYPE65280\t\\# 0'],
    ],
    ['a name with no records', { 'a.example': [] }, ['a.example.\t300\tIN\tTYPE65280\t\\# 0']],
    [
      'TXT records differing only in how they are split stay two records',
      { 'a.example': [{ TXT: ['ab', 'c'] }, { TXT: ['a', 'bc'] }] },
      ['a.example.\t300\tIN\tTXT\t"ab" "c"', 'a.example.\t300\tIN\tTXT\t"a" "bc"'],
    ],
    [
      'A and AAAA',
      { 'a.example': [{ A: '192.0.2.1' }, { AAAA: '2001:db8::1' }] },
      ['a.example.\t300\tIN\tA\t192.0.2.1', 'a.example.\t300\tIN\tAAAA\t2001:db8::1'],
    ],
    [
      'MX, including the root exchange',
      { 'a.example': [{ MX: [10, 'mx.a.example'] }, { MX: [0, ''] }] },
      ['a.example.\t300\tIN\tMX\t10 mx.a.example.', 'a.example.\t300\tIN\tMX\t0 .'],
    ],
    [
      'PTR and CNAME, targets escaped',
      {
        '1.2.0.192.in-addr.arpa': [{ PTR: 'mail.example' }],
        'b.example': [{ CNAME: 'foo:bar.example' }],
      },
      [
        '1.2.0.192.in-addr.arpa.\t300\tIN\tPTR\tmail.example.',
        'b.example.\t300\tIN\tCNAME\tfoo\\058bar.example.',
      ],
    ],
  ])('%s', (_, zonedata, expected) => {
    expect(recordLines(zonedata)).toEqual(expected);
    expect(render(zonedata).notExpressible).toEqual([]);
  });
});

describe('renderZoneFiles zone layout', () => {
  it('serves one root zone by default, with SOA, NS and the name server glue', () => {
    const { zones } = render({ 'a.example': [{ A: '192.0.2.1' }] });
    expect(zones.map((z) => z.origin)).toEqual(['.']);
    const lines = zones[0]!.text.split('\n');
    expect(lines).toContain(
      '.\t300\tIN\tSOA\tns.zone-file.invalid. hostmaster.ns.zone-file.invalid. 1 3600 900 604800 300',
    );
    expect(lines).toContain('.\t300\tIN\tNS\tns.zone-file.invalid.');
    expect(lines).toContain('ns.zone-file.invalid.\t300\tIN\tA\t127.0.0.1');
  });

  it('puts each name in the closest enclosing apex, with no glue for an outside name server', () => {
    const { zones, notExpressible } = render(
      {
        'a.example.com': [{ A: '192.0.2.1' }],
        'b.sub.example.com': [{ A: '192.0.2.2' }],
        'example.org': [{ TXT: 'v=spf1 -all' }],
      },
      ['example.com', 'sub.example.com.', 'EXAMPLE.org'],
    );
    expect(notExpressible).toEqual([]);
    expect(zones.map((z) => z.origin)).toEqual([
      'example.com.',
      'sub.example.com.',
      'example.org.',
    ]);
    const [com, sub, org] = zones.map((z) => z.text);
    expect(com).toContain('a.example.com.\t');
    expect(com).not.toContain('b.sub.example.com.');
    expect(sub).toContain('b.sub.example.com.\t');
    expect(org).toContain('example.org.\t300\tIN\tTXT\t"v=spf1 -all"');
    expect(org).not.toContain('127.0.0.1');
  });

  it('refuses an apex that is not a name', () => {
    expect(() => render({}, ['..example'])).toThrow(ZoneFileError);
    expect(() => render({}, ['.example'])).toThrow(/"\.example".*"\." for the root/);
  });
});

describe('renderZoneFiles: what a zone file cannot express', () => {
  // Each row: data, apexes, the name reported, its reason, and record text no zone may hold.
  it.each<[string, Record<string, unknown>, string[] | undefined, string, RegExp, string]>([
    [
      'TIMEOUT',
      { 'slow.example': [{ TXT: 'v=spf1 -all' }, 'TIMEOUT'] },
      undefined,
      'slow.example',
      /TIMEOUT.*always answers/,
      'v=spf1 -all',
    ],
    [
      'a "*" label',
      { '*.example': [{ A: '192.0.2.1' }] },
      undefined,
      '*.example',
      /wildcard.*RFC 4592/,
      '192.0.2.1',
    ],
    [
      'the generated name server name',
      { 'ns.zone-file.invalid': [{ A: '192.0.2.1' }] },
      undefined,
      'ns.zone-file.invalid',
      /name server/,
      '192.0.2.1',
    ],
    [
      'a name outside every apex',
      { 'a.example.net': [{ A: '192.0.2.1' }] },
      ['example.com'],
      'a.example.net',
      /outside every served zone \(example\.com\.\)/,
      '192.0.2.1',
    ],
    [
      'a CNAME into another zone',
      { 'a.example.com': [{ CNAME: 'b.example.org' }] },
      ['example.com', 'example.org'],
      'a.example.com',
      /another zone \(example\.org\.\)/,
      'CNAME',
    ],
    [
      'a CNAME at an apex',
      { 'example.com': [{ CNAME: 'b.example.com' }] },
      ['example.com'],
      'example.com',
      /apex.*SOA and NS/,
      'CNAME',
    ],
    [
      "two identical TXT records (the suite's multispf1)",
      { 'a.example': [{ SPF: 'v=spf1 -all' }, { SPF: 'v=spf1 -all' }] },
      undefined,
      'a.example',
      /two identical TXT records.*RFC 2181 section 5/,
      'v=spf1 -all',
    ],
    [
      'two AAAA records for one address, written differently',
      { 'a.example': [{ AAAA: '2001:db8::1' }, { AAAA: '2001:DB8:0:0::1' }] },
      undefined,
      'a.example',
      /two identical AAAA records/,
      'AAAA',
    ],
    [
      'two MX records differing only in case',
      { 'a.example': [{ MX: [10, 'mx.a.example'] }, { MX: [10, 'MX.A.example'] }] },
      undefined,
      'a.example',
      /two identical MX records/,
      'MX',
    ],
    [
      'a CNAME chain into a TIMEOUT name',
      {
        'a.example': [{ CNAME: 'b.example' }],
        'b.example': [{ CNAME: 'C.example' }],
        'c.example': ['TIMEOUT'],
      },
      undefined,
      'a.example',
      /b\.example is not expressible \(its CNAME target c\.example is not expressible \(the fixture times/,
      'CNAME',
    ],
  ])('%s', (_, zonedata, apexes, name, reason, absent) => {
    const { zones, notExpressible } = render(zonedata, apexes);
    const entry = notExpressible.find((n) => n.name === name);
    expect(entry?.reason).toMatch(reason);
    for (const zone of zones) expect(zone.text).not.toContain(absent);
  });

  it('reports an octet-less TXT string and an AAAA zone index from data built in code', () => {
    const data = new Map([
      ['wide.example', { timeout: false, records: [{ type: 'TXT' as const, data: ['€'] }] }],
      [
        'scoped.example',
        { timeout: false, records: [{ type: 'AAAA' as const, data: 'fe80::1%eth0' }] },
      ],
      [
        'long.example',
        { timeout: false, records: [{ type: 'TXT' as const, data: ['x'.repeat(256)] }] },
      ],
    ]);
    const reasons = renderZoneFiles(data).notExpressible.map((n) => `${n.name}: ${n.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(/^wide\.example: .*above U\+00FF/),
      expect.stringMatching(/^scoped\.example: .*zone index/),
      expect.stringMatching(/^long\.example: .*256 octets/),
    ]);
  });
});

const zoneSources: [string, ZoneFileSet][] = [
  ['pipeline fixture', renderZoneFiles(loadZoneDataFile(PIPELINE_ZONE))],
  ['offline snapshot', renderZoneFiles(loadZoneDataFile(SNAPSHOT_ZONE))],
  ...loadSuite().map((d): [string, ZoneFileSet] => [
    `RFC 7208 suite: ${d.description}`,
    renderZoneFiles(parseZoneData(d.zonedata, d.description)),
  ]),
];

describe.skipIf(!requireTool(KNOTD))("Knot's zone checker on every served zone", () => {
  it.each(zoneSources)('%s', async (_, { zones }) => {
    for (const zone of zones) {
      const check = await checkZoneFile(zone);
      expect(check.ok, `${check.tool}:\n${check.output}\n${zone.text}`).toBe(true);
      expect(check.output, check.tool).not.toMatch(/error|warning/i);
    }
  });

  const HEAD =
    '.\t300\tIN\tSOA\tns. host. 1 2 3 4 5\n.\t300\tIN\tNS\tns.\nns.\t300\tIN\tA\t127.0.0.1\n';
  it.each([
    ['a syntax error', 'x.\t300\tIN\tTXT\t"unterminated\n', /invalid text character/],
    ['a semantic error', 'x.\t300\tIN\tCNAME\ty.\nx.\t300\tIN\tTXT\t"z"\n', /beside CNAME/],
    ['a missing glue warning', '', /missing glue/],
  ])('reports %s (the check can fail)', async (_, records, message) => {
    const text = records === '' ? HEAD.replace(/ns\.\t300\tIN\tA.*\n/, '') : HEAD + records;
    const check = await checkZoneFile({ origin: '.', text });
    expect(check.output).toMatch(message);
  });
});
