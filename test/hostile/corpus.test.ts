// Issue #8 scope 3: the hostile record and range corpus
// (test/fixtures/hostile/records.yml, ranges.yml; see the README there), plus
// long inputs built here. Each record is parsed, then published by a sender
// and walked: a syntax error must be a permerror naming the problem, never a
// crash and never a guessed range. The long inputs would expose quadratic
// scanning; they must simply finish.
//
// README "Failure behaviour" row backed here: "a sender publishes a record
// with control characters, NUL, non-ASCII, overlong labels or % soup".

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCidr } from '../../src/cidr/parse.js';
import { RangeSyntaxError } from '../../src/cidr/types.js';
import type { DnsResult, RecordData, RecordType, Resolve } from '../../src/dns/port.js';
import { parseSpfRecord } from '../../src/spf/record-parser.js';
import { SpfSyntaxError } from '../../src/spf/record-types.js';
import { evaluateSpf, type SpfEvaluation } from '../../src/spf/walk.js';

const CORPUS = new URL('../fixtures/hostile/', import.meta.url).pathname;

interface RecordCase {
  readonly about: string;
  readonly record: string;
  readonly parse: 'ok' | 'syntax';
  readonly status: SpfEvaluation['status'];
  readonly message: string;
}

interface RangeCase {
  readonly about: string;
  readonly text: string;
  readonly message: string;
}

const RECORDS = parse(readFileSync(`${CORPUS}records.yml`, 'utf8')) as RecordCase[];
const RANGES = parse(readFileSync(`${CORPUS}ranges.yml`, 'utf8')) as RangeCase[];

/** hostile.test publishes `record`; every other name does not exist. */
function publishing(record: string): Resolve {
  return <T extends RecordType>(name: string, type: T): Promise<DnsResult<RecordData[T]>> => {
    if (name !== 'hostile.test') return Promise.resolve({ kind: 'nxdomain' });
    const txt: RecordData['TXT'][] = type === 'TXT' ? [[record]] : [];
    // Only TXT is ever non-empty, so the list is RecordData[T][] for every T.
    const records = txt as unknown as RecordData[T][];
    return Promise.resolve({ kind: 'answer', records });
  };
}

async function walk(record: string): Promise<SpfEvaluation> {
  return evaluateSpf('hostile.test', publishing(record), {
    families: { ipv4: true, ipv6: true },
    enforceLimits: false,
    maxLookups: 100,
    traceSets: true,
  });
}

function syntaxError(record: string): SpfSyntaxError | undefined {
  try {
    parseSpfRecord(record);
    return undefined;
  } catch (error) {
    if (error instanceof SpfSyntaxError) return error;
    throw error;
  }
}

describe('hostile SPF records', () => {
  it.each(RECORDS.map((c) => [c.about, c] as const))('%s', async (_, c) => {
    const error = syntaxError(c.record);
    expect(error === undefined ? 'ok' : 'syntax').toBe(c.parse);
    if (error) expect(error.message).toContain(c.message);
    const evaluation = await walk(c.record);
    expect(evaluation.status).toBe(c.status);
    // Nothing from a broken or unresolvable record is ever listed.
    if (c.status !== 'ok') expect(evaluation.regions.pass).toEqual([]);
    // A record that is not SPF at all (section 4.5) leaves the sender without one: "gone".
    if (c.status === 'none') expect(evaluation.trace.problem).toBe('no SPF record');
    else expect(evaluation.findings.map((f) => f.message).join('\n')).toContain(c.message);
  });
});

describe('long hostile records finish and give a typed result', () => {
  it.each<[string, string, SpfEvaluation['status']]>([
    ['10,001 percent signs', `v=spf1 include:${'%'.repeat(10_001)}.example.com -all`, 'permerror'],
    ['5,000 unclosed macros', `v=spf1 include:${'%{'.repeat(5_000)} -all`, 'permerror'],
    ['a 300-character name', `v=spf1 a:${'abcdefghi.'.repeat(30)}com -all`, 'ok'],
    [
      '30,000 "a" terms (stopped by the lookup cap)',
      `v=spf1 ${'a '.repeat(30_000)}-all`,
      'permerror',
    ],
    ['64 KiB of ip4 terms', `v=spf1 ${'ip4:192.0.2.0/24 '.repeat(3_855)}-all`, 'ok'],
    ['64 KiB of NUL', `v=spf1 ${'\0'.repeat(65_536)}`, 'permerror'],
  ])('%s', async (_, record, status) => {
    expect((await walk(record)).status).toBe(status);
  });
});

describe('hostile ranges', () => {
  it.each(RANGES.map((c) => [c.about, c] as const))('%s', (_, c) => {
    expect(() => parseCidr(c.text)).toThrow(RangeSyntaxError);
    expect(() => parseCidr(c.text)).toThrow(c.message);
  });

  it('a 10,000-digit number is refused', () => {
    expect(() => parseCidr('1'.repeat(10_000))).toThrow(RangeSyntaxError);
  });
});
