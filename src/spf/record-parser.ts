// Parser for one SPF record (RFC 7208 section 12 ABNF, sections 4.6, 5, 6).
// Any syntax error anywhere makes the whole record a permerror (section 4.6),
// so the parser checks every term, even those after `all`.

import { makeCidr, parseIPv4, parseIPv6, parsePrefixLength } from '../cidr/parse.js';
import { RangeSyntaxError, type Family } from '../cidr/types.js';
import { MacroSyntaxError, parseMacroString } from './macro.js';
import {
  SpfSyntaxError,
  type Directive,
  type DualCidr,
  type MacroString,
  type Mechanism,
  type Modifier,
  type Qualifier,
  type SpfRecord,
} from './record-types.js';

/** A term-level syntax problem; parseSpfRecord adds the term and its position. */
class TermSyntaxError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'TermSyntaxError';
  }
}

const QUALIFIERS = '+-~?';
/** name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ) (section 12). */
const MODIFIER_NAME = /^[A-Za-z][A-Za-z0-9\-_.]*$/;

/** Parses the text of one SPF record (TXT strings already joined); throws SpfSyntaxError. */
export function parseSpfRecord(text: string): SpfRecord {
  // record = version terms *SP; terms are separated by one or more SP only (section 4.6.1).
  const [version = '', ...rest] = text.split(' ');
  if (version.toLowerCase() !== 'v=spf1') {
    throw new SpfSyntaxError(
      text,
      version,
      0,
      'an SPF record must start with "v=spf1" followed by a space or the end',
    );
  }
  const directives: Directive[] = [];
  const modifiers: Modifier[] = [];
  let position = 0;
  for (const term of rest) {
    if (term === '') continue;
    position += 1;
    const parsed = parseTermOrThrow(text, term, position);
    if ('mechanism' in parsed) directives.push(parsed);
    else modifiers.push(parsed);
  }
  return { text, directives, ...groupModifiers(text, modifiers) };
}

function parseTermOrThrow(record: string, term: string, position: number): Directive | Modifier {
  try {
    checkCharacters(term);
    return parseTerm(term, position);
  } catch (error) {
    if (
      error instanceof TermSyntaxError ||
      error instanceof MacroSyntaxError ||
      error instanceof RangeSyntaxError
    ) {
      throw new SpfSyntaxError(record, term, position, error.reason);
    }
    throw error;
  }
}

/** SPF records are 7-bit ASCII; terms hold visible characters only (sections 3.1, 12). */
function checkCharacters(term: string): void {
  for (let index = 0; index < term.length; index += 1) {
    const code = term.charCodeAt(index);
    if (code < 0x21 || code > 0x7e) {
      const shown = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      throw new TermSyntaxError(
        `character ${shown} at offset ${index} is not allowed: terms hold visible ASCII characters and are separated by spaces only`,
      );
    }
  }
}

/** Section 4.6.1: a modifier has "=" right after its name, before any ":" or "/". */
function parseTerm(term: string, position: number): Directive | Modifier {
  const equals = term.indexOf('=');
  const name = equals < 0 ? '' : term.slice(0, equals);
  if (equals < 0 || /[:/]/.test(name)) return parseDirective(term, position);
  if (MODIFIER_NAME.test(name)) return parseModifier(term, name, position);
  if (QUALIFIERS.includes(term.charAt(0)) && MODIFIER_NAME.test(name.slice(1))) {
    throw new TermSyntaxError(
      `modifier "${name.slice(1)}" cannot take a qualifier; write it without "${term.charAt(0)}"`,
    );
  }
  if (name === '')
    throw new TermSyntaxError(
      'a modifier needs a name before "=", e.g. "redirect=_spf.example.com"',
    );
  throw new TermSyntaxError(
    `"${name}" is not a modifier name: it must start with a letter and hold only letters, digits, "-", "_" and "."`,
  );
}

function parseModifier(term: string, name: string, position: number): Modifier {
  const lowerName = name.toLowerCase();
  const valueText = term.slice(name.length + 1);
  // redirect and exp take a domain-spec; unknown modifiers any macro-string (section 6, 12).
  const known = lowerName === 'redirect' || lowerName === 'exp';
  if (known && valueText === '') {
    throw new TermSyntaxError(
      `"${lowerName}=" needs a domain name, e.g. "${lowerName}=_spf.example.com"`,
    );
  }
  const value = parseMacroString(valueText, known ? 'domain-spec' : 'explain-string');
  return { name: lowerName, value, text: term, position };
}

/** Section 6: redirect and exp at most once each; unknown modifiers are kept and ignored. */
function groupModifiers(
  record: string,
  modifiers: readonly Modifier[],
): Pick<SpfRecord, 'redirect' | 'exp' | 'otherModifiers'> {
  const single = (name: string): Modifier | undefined => {
    const found = modifiers.filter((modifier) => modifier.name === name);
    const second = found[1];
    if (second !== undefined) {
      throw new SpfSyntaxError(
        record,
        second.text,
        second.position,
        `"${name}=" may appear only once in a record`,
      );
    }
    return found[0];
  };
  return {
    redirect: single('redirect'),
    exp: single('exp'),
    otherModifiers: modifiers.filter(
      (modifier) => modifier.name !== 'redirect' && modifier.name !== 'exp',
    ),
  };
}

function parseDirective(term: string, position: number): Directive {
  const first = term.charAt(0);
  const qualifier: Qualifier = isQualifier(first) ? first : '+';
  const body = isQualifier(first) ? term.slice(1) : term;
  const nameEnd = body.search(/[:/]/);
  const name = (nameEnd < 0 ? body : body.slice(0, nameEnd)).toLowerCase();
  const argument = nameEnd < 0 ? '' : body.slice(nameEnd);
  return { qualifier, mechanism: parseMechanism(name, argument), text: term, position };
}

