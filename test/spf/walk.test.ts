// The pass-set walk, table-driven over in-memory zones shaped like real
// senders (../shared/spf/real-world-shapes.md, copied into each row).

import { describe, expect, it } from 'vitest';
import { DualSet } from '../../src/cidr/dual-set.js';
import { formatCidr } from '../../src/cidr/format.js';
import { parseAddress } from '../../src/cidr/parse.js';
import { zoneResolver } from '../../src/fixture-dns/zone-resolver.js';
import { parseZoneData } from '../../src/fixture-dns/zonedata.js';
import type { FindingKind } from '../../src/spf/findings.js';
import { passSet, resultFor } from '../../src/spf/partition.js';
import { evaluateSpf, type SpfEvaluation } from '../../src/spf/walk.js';

const BOTH = { ipv4: true, ipv6: true };

async function walk(zone: Record<string, unknown>, domain: string, enforceLimits = false) {
  const resolve = zoneResolver(parseZoneData(zone, 'test'));
  return evaluateSpf(domain, resolve, {
    families: BOTH,
    enforceLimits,
    maxLookups: 100,
    traceSets: true,
  });
}

function passText(evaluation: SpfEvaluation): string[] {
  return passSet(evaluation.regions).toCidrs().map(formatCidr);
}

function resultOf(evaluation: SpfEvaluation, address: string): string | undefined {
  const { family, value } = parseAddress(address);
  return resultFor(evaluation.regions, (set: DualSet) => set.get(family).containsAddress(value));
}

function kinds(evaluation: SpfEvaluation): FindingKind[] {
  return [...new Set(evaluation.findings.map((f) => f.kind))].sort();
}

interface Row {
  name: string;
  zone: Record<string, unknown>;
  domain?: string;
  pass: string[];
  status?: SpfEvaluation['status'];
  findings?: FindingKind[];
  results?: Record<string, string>;
  enforce?: boolean;
}

