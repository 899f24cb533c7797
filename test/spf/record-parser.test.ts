import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSpfRecord } from '../../src/spf/record-parser.js';
import { SpfSyntaxError, type SpfRecord } from '../../src/spf/record-types.js';

function v4(text: string): bigint {
  return text.split('.').reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

/** Leading 16-bit groups of an IPv6 address; the rest are zero. */
function v6(...groups: number[]): bigint {
  return groups.reduce(
    (value, group, index) => value | (BigInt(group) << BigInt(112 - 16 * index)),
    0n,
  );
}

const lit = (literal: string) => ({ literal });
const macro = (letter: string, extra: object = {}) => ({
  macro: { letter, urlEscape: false, digits: undefined, reverse: false, delimiters: '', ...extra },
});

describe('parseSpfRecord: valid records', () => {
  const cases: [string, Partial<Record<keyof SpfRecord, unknown>>][] = [
    [
      'v=spf1 include:_spf.google.com ~all',
      {
        directives: [
          {
            qualifier: '+',
            mechanism: { kind: 'include', domain: [lit('_spf.google.com')] },
            text: 'include:_spf.google.com',
            position: 1,
          },
          { qualifier: '~', mechanism: { kind: 'all' }, text: '~all', position: 2 },
        ],
        redirect: undefined,
        exp: undefined,
        otherModifiers: [],
      },
    ],
    [
      'v=spf1 ip4:40.92.0.0/15 ip6:2a01:111:f400::/48 -all',
      {
        directives: [
          {
            mechanism: {
              kind: 'ip4',
              network: { family: 4, network: v4('40.92.0.0'), prefix: 15 },
              hostBitsSet: false,
            },
          },
          {
            mechanism: {
              kind: 'ip6',
              network: { family: 6, network: v6(0x2a01, 0x111, 0xf400), prefix: 48 },
              hostBitsSet: false,
            },
          },
          { qualifier: '-', mechanism: { kind: 'all' } },
        ],
      },
    ],
    [
      'v=spf1 ip6:2a01:111:f400:7c00::/48 -all',
      {
        directives: [
          {
            mechanism: {
              kind: 'ip6',
              network: { family: 6, network: v6(0x2a01, 0x111, 0xf400), prefix: 48 },
              hostBitsSet: true,
            },
          },
          { qualifier: '-' },
        ],
      },
    ],
    [
      'v=spf1 ip4:192.0.2.1',
      {
        directives: [
          {
            mechanism: {
              kind: 'ip4',
              network: { family: 4, network: v4('192.0.2.1'), prefix: 32 },
              hostBitsSet: false,
            },
          },
        ],
      },
    ],
    [
      'v=spf1 ip4:192.0.2.77/24 ip4:1.1.1.1/0',
      {
        directives: [
          { mechanism: { network: { network: v4('192.0.2.0'), prefix: 24 }, hostBitsSet: true } },
          { mechanism: { network: { network: 0n, prefix: 0 }, hostBitsSet: true } },
        ],
      },
    ],
    [
      'v=spf1 ip6:::1.1.1.1/0 ip6:Cafe:Babe:8000::/33',
      {
        directives: [
          { mechanism: { kind: 'ip6', network: { network: 0n, prefix: 0 }, hostBitsSet: true } },
          {
            mechanism: {
              kind: 'ip6',
              network: { network: v6(0xcafe, 0xbabe, 0x8000), prefix: 33 },
              hostBitsSet: false,
            },
          },
        ],
      },
    ],
    [
      'v=spf1 redirect=_spf.facebook.com',
      {
        directives: [],
        redirect: {
          name: 'redirect',
          value: [lit('_spf.facebook.com')],
          text: 'redirect=_spf.facebook.com',
          position: 1,
        },
      },
    ],
    [
      'V=SPF1 IP4:192.0.2.1 -ALL',
      {
        text: 'V=SPF1 IP4:192.0.2.1 -ALL',
        directives: [
          { qualifier: '+', mechanism: { kind: 'ip4' }, text: 'IP4:192.0.2.1' },
          { qualifier: '-', mechanism: { kind: 'all' }, text: '-ALL' },
        ],
      },
    ],
    [
      'v=spf1 a:mail.example.com/24//64 mx//64 -all',
      {
        directives: [
          {
            mechanism: { kind: 'a', domain: [lit('mail.example.com')], cidr: { ip4: 24, ip6: 64 } },
          },
          { mechanism: { kind: 'mx', domain: undefined, cidr: { ip4: 32, ip6: 64 } } },
          { mechanism: { kind: 'all' } },
        ],
      },
    ],
    [
      'v=spf1 a mx a/0 mx/24 a//0 a:foo.example.com/24',
      {
        directives: [
          { mechanism: { kind: 'a', domain: undefined, cidr: { ip4: 32, ip6: 128 } } },
          { mechanism: { kind: 'mx', domain: undefined, cidr: { ip4: 32, ip6: 128 } } },
          { mechanism: { kind: 'a', cidr: { ip4: 0, ip6: 128 } } },
          { mechanism: { kind: 'mx', cidr: { ip4: 24, ip6: 128 } } },
          { mechanism: { kind: 'a', cidr: { ip4: 32, ip6: 0 } } },
          {
            mechanism: { kind: 'a', domain: [lit('foo.example.com')], cidr: { ip4: 24, ip6: 128 } },
          },
        ],
      },
    ],
    [
      'v=spf1 exists:%{i}._spf.mta.salesforce.com -all',
      {
        directives: [
          { mechanism: { kind: 'exists', domain: [macro('i'), lit('._spf.mta.salesforce.com')] } },
          { qualifier: '-' },
        ],
      },
    ],
    [
      'v=spf1 include:%{ir}.%{v}.%{d}.spf.has.pphosted.com ~all',
      {
        directives: [
          {
            mechanism: {
              kind: 'include',
              domain: [
                macro('i', { reverse: true }),
                lit('.'),
                macro('v'),
                lit('.'),
                macro('d'),
                lit('.spf.has.pphosted.com'),
              ],
            },
          },
          { qualifier: '~' },
        ],
      },
    ],
    [
      'v=spf1 -include:bad.example ip4:192.0.2.0/24 ~all',
      {
        directives: [
          {
            qualifier: '-',
            mechanism: { kind: 'include', domain: [lit('bad.example')] },
            text: '-include:bad.example',
            position: 1,
          },
          { qualifier: '+', mechanism: { kind: 'ip4' }, position: 2 },
          { qualifier: '~', position: 3 },
        ],
      },
    ],
    [
      'v=spf1 a:foo.bar. include:example.com. ptr:example.Com ?ptr -all',
      {
        directives: [
          { mechanism: { kind: 'a', domain: [lit('foo.bar.')] } },
          { mechanism: { kind: 'include', domain: [lit('example.com.')] } },
          { mechanism: { kind: 'ptr', domain: [lit('example.Com')] } },
          { qualifier: '?', mechanism: { kind: 'ptr', domain: undefined } },
          { qualifier: '-' },
        ],
      },
    ],
    [
      'v=spf1 foo=bar -all',
      {
        directives: [{ mechanism: { kind: 'all' }, position: 2 }],
        otherModifiers: [{ name: 'foo', value: [lit('bar')], text: 'foo=bar', position: 1 }],
      },
    ],
    [
      'v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all default=+ empty=',
      {
        otherModifiers: [
          { name: 'moo.cow-far_out', value: [lit('man:dog/cat')] },
          { name: 'default', value: [lit('+')] },
          { name: 'empty', value: [] },
        ],
      },
    ],
    [
      'v=spf1 -all exp=explain._spf.%{d} Redirect=_spf.example.com',
      {
        exp: { name: 'exp', value: [lit('explain._spf.'), macro('d')], position: 2 },
        redirect: { name: 'redirect', value: [lit('_spf.example.com')], position: 3 },
      },
    ],
    ['v=spf1', { directives: [], redirect: undefined, exp: undefined, otherModifiers: [] }],
    [
      'v=spf1 a//33 mx//33 a:%%',
      {
        directives: [
          { mechanism: { cidr: { ip4: 32, ip6: 33 } } },
          { mechanism: { kind: 'mx', cidr: { ip4: 32, ip6: 33 } } },
          { mechanism: { domain: [lit('%')] } },
        ],
      },
    ],
    [
      'v=spf1  a   -all   ',
      {
        directives: [
          { position: 1, text: 'a' },
          { position: 2, text: '-all' },
        ],
      },
    ],
    [
      'v=spf1 a:foo:bar/baz.example.com mx:foo.example.xn--zckzah',
      {
        directives: [
          { mechanism: { domain: [lit('foo:bar/baz.example.com')] } },
          { mechanism: { kind: 'mx' } },
        ],
      },
    ],
    [
      'v=spf1 a:mail.example...com a:a123456789012345678901234567890123456789012345678901234567890123.example.com',
      { directives: [{ mechanism: { kind: 'a' } }, { mechanism: { kind: 'a' } }] },
    ],
    [
      'v=spf1 a:macro%%percent%_%_space%-url-space.example.com',
      {
        directives: [
          { mechanism: { domain: [lit('macro%percent  space%20url-space.example.com')] } },
        ],
      },
    ],
    [
      'v=spf1 a:%{H} exists:%{l2r-}.user.%{d2} exists:%{l2r+-}.user.%{D2}',
      {
        directives: [
          { mechanism: { domain: [macro('h', { urlEscape: true })] } },
          {
            mechanism: {
              domain: [
                macro('l', { digits: 2, reverse: true, delimiters: '-' }),
                lit('.user.'),
                macro('d', { digits: 2 }),
              ],
            },
          },
          {
            mechanism: {
              domain: [
                macro('l', { digits: 2, reverse: true, delimiters: '+-' }),
                lit('.user.'),
                macro('d', { digits: 2, urlEscape: true }),
              ],
            },
          },
        ],
      },
    ],
    [
      'v=spf1 a:.museum include:a.b-1 unknown=%{c}%{r}%{t}',
      {
        directives: [{ mechanism: { kind: 'a' } }, { mechanism: { kind: 'include' } }],
        otherModifiers: [{ value: [macro('c'), macro('r'), macro('t')] }],
      },
    ],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(parseSpfRecord(text)).toMatchObject({ text, ...expected });
  });

  it('keeps every directive in order with 1-based positions counting modifiers too', () => {
    const record = parseSpfRecord('v=spf1 a redirect=x.example mx ip4:192.0.2.0/24 -all');
    expect(record.directives.map((directive) => [directive.text, directive.position])).toEqual([
      ['a', 1],
      ['mx', 3],
      ['ip4:192.0.2.0/24', 4],
      ['-all', 5],
    ]);
  });
});