function isQualifier(char: string): char is Qualifier {
  return char !== '' && QUALIFIERS.includes(char);
}

/** `argument` is what follows the mechanism name: "", ":..." or "/...". */
function parseMechanism(name: string, argument: string): Mechanism {
  switch (name) {
    case 'all':
      if (argument !== '') throw new TermSyntaxError('"all" takes no domain and no prefix length');
      return { kind: 'all' };
    case 'include':
    case 'exists':
      return { kind: name, domain: requiredDomain(name, argument) };
    case 'ptr':
      return { kind: 'ptr', domain: optionalDomain(name, argument) };
    case 'a':
    case 'mx':
      return parseHostMechanism(name, argument);
    case 'ip4':
      return parseNetworkMechanism(4, argument);
    case 'ip6':
      return parseNetworkMechanism(6, argument);
    default:
      throw new TermSyntaxError(
        name === ''
          ? 'a term must start with a mechanism name (after an optional qualifier + - ~ ?)'
          : `unknown mechanism "${name}"; valid ones are all, include, a, mx, ptr, ip4, ip6, exists, and modifiers are written name=value`,
      );
  }
}

/** include / exists = name ":" domain-spec (sections 5.2, 5.7). */
function requiredDomain(name: string, argument: string): MacroString {
  if (!argument.startsWith(':') || argument === ':') {
    throw new TermSyntaxError(
      `"${name}" needs ":" and a domain name, e.g. "${name}:_spf.example.com", and takes no prefix length`,
    );
  }
  return parseMacroString(argument.slice(1), 'domain-spec');
}

/** ptr / a / mx = name [ ":" domain-spec ] (sections 5.3 to 5.5). */
function optionalDomain(name: string, argument: string): MacroString | undefined {
  if (argument === '') return undefined;
  if (argument === ':')
    throw new TermSyntaxError(`"${name}:" needs a domain name after ":", or drop the ":"`);
  if (!argument.startsWith(':')) {
    throw new TermSyntaxError(`"${name}" takes only ":" and a domain name here, not "${argument}"`);
  }
  return parseMacroString(argument.slice(1), 'domain-spec');
}

/** a / mx = name [ ":" domain-spec ] [ dual-cidr-length ] (sections 5.3, 5.4). */
function parseHostMechanism(name: 'a' | 'mx', argument: string): Mechanism {
  const { rest, ip4, ip6 } = splitDualCidr(argument);
  if (rest !== '' && !rest.startsWith(':')) {
    throw new TermSyntaxError(
      `"${name}" takes ":domain" then "/n" (IPv4), "//n" (IPv6) or "/n//m"; "${argument}" is none of these`,
    );
  }
  // ip4-cidr-length 0..32 and ip6-cidr-length 0..128, no leading zeros (section 12).
  const cidr: DualCidr = {
    ip4: ip4 === undefined ? 32 : parsePrefixLength(ip4, 4),
    ip6: ip6 === undefined ? 128 : parsePrefixLength(ip6, 6),
  };
  return { kind: name, domain: optionalDomain(name, rest), cidr };
}

interface DualCidrSplit {
  readonly rest: string;
  readonly ip4: string | undefined;
  readonly ip6: string | undefined;
}

/**
 * Splits `[ "/" ip4-len ] [ "//" ip6-len ]` off the end. A valid domain-spec
 * never ends in "/" and digits (its end is a top label or a macro), so taking
 * the suffix greedily is unambiguous. Scans by hand to stay linear.
 */
function splitDualCidr(argument: string): DualCidrSplit {
  let rest = argument;
  let ip6: string | undefined;
  const ip6Start = trailingDigitsStart(rest);
  if (ip6Start < rest.length && rest.slice(ip6Start - 2, ip6Start) === '//') {
    ip6 = rest.slice(ip6Start);
    rest = rest.slice(0, ip6Start - 2);
  }
  let ip4: string | undefined;
  const ip4Start = trailingDigitsStart(rest);
  if (ip4Start < rest.length && rest.charAt(ip4Start - 1) === '/') {
    ip4 = rest.slice(ip4Start);
    rest = rest.slice(0, ip4Start - 1);
  }
  return { rest, ip4, ip6 };
}

function trailingDigitsStart(text: string): number {
  let start = text.length;
  while (start > 0 && /[0-9]/.test(text.charAt(start - 1))) start -= 1;
  return start;
}

/** ip4 = "ip4" ":" ip4-network [ ip4-cidr-length ]; likewise ip6 (section 5.6). */
function parseNetworkMechanism(family: Family, argument: string): Mechanism {
  const kind = family === 4 ? 'ip4' : 'ip6';
  if (!argument.startsWith(':') || argument === ':') {
    throw new TermSyntaxError(
      `"${kind}" needs ":" and an address, e.g. "${kind}:${family === 4 ? '192.0.2.0/24' : '2001:db8::/32'}"`,
    );
  }
  const network = argument.slice(1);
  const slash = network.indexOf('/');
  const addressText = slash < 0 ? network : network.slice(0, slash);
  const lengthText = slash < 0 ? undefined : network.slice(slash + 1);
  if (lengthText?.startsWith('/')) {
    throw new TermSyntaxError(
      `"${kind}" takes a single "/n" prefix length; "//n" is only for a and mx`,
    );
  }
  const address = family === 4 ? parseIPv4(addressText) : parseIPv6(addressText);
  const prefix =
    lengthText === undefined ? (family === 4 ? 32 : 128) : parsePrefixLength(lengthText, family);
  const { cidr, hostBitsSet } = makeCidr(family, address, prefix);
  return { kind, network: cidr, hostBitsSet };
}
