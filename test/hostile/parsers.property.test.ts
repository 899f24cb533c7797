// Issue #8 scope 3: every parser that reads what a stranger (DNS) or a user
// (config, previous file) wrote either returns or throws its own typed error,
// for random text, grammar-shaped noise and mutations of valid input. Any
// other exception (TypeError, RangeError, a stack overflow) would crash a run
// instead of reporting the input. "Never hangs": every property runs thousands
// of inputs within the test timeout, and corpus.test.ts adds long inputs that
// would expose quadratic behaviour.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AllowlistFileError, parsePostscreen } from '../../src/allowlist/parse-postscreen.js';
import { parseAddress, parseCidr } from '../../src/cidr/parse.js';
import { RangeSyntaxError } from '../../src/cidr/types.js';
import { parseConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/types.js';
import type { DnsResult, RecordData, RecordType, Resolve } from '../../src/dns/port.js';
import { MacroSyntaxError, parseMacroString } from '../../src/spf/macro.js';
import { parseSpfRecord } from '../../src/spf/record-parser.js';
import { selectSpfRecord } from '../../src/spf/record-selection.js';
import { SpfSyntaxError } from '../../src/spf/record-types.js';
import { evaluateSpf } from '../../src/spf/walk.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const PIPELINE_CONFIG = readFileSync(join(FIXTURES, 'pipeline', 'spf-allowlist.yml'), 'utf8');
const PREVIOUS = readFileSync(
  join(FIXTURES, 'pipeline', 'expected', 'postscreen_spf_allowlist.cidr'),
  'utf8',
);
const CONFIG_FILE = '/hostile/spf-allowlist.yml';

/** Holds when `parse` returns or throws an instance of `expected`, and nothing else. */
function onlyThrows(expected: abstract new (...args: never[]) => Error, parse: () => unknown) {
  try {
    parse();
    return true;
  } catch (error) {
    if (error instanceof expected) return true;
    throw error; // fast-check reports the input and the foreign exception
  }
}

/** Any UTF-16 code unit, lone surrogates included: what a JS string can hold. */
const anyUnits = (maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength,
  });
/** Any code point (control characters, NUL, astral planes). */
const anyCodePoints = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

/** Random sequences of grammar pieces reach deeper into a parser than random characters. */
const pieces = (tokens: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...tokens), { maxLength }).map((t) => t.join(''));

/** Up to `edits` random deletions/insertions of `insert` text into one of `seeds`. */
const mutated = (seeds: readonly string[], insert: fc.Arbitrary<string>, edits = 4) =>
  fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), insert), { maxLength: edits }),
    )
    .map(([seed, changes]) =>
      changes.reduce((text, [at, remove, piece]) => {
        const index = at % (text.length + 1);
        return text.slice(0, index) + piece + text.slice(index + remove);
      }, seed),
    );

const NASTY = ['\0', '\t', '\r', '\n', '\x7f', '\u00e9', '\u200b', '\ufeff', '\ud800', '𝟙'];

const SPF_PIECES = [
  ...['v=spf1', 'V=SPF1', ' ', '  ', 'ip4:', 'ip6:', 'a', 'mx', 'ptr', 'exists:', 'include:'],
  ...['redirect=', 'exp=', 'all', '+', '-', '~', '?', ':', '/', '//', '.', '=', '_spf'],
  ...['%', '%%', '%_', '%-', '%{', '}', 'd', 'i', 'r', 'l', 'o', 'h', 'v', 'p', 'c', 't'],
  ...['0', '1', '9', '24', '32', '64', '128', '255', '256', '0024', '::', 'ffff', 'example.com'],
  ...NASTY,
];
const VALID_RECORDS = [
  'v=spf1 include:_spf.google.com ~all',
  'v=spf1 ip4:40.92.0.0/15 ip6:2a01:111:f400::/48 -all',
  'v=spf1 a:mail.example.com/24//64 mx//64 ?all',
  'v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} redirect=_spf.%{d2}',
  'v=spf1 ptr:example.com exp=explain.%{d} -all',
];
const spfRecords = fc.oneof(
  anyCodePoints(200),
  pieces(SPF_PIECES, 40),
  pieces(SPF_PIECES, 40).map((t) => `v=spf1 ${t}`),
  mutated(VALID_RECORDS, pieces(SPF_PIECES, 3)),
);