describe('parseSpfRecord: invalid records', () => {
  const cases: [string, string, number, string][] = [
    // record, offending term, position, reason fragment
    ['v=spf10', 'v=spf10', 0, 'v=spf1'],
    ['spf1 -all', 'spf1', 0, 'v=spf1'],
    [' v=spf1 -all', '', 0, 'v=spf1'],
    ['', '', 0, 'v=spf1'],
    ['v=spf1\t-all', 'v=spf1\t-all', 0, 'v=spf1'],
    ['v=spf1 ip4:1.2.3.4 -all moo', 'moo', 3, 'unknown mechanism "moo"'],
    ['v=spf1 foo', 'foo', 1, 'unknown mechanism'],
    ['v=spf1 ip4', 'ip4', 1, 'needs ":" and an address'],
    ['v=spf1 -all ip6', 'ip6', 2, 'needs ":" and an address'],
    ['v=spf1 ip4:', 'ip4:', 1, 'needs ":" and an address'],
    ['v=spf1 -redirect=x.example', '-redirect=x.example', 1, 'cannot take a qualifier'],
    ['v=spf1 include:', 'include:', 1, 'needs ":" and a domain'],
    ['v=spf1 include', 'include', 1, 'needs ":" and a domain'],
    ['v=spf1 include: -all', 'include:', 1, 'needs ":" and a domain'],
    ['v=spf1 a:', 'a:', 1, 'needs a domain name'],
    ['v=spf1 mx: -all', 'mx:', 1, 'needs a domain name'],
    ['v=spf1 ptr:', 'ptr:', 1, 'needs a domain name'],
    ['v=spf1 exists:', 'exists:', 1, 'needs ":" and a domain'],
    ['v=spf1 exists', 'exists', 1, 'needs ":" and a domain'],
    ['v=spf1 -all.', '-all.', 1, 'unknown mechanism "all."'],
    ['v=spf1 -all:foobar', '-all:foobar', 1, '"all" takes no domain'],
    ['v=spf1 -all/8', '-all/8', 1, '"all" takes no domain'],
    ['v=spf1 ptr/0 -all', 'ptr/0', 1, '"ptr" takes only ":"'],
    ['v=spf1 ip4:1.2.3.4//64', 'ip4:1.2.3.4//64', 1, 'only for a and mx'],
    ['v=spf1 ip4:1.2.3.4//32', 'ip4:1.2.3.4//32', 1, 'only for a and mx'],
    ['v=spf1 ip6:::1.1.1.1//33', 'ip6:::1.1.1.1//33', 1, 'only for a and mx'],
    ['v=spf1 ip4:1.2.3.4/33 -all', 'ip4:1.2.3.4/33', 1, ''],
    ['v=spf1 ip4:1.2.3.4/032 -all', 'ip4:1.2.3.4/032', 1, ''],
    ['v=spf1 ip6:::1.1.1.1/129', 'ip6:::1.1.1.1/129', 1, ''],
    ['v=spf1 ip4:1.2.3.4:8080', 'ip4:1.2.3.4:8080', 1, ''],
    ['v=spf1 ip4:1.2.3', 'ip4:1.2.3', 1, ''],
    ['v=spf1 ip4:010.1.1.1', 'ip4:010.1.1.1', 1, ''],
    ['v=spf1 ip6::CAFE::BABE', 'ip6::CAFE::BABE', 1, ''],
    ['v=spf1 a/32//129 -all', 'a/32//129', 1, '0-128'],
    ['v=spf1 a//032 -all', 'a//032', 1, 'leading zeros'],
    ['v=spf1 a/33 -all', 'a/33', 1, '0-32'],
    ['v=spf1 mx//129 -all', 'mx//129', 1, '0-128'],
    ['v=spf1 a//64/24 -all', 'a//64/24', 1, '"a" takes ":domain"'],
    ['v=spf1 mx/24 /64', '/64', 2, 'must start with a mechanism'],
    ['v=spf1 a/24/64 -all', 'a/24/64', 1, '"a" takes ":domain"'],
    ['v=spf1 a:foo.123', 'a:foo.123', 1, 'top label'],
    ['v=spf1 a:111.222.33.44', 'a:111.222.33.44', 1, 'top label'],
    ['v=spf1 a:foo-bar -all', 'a:foo-bar', 1, 'top label'],
    ['v=spf1 a:museum', 'a:museum', 1, 'top label'],
    ['v=spf1 a:museum.', 'a:museum.', 1, 'top label'],
    ['v=spf1 a:example.-com', 'a:example.-com', 1, 'top label'],
    ['v=spf1 mx:example.com:8080', 'mx:example.com:8080', 1, 'top label'],
    ['v=spf1 a:foo.com..', 'a:foo.com..', 1, 'top label'],
    ['v=spf1 include:ip5.example.com/24 -all', 'include:ip5.example.com/24', 1, 'top label'],
    ['v=spf1 exists:mail.example.com/24', 'exists:mail.example.com/24', 1, 'top label'],
    ['v=spf1 a:foo.example.com\0', 'a:foo.example.com\0', 1, 'U+0000'],
    ['v=spf1 a:ctrl.example.com\rptr -all', 'a:ctrl.example.com\rptr', 1, 'U+000D'],
    [
      'v=spf1 ip4:192.0.2.5\n include:spf.protection.outlook.com ~all',
      'ip4:192.0.2.5\n',
      1,
      'U+000A',
    ],
    [
      'v=spf1 a:\u00EF\u00BB\u00BFgarbage.example.net -all',
      'a:\u00EF\u00BB\u00BFgarbage.example.net',
      1,
      'U+00EF',
    ],
    ['v=spf1 a:example.net \u2013all', '\u2013all', 2, 'U+2013'],
    [
      'v=spf1 moo.cow/far_out=man:dog/cat ip4:1.2.3.4 -all',
      'moo.cow/far_out=man:dog/cat',
      1,
      'unknown mechanism "moo.cow"',
    ],
    [
      'v=spf1 moo.cow:far_out=man:dog/cat',
      'moo.cow:far_out=man:dog/cat',
      1,
      'unknown mechanism "moo.cow"',
    ],
    [
      'v=spf1 ip4:1.2.3.4 redirect:t2.example.com',
      'redirect:t2.example.com',
      2,
      'unknown mechanism "redirect"',
    ],
    ['v=spf1 1up=foo', '1up=foo', 1, 'not a modifier name'],
    ['v=spf1 =all', '=all', 1, 'needs a name'],
    ['v=spf1 - all', '-', 1, 'must start with a mechanism'],
    ['v=spf1 -all foo=%abc', 'foo=%abc', 2, 'must be followed by "{"'],
    ['v=spf1 -exists:%(ir).sbl.example.com ?all', '-exists:%(ir).sbl.example.com', 1, '"%"'],
    ['v=spf1 exists:foo%.sbl.example.com', 'exists:foo%.sbl.example.com', 1, '"%"'],
    ['v=spf1 a:%{a}.example.com -all', 'a:%{a}.example.com', 1, 'unknown macro letter "a"'],
    ['v=spf1 -all exp=%{r}.example.com', 'exp=%{r}.example.com', 2, 'only allowed in explanation'],
    [
      'v=spf1 include:%{c}.example.com',
      'include:%{c}.example.com',
      1,
      'only allowed in explanation',
    ],
    ['v=spf1 exp= -all', 'exp=', 1, 'needs a domain name'],
    ['v=spf1 ?all redirect=', 'redirect=', 2, 'needs a domain name'],
    ['v=spf1 exp=-all', 'exp=-all', 1, 'top label'],
    ['v=spf1 redirect=-all ?all', 'redirect=-all', 1, 'top label'],
    ['v=spf1 exp=a.example -all exp=b.example', 'exp=b.example', 3, 'only once'],
    ['v=spf1 redirect=a.example -all REDIRECT=a.example', 'REDIRECT=a.example', 3, 'only once'],
    ['v=spf1 a:%{d0}.example.com', 'a:%{d0}.example.com', 1, 'keeps 0 parts'],
    ['v=spf1 a:%{d2x}.example.com', 'a:%{d2x}.example.com', 1, 'delimiter'],
    ['v=spf1 a:%{d.example.com', 'a:%{d.example.com', 1, 'no closing "}"'],
    ['v=spf1 a:%{}.example.com', 'a:%{}.example.com', 1, 'must start with a macro letter'],
  ];

  it.each(cases)('%j', (text, term, position, reason) => {
    let caught: unknown;
    try {
      parseSpfRecord(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SpfSyntaxError);
    const error = caught as SpfSyntaxError;
    expect({ record: error.record, term: error.term, position: error.position }).toEqual({
      record: text,
      term,
      position,
    });
    expect(error.reason).toContain(reason);
    expect(error.reason.length).toBeGreaterThan(0);
  });
});

describe('parseSpfRecord: hostile input', () => {
  it.each([
    ['an odd run of "%"', `v=spf1 a:${'%'.repeat(65_535)}`],
    ['a run of "%{"', `v=spf1 a:${'%{'.repeat(32_768)}`],
    ['a run of "%%"', `v=spf1 a:${'%%'.repeat(32_768)}x`],
    ['a run of digits after "/"', `v=spf1 a:${'/1'.repeat(32_768)}`],
    ['a long digit run', `v=spf1 a/${'1'.repeat(65_536)}`],
    ['a long modifier-like run', `v=spf1 ${'a'.repeat(65_536)}=%`],
  ])('rejects %s with a syntax error', (_label, text) => {
    expect(() => parseSpfRecord(text)).toThrow(SpfSyntaxError);
  });

  it('parses a 64 KiB record of valid terms', () => {
    const term = 'ip4:192.0.2.0/24 ';
    const text = `v=spf1 ${term.repeat(Math.floor(65_536 / term.length))}-all`;
    expect(parseSpfRecord(text).directives.length).toBe(Math.floor(65_536 / term.length) + 1);
  });
});

describe('parseSpfRecord: property', () => {
  const validRecords = [
    'v=spf1 include:_spf.google.com ~all',
    'v=spf1 ip4:40.92.0.0/15 ip6:2a01:111:f400::/48 -all',
    'v=spf1 a:mail.example.com/24//64 mx//64 -all',
    'v=spf1 include:%{ir}.%{v}.%{d}.spf.has.pphosted.com ~all',
    'v=spf1 redirect=_spf.facebook.com exp=why.%{d}',
  ];
  const alphabet = fc.constantFrom(...'v=spf1 :/%{}.-+~?_,0123456789abcdilmrxAD\t\u00e9'.split(''));

  const mutated = fc
    .tuple(
      fc.constantFrom(...validRecords),
      fc.array(
        fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ unit: alphabet, maxLength: 4 })),
        { maxLength: 4 },
      ),
    )
    .map(([record, edits]) =>
      edits.reduce((text, [at, remove, insert]) => {
        const index = at % (text.length + 1);
        return text.slice(0, index) + insert + text.slice(index + remove);
      }, record),
    );

  const onlySyntaxErrors = (text: string): boolean => {
    try {
      const record = parseSpfRecord(text);
      return record.text === text;
    } catch (error) {
      return error instanceof SpfSyntaxError;
    }
  };

  it('only ever returns a record or throws SpfSyntaxError, for random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), onlySyntaxErrors), { numRuns: 2000 });
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 200 }).map((tail) => `v=spf1 ${tail}`),
        onlySyntaxErrors,
      ),
      { numRuns: 2000 },
    );
  });

  it('only ever returns a record or throws SpfSyntaxError, for mutated valid records', () => {
    fc.assert(fc.property(mutated, onlySyntaxErrors), { numRuns: 3000 });
  });
});