const rows: Row[] = [
  {
    name: 'flat ip4/ip6 with -all (spf.protection.outlook.com shape)',
    zone: {
      'example.com': [
        { TXT: 'v=spf1 ip4:40.92.0.0/15 ip4:52.100.0.0/14 ip6:2a01:111:f400::/48 -all' },
      ],
    },
    pass: ['40.92.0.0/15', '52.100.0.0/14', '2a01:111:f400::/48'],
    status: 'ok',
    findings: [],
    results: { '40.93.1.1': 'pass', '192.0.2.1': 'fail', '2001:db8::1': 'fail' },
  },
  {
    name: '-include before an overlapping +ip4 removes the included pass set',
    zone: {
      'example.com': [{ TXT: 'v=spf1 -include:bad.example.com ip4:192.0.2.0/24 ~all' }],
      'bad.example.com': [{ TXT: 'v=spf1 ip4:192.0.2.128/25 -all' }],
    },
    pass: ['192.0.2.0/25'],
    results: { '192.0.2.200': 'fail', '192.0.2.1': 'pass', '198.51.100.1': 'softfail' },
  },
  {
    name: '~ip4 inside a later ip4 carves a hole',
    zone: { 'example.com': [{ TXT: 'v=spf1 ~ip4:192.0.2.64/26 ip4:192.0.2.0/24 -all' }] },
    pass: ['192.0.2.0/26', '192.0.2.128/25'],
    results: { '192.0.2.70': 'softfail', '192.0.2.130': 'pass' },
  },
  {
    name: 'include matches only where the target passes (?all and ~ip4 inside)',
    zone: {
      'example.com': [{ TXT: 'v=spf1 include:servers.mcsv.net -all' }],
      'servers.mcsv.net': [{ TXT: 'v=spf1 ~ip4:205.201.128.0/24 ip4:205.201.128.0/20 ?all' }],
    },
    pass: ['205.201.129.0/24', '205.201.130.0/23', '205.201.132.0/22', '205.201.136.0/21'],
    results: { '205.201.128.1': 'fail', '205.201.140.1': 'pass', '192.0.2.1': 'fail' },
  },
  {
    name: 'redirect without all hands over the rest (gmail.com shape)',
    zone: {
      'gmail.com': [{ TXT: 'v=spf1 ip4:198.51.100.0/24 redirect=_spf.google.com' }],
      '_spf.google.com': [{ TXT: 'v=spf1 ip4:74.125.0.0/16 ip6:2001:4860:4864::/56 ~all' }],
    },
    domain: 'gmail.com',
    pass: ['74.125.0.0/16', '198.51.100.0/24', '2001:4860:4864::/56'],
    results: { '192.0.2.1': 'softfail' },
  },
  {
    name: 'redirect is ignored when the record has all',
    zone: {
      'example.com': [{ TXT: 'v=spf1 ip4:198.51.100.0/24 ?all redirect=other.example.com' }],
      'other.example.com': [{ TXT: 'v=spf1 ip4:74.125.0.0/16 -all' }],
    },
    pass: ['198.51.100.0/24'],
    results: { '74.125.0.1': 'neutral' },
  },
  {
    name: 'terms after all never run',
    zone: { 'example.com': [{ TXT: 'v=spf1 -all ip4:192.0.2.0/24' }] },
    pass: [],
    results: { '192.0.2.1': 'fail' },
  },
  {
    name: 'dual cidr on a and mx (a:host/24//64, mx//64)',
    zone: {
      'example.com': [
        { TXT: 'v=spf1 a:mail.example.com/24//64 mx//64 -all' },
        { MX: [10, 'mx1.example.com'] },
      ],
      'mail.example.com': [{ A: '192.0.2.10' }, { AAAA: '2001:db8:1::10' }],
      'mx1.example.com': [{ A: '198.51.100.20' }, { AAAA: '2001:db8:2::20' }],
    },
    pass: ['192.0.2.0/24', '198.51.100.20/32', '2001:db8:1::/64', '2001:db8:2::/64'],
  },
  {
    name: 'host bits in ip6 are masked and reported (Microsoft shape)',
    zone: { 'example.com': [{ TXT: 'v=spf1 ip6:2a01:111:f400:7c00::/48 ip4:192.0.2.77/24 -all' }] },
    pass: ['192.0.2.0/24', '2a01:111:f400::/48'],
    findings: ['host-bits'],
  },
  {
    name: 'an include loop is a permerror for what is left, not a hang',
    zone: {
      'a.example.com': [{ TXT: 'v=spf1 ip4:192.0.2.1 include:b.example.com -all' }],
      'b.example.com': [{ TXT: 'v=spf1 include:a.example.com -all' }],
    },
    domain: 'a.example.com',
    pass: ['192.0.2.1/32'],
    status: 'permerror',
    findings: ['loop'],
    results: { '192.0.2.1': 'pass', '192.0.2.2': 'permerror' },
  },
  {
    name: 'two SPF records at one name is a permerror',
    zone: { 'example.com': [{ TXT: 'v=spf1 ip4:192.0.2.1 -all' }, { TXT: 'v=spf1 -all' }] },
    pass: [],
    status: 'permerror',
    findings: ['multiple-records'],
  },
  {
    name: 'no SPF record among 22 verification TXT records (linkedin.com-sized apex)',
    zone: {
      'example.com': Array.from({ length: 22 }, (_, i) => ({
        TXT: `site-verification=${'x'.repeat(40)}${i}`,
      })),
    },
    pass: [],
    status: 'none',
  },
  {
    name: 'a 3-string record is joined without spaces (icloud.com shape)',
    zone: {
      'example.com': [
        {
          TXT: [
            'v=spf1 ip4:17.41.0.0/16 ip4:17.58.0.0/16 ',
            'ip4:17.142.0.0/15 ip6:2a01:b747:3000:200::/56',
            ' ~all',
          ],
        },
      ],
    },
    pass: ['17.41.0.0/16', '17.58.0.0/16', '17.142.0.0/15', '2a01:b747:3000:200::/56'],
  },
  {
    name: 'include of a name without SPF is a permerror',
    zone: {
      'example.com': [{ TXT: 'v=spf1 ip4:192.0.2.1 include:gone.example.com -all' }],
    },
    pass: ['192.0.2.1/32'],
    status: 'permerror',
    findings: ['include-without-record'],
  },
  {
    name: '+all lets everything pass and is flagged unsafe',
    zone: { 'example.com': [{ TXT: 'v=spf1 +all' }] },
    pass: ['0.0.0.0/0', '::/0'],
    findings: ['unsafe'],
  },
  {
    name: 'a static exists: that resolves passes everything and is flagged unsafe',
    zone: {
      'example.com': [{ TXT: 'v=spf1 exists:always.example.com -all' }],
      'always.example.com': [{ A: '127.0.0.2' }],
    },
    pass: ['0.0.0.0/0', '::/0'],
    findings: ['unsafe'],
  },
  {
    name: 'exists:%{i} is unflattenable: later +ip4 still passes, ~all becomes unknown',
    zone: {
      'example.com': [{ TXT: 'v=spf1 exists:%{i}._spf.mta.salesforce.com ip4:192.0.2.0/24 ~all' }],
    },
    pass: ['192.0.2.0/24'],
    findings: ['unflattenable'],
    results: { '192.0.2.1': 'pass', '198.51.100.1': 'unknown' },
  },
  {
    name: '-exists:%{i} before ip4 makes the ip4 range unknown, never listed',
    zone: {
      'example.com': [{ TXT: 'v=spf1 -exists:%{i}.block.example.com ip4:192.0.2.0/24 -all' }],
    },
    pass: [],
    findings: ['unflattenable'],
    results: { '192.0.2.1': 'unknown' },
  },
  {
    name: 'ptr is unflattenable (yahoo.com shape)',
    zone: { 'example.com': [{ TXT: 'v=spf1 ptr:yahoo.com ptr:yahoo.net ?all' }] },
    pass: [],
    findings: ['unflattenable'],
  },
  {
    name: 'an include using only %{d} is flattenable (Agari shape)',
    zone: {
      'example.com': [{ TXT: 'v=spf1 include:%{d}.33.spf-protect.example.net -all' }],
      'example.com.33.spf-protect.example.net': [{ TXT: 'v=spf1 ip4:192.0.2.0/25 -all' }],
    },
    pass: ['192.0.2.0/25'],
    findings: [],
  },
  {
    name: 'trailing-dot targets and upper case (V=SPF1 IP4: INCLUDE:)',
    zone: {
      'example.com': [{ TXT: 'V=SPF1 IP4:192.0.2.1 INCLUDE:Other.Example.COM. -ALL' }],
      'other.example.com': [{ TXT: 'v=spf1 ip4:198.51.100.0/24 -all' }],
    },
    pass: ['192.0.2.1/32', '198.51.100.0/24'],
  },
  {
    name: 'a transient failure in the tree is a temperror, never a smaller set',
    zone: {
      'example.com': [{ TXT: 'v=spf1 ip4:192.0.2.1 include:slow.example.com -all' }],
      'slow.example.com': ['TIMEOUT'],
    },
    pass: ['192.0.2.1/32'],
    status: 'temperror',
    findings: ['dns-transient'],
  },
];