describe('SPF records', () => {
  it('parseSpfRecord returns a record or throws SpfSyntaxError', () => {
    fc.assert(
      fc.property(spfRecords, (text) => onlyThrows(SpfSyntaxError, () => parseSpfRecord(text))),
      { numRuns: 4000 },
    );
  });

  it('selectSpfRecord never throws, and what it selects starts with the version', () => {
    const txtSets = fc.array(fc.array(fc.oneof(spfRecords, anyUnits(20)), { maxLength: 4 }), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(txtSets, (records) => {
        const selected = selectSpfRecord(records);
        if (selected.kind === 'record') expect(selected.text).toMatch(/^v=spf1( |$)/i);
        if (selected.kind === 'multiple') expect(selected.texts.length).toBeGreaterThan(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseMacroString returns parts or throws MacroSyntaxError, in both contexts', () => {
    const macros = fc.oneof(anyCodePoints(100), pieces(SPF_PIECES, 30));
    const contexts = fc.constantFrom('domain-spec' as const, 'explain-string' as const);
    fc.assert(
      fc.property(macros, contexts, (text, context) =>
        onlyThrows(MacroSyntaxError, () => parseMacroString(text, context)),
      ),
      { numRuns: 3000 },
    );
  });

  it('the walk never rejects, whatever every name publishes', async () => {
    const internet = fc.record({
      records: fc.array(spfRecords, { minLength: 1, maxLength: 8 }),
      enforceLimits: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(internet, async ({ records, enforceLimits }) => {
        const evaluation = await evaluateSpf('hostile.test', hostileResolver(records), {
          families: { ipv4: true, ipv6: true },
          enforceLimits,
          maxLookups: 30,
          traceSets: true,
        });
        expect(['ok', 'none', 'permerror', 'temperror']).toContain(evaluation.status);
      }),
      { numRuns: 500 },
    );
  });
});

/** Every name publishes one of `records` (picked by the name), an A and an MX. */
function hostileResolver(records: readonly string[]): Resolve {
  return <T extends RecordType>(name: string, type: T): Promise<DnsResult<RecordData[T]>> => {
    let pick = 0;
    for (let i = 0; i < name.length; i += 1) pick = (pick + name.charCodeAt(i)) % records.length;
    const data: { [K in RecordType]: RecordData[K][] } = {
      TXT: [[records[pick] ?? '']],
      A: ['192.0.2.1'],
      AAAA: [],
      MX: [{ exchange: `mx.${name}`, priority: 10 }],
    };
    return Promise.resolve({ kind: 'answer', records: data[type] });
  };
}

describe('ranges', () => {
  const RANGE_PIECES = ['0', '1', '9', '10', '255', '256', '.', ':', '::', '/', 'ffff', 'g', '%'];
  const ranges = fc.oneof(
    anyCodePoints(60),
    pieces([...RANGE_PIECES, ...NASTY], 20),
    mutated(
      ['192.0.2.0/24', '2001:db8::/32', '::ffff:192.0.2.1', '0.0.0.0/0'],
      pieces(RANGE_PIECES, 2),
    ),
  );

  it.each([
    ['parseCidr', (text: string) => parseCidr(text)],
    ['parseCidr (IPv4 only)', (text: string) => parseCidr(text, 4)],
    ['parseCidr (IPv6 only)', (text: string) => parseCidr(text, 6)],
    ['parseAddress', (text: string) => parseAddress(text)],
  ])('%s returns a value or throws RangeSyntaxError', (_, parse) => {
    fc.assert(
      fc.property(ranges, (text) => onlyThrows(RangeSyntaxError, () => parse(text))),
      { numRuns: 3000 },
    );
  });
});

describe('config files', () => {
  const YAML_PIECES = [
    ...['senders:', 'hosts:', 'static:', 'outputs:', 'dns:', 'policy:', 'limits:', 'ipv4:'],
    ...['\n', '\n  ', '\n    ', '- ', ': ', '? ', '[', ']', '{', '}', ',', '"', "'", '#', '|', '>'],
    ...['&a ', '*a', '*b', '<<: ', '!!str ', '!!binary ', '!x ', '---\n', '...\n', '%YAML 1.2\n'],
    ...['google.com', 'range: ', 'note: ', 'path: ', 'format: ', 'timeout: ', 'max-txt-bytes: '],
    ...['192.0.2.0/24', '1e999', '.nan', '-1', '0x10', 'true', '~', 'null', '5', '2.5'],
    ...NASTY,
  ];
  const configs = fc.oneof(
    anyCodePoints(300),
    pieces(YAML_PIECES, 60),
    mutated([PIPELINE_CONFIG], pieces(YAML_PIECES, 3), 6),
  );

  it('parseConfig returns a config or throws ConfigError', () => {
    fc.assert(
      fc.property(configs, (text) => onlyThrows(ConfigError, () => parseConfig(text, CONFIG_FILE))),
      { numRuns: 1500 },
    );
  });
});

describe('previous allowlist files', () => {
  const lines = PREVIOUS.split('\n');
  /** Line-level damage: lost, repeated, swapped or rewritten lines, or a cut anywhere. */
  const damaged = fc.oneof(
    fc.nat({ max: PREVIOUS.length }).map((cut) => PREVIOUS.slice(0, cut)),
    fc
      .array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('drop', 'repeat', 'swap')), {
        minLength: 1,
        maxLength: 4,
      })
      .map((edits) => {
        const copy = [...lines];
        for (const [a, b, kind] of edits) {
          const i = a % copy.length;
          const j = b % copy.length;
          if (kind === 'drop') copy.splice(i, 1);
          else if (kind === 'repeat') copy.splice(i, 0, copy[i] ?? '');
          else [copy[i], copy[j]] = [copy[j] ?? '', copy[i] ?? ''];
        }
        return copy.join('\n');
      }),
    mutated([PREVIOUS], pieces(['#', ' ', '\t', 'permit', '/', '.', ':', '\r', '\0', '-- '], 3)),
    anyCodePoints(300),
  );

  it('parsePostscreen returns an allowlist or throws AllowlistFileError', () => {
    fc.assert(
      fc.property(damaged, (text) =>
        onlyThrows(AllowlistFileError, () => parsePostscreen(text, 'previous.cidr')),
      ),
      { numRuns: 3000 },
    );
  });
});
