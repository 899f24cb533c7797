import { describe, expect, it } from 'vitest';
import {
  MacroSyntaxError,
  expandDomainSpec,
  macroLetters,
  parseMacroString,
  type MacroContext,
  type MacroExpansion,
} from '../../src/spf/macro.js';

describe('parseMacroString', () => {
  it.each([
    [
      '%{d}',
      'domain-spec',
      [
        {
          macro: {
            letter: 'd',
            urlEscape: false,
            digits: undefined,
            reverse: false,
            delimiters: '',
          },
        },
      ],
    ],
    [
      '%{D12r-+}',
      'domain-spec',
      [{ macro: { letter: 'd', urlEscape: true, digits: 12, reverse: true, delimiters: '-+' } }],
    ],
    [
      '%{dR}',
      'domain-spec',
      [
        {
          macro: {
            letter: 'd',
            urlEscape: false,
            digits: undefined,
            reverse: true,
            delimiters: '',
          },
        },
      ],
    ],
    [
      '%{l.-+,/_=}.example.com',
      'domain-spec',
      [{ macro: { letter: 'l', delimiters: '.-+,/_=' } }, { literal: '.example.com' }],
    ],
    ['a%%b%_c%-d.example.com', 'domain-spec', [{ literal: 'a%b c%20d.example.com' }]],
    ['x.%{d}%%', 'domain-spec', [{ literal: 'x.' }, { macro: { letter: 'd' } }, { literal: '%' }]],
    [
      'Connections from %{c} at %{t} for %{R}',
      'explain-string',
      [
        { literal: 'Connections from ' },
        { macro: { letter: 'c' } },
        { literal: ' at ' },
        { macro: { letter: 't' } },
        { literal: ' for ' },
        { macro: { letter: 'r', urlEscape: true } },
      ],
    ],
    ['', 'explain-string', []],
  ] as [string, MacroContext, unknown][])('%j in %s', (text, context, expected) => {
    expect(parseMacroString(text, context)).toMatchObject(expected as object);
  });

  it.each([
    ['', 'domain-spec', 'must not be empty'],
    ['%', 'domain-spec', 'must be followed by "{"'],
    ['foo%.example.com', 'domain-spec', 'offset 3'],
    ['%(ir).example.com', 'domain-spec', 'must be followed by "{"'],
    ['%{x}.example.com', 'domain-spec', 'unknown macro letter "x"'],
    ['The %{x}-files.', 'explain-string', 'unknown macro letter "x"'],
    ['%{c}.example.com', 'domain-spec', 'only allowed in explanation text'],
    ['%{t}.example.com', 'domain-spec', 'only allowed in explanation text'],
    ['%{d0}.example.com', 'domain-spec', 'keeps 0 parts'],
    ['%{d2r2}.example.com', 'domain-spec', 'delimiter'],
    ['%{d', 'domain-spec', 'no closing "}"'],
    ['%{2d}.example.com', 'domain-spec', 'must start with a macro letter'],
    ['example.com ', 'domain-spec', 'U+0020'],
    ['caf\u00e9.example.com', 'domain-spec', 'U+00E9'],
    ['bad\u0000text', 'explain-string', 'U+0000'],
    ['museum', 'domain-spec', 'top label'],
    ['%{d}.123', 'domain-spec', 'top label'],
    ['%{d}com-', 'domain-spec', 'top label'],
  ] as [string, MacroContext, string][])('rejects %j in %s', (text, context, reason) => {
    expect(() => parseMacroString(text, context)).toThrow(MacroSyntaxError);
    expect(() => parseMacroString(text, context)).toThrow(reason);
  });

  it.each([
    '%{d}',
    '%{i}.%{d}',
    'foo.%{d}%_',
    'x.com',
    '.com',
    'x.com.',
    'a.xn--zckzah',
    'a.123-45',
    'a.b2',
  ])('accepts the domain-spec %j', (text) => {
    expect(parseMacroString(text, 'domain-spec').length).toBeGreaterThan(0);
  });
});

describe('expandDomainSpec', () => {
  const expand = (spec: string, domain: string): MacroExpansion =>
    expandDomainSpec(parseMacroString(spec, 'domain-spec'), domain);
  const longDomain = 'somewhat.long.exp.example.com';

  it.each([
    ['_spf.example.com', 'example.org', '_spf.example.com'],
    ['_spf.example.com.', 'example.org', '_spf.example.com'],
    ['%{d}', 'example.com', 'example.com'],
    ['%{d}.d.spf.example.com.', 'example.com', 'example.com.d.spf.example.com'],
    ['_spfh.%{d2}', 'e10.sub.example.com', '_spfh.example.com'],
    ['%{d1}', 'mail.example.com', 'com'],
    ['%{d9}', 'mail.example.com', 'mail.example.com'],
    ['%{dr}', 'mail.example.com', 'com.example.mail'],
    ['%{d1r}', 'mail.example.com', 'mail'],
    ['%{d2r}.x.com', 'a.b.c.d', 'b.a.x.com'],
    ['%{d-}', 'my-mail.example.com', 'my.mail.example.com'],
    ['%{d2-}', 'my-mail-server.example.com', 'mail.server.example.com'],
    ['%{dr-.}', 'my-mail.example.com', 'com.example.mail.my'],
    ['%{d_=}.x.com', 'a_b=c.d', 'a.b.c.d.x.com'],
    ['%{D}', 'example.com', 'example.com'],
    ['%{D}.x.com', 'a~b!c.example', 'a~b%21c.example.x.com'],
    ['%{D=}.x.com', 'a=b', 'a.b.x.com'],
    ['x%%y%_z%-w.com', 'example.com', 'x%y z%20w.com'],
    ['%{d}', 'example.com.', 'example.com'],
  ])('%j at %s expands to %s', (spec, domain, value) => {
    expect(expand(spec, domain)).toEqual({ ok: true, value });
  });

  it('drops labels from the left until the name fits in 253 characters (section 7.3)', () => {
    const spec = `foobar.${'%{d}.'.repeat(8)}example.com`;
    const result = expand(spec, longDomain);
    const expected = `${`${longDomain}.`.repeat(8)}example.com`;
    expect(result).toEqual({ ok: true, value: expected });
    expect(expected.length).toBeLessThanOrEqual(253);
    expect(`foobar.${expected}`.length).toBeGreaterThan(253);
  });

  it('keeps a name of exactly 253 characters', () => {
    const label = 'a'.repeat(61);
    const name = `${label}.${label}.${label}.${label}.b`; // 4 * 62 + 1 = 249
    const value = `${name}.com`; // 253
    expect(value.length).toBe(253);
    expect(expand('%{d}', value)).toEqual({ ok: true, value });
  });

  it.each([
    ['%{i}._spf.mta.salesforce.com', ['i']],
    ['%{ir}.%{v}.%{d}.spf.has.pphosted.com', ['i', 'v']],
    ['%{l}.%{s}.%{o}.%{h}.%{p}.%{L}.example.com', ['l', 's', 'o', 'h', 'p']],
  ])('%j needs the sender: %j', (spec, letters) => {
    expect(expand(spec, 'example.com')).toEqual({ ok: false, letters });
  });
});

describe('macroLetters', () => {
  it.each([
    ['example.com', []],
    ['%{d}.example.com', ['d']],
    ['%{i}.%{I}.%{d2}.%{ir}.example.com', ['i', 'd']],
    ['%{ir}.%{v}.%{d}.spf.has.pphosted.com', ['i', 'v', 'd']],
  ])('%j uses %j', (spec, letters) => {
    expect(macroLetters(parseMacroString(spec, 'domain-spec'))).toEqual(letters);
  });
});