describe('evaluateSpf: pass sets', () => {
  it.each(rows)('$name', async (row) => {
    const evaluation = await walk(row.zone, row.domain ?? 'example.com', row.enforce);
    expect(passText(evaluation)).toEqual(row.pass);
    if (row.status) expect(evaluation.status).toBe(row.status);
    if (row.findings) expect(kinds(evaluation)).toEqual([...row.findings].sort());
    for (const [address, result] of Object.entries(row.results ?? {})) {
      expect([address, resultOf(evaluation, address)]).toEqual([address, result]);
    }
  });
});

/** n includes, each one lookup, each publishing one /24. */
function includeChain(n: number): Record<string, unknown> {
  const zone: Record<string, unknown> = {
    'example.com': [
      {
        TXT: `v=spf1 ${Array.from({ length: n }, (_, i) => `include:s${i}.example.com`).join(' ')} -all`,
      },
    ],
  };
  for (let i = 0; i < n; i++)
    zone[`s${i}.example.com`] = [{ TXT: `v=spf1 ip4:10.${i}.0.0/24 -all` }];
  return zone;
}

describe('evaluateSpf: RFC 7208 section 4.6.4 limits', () => {
  it('counts exactly 10 lookups without a finding (github.com shape)', async () => {
    const evaluation = await walk(includeChain(10), 'example.com');
    expect(evaluation.limits.lookups).toBe(10);
    expect(kinds(evaluation)).toEqual([]);
  });

  it('reports the 11th lookup and keeps the addresses by default', async () => {
    const evaluation = await walk(includeChain(11), 'example.com');
    expect(evaluation.limits.lookups).toBe(11);
    expect(kinds(evaluation)).toEqual(['lookup-limit']);
    expect(passText(evaluation)).toHaveLength(11);
  });

  it('gives permerror past the 10th lookup when enforcing, as a receiver would', async () => {
    const evaluation = await walk(includeChain(11), 'example.com', true);
    expect(passText(evaluation)).toHaveLength(10);
    expect(evaluation.status).toBe('permerror');
    expect(resultOf(evaluation, '10.10.0.1')).toBe('permerror');
  });

  it('reports the third void lookup', async () => {
    const zone = {
      'example.com': [
        { TXT: 'v=spf1 a:v1.example.com a:v2.example.com a:v3.example.com ip4:192.0.2.1 -all' },
      ],
      'v1.example.com': [{ TXT: 'not an address' }],
    };
    const evaluation = await walk(zone, 'example.com');
    expect(evaluation.limits.voids).toBe(3);
    expect(kinds(evaluation)).toEqual(['void-limit']);
    const enforced = await walk(zone, 'example.com', true);
    expect(resultOf(enforced, '192.0.2.1')).toBe('permerror');
  });

  it('reports an mx term with 11 MX names', async () => {
    const zone: Record<string, unknown> = {
      'example.com': [
        { TXT: 'v=spf1 mx -all' },
        ...Array.from({ length: 11 }, (_, i) => ({ MX: [10, `mx${i}.example.com`] })),
      ],
    };
    for (let i = 0; i < 11; i++) zone[`mx${i}.example.com`] = [{ A: `192.0.2.${i + 1}` }];
    const evaluation = await walk(zone, 'example.com');
    expect(evaluation.limits.mxNames).toBe(11);
    expect(kinds(evaluation)).toEqual(['mx-limit']);
    // .1-.11 aggregate to .1/32 .2/31 .4/30 .8/30
    expect(passText(evaluation)).toEqual([
      '192.0.2.1/32',
      '192.0.2.2/31',
      '192.0.2.4/30',
      '192.0.2.8/30',
    ]);
    const enforced = await walk(zone, 'example.com', true);
    expect(passText(enforced)).toEqual([]);
  });
});
