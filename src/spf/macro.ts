// SPF macro-strings (RFC 7208 section 7): parsing `%{...}` macros and
// escapes, and expanding the one macro a flattener can know, `%{d}`.

import type { Macro, MacroPart, MacroString } from './record-types.js';

/** A macro-string that breaks the section 7.1 grammar; `reason` says what would be valid. */
export class MacroSyntaxError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`invalid macro-string "${input}": ${reason}`);
    this.name = 'MacroSyntaxError';
  }
}

/** Where a macro-string appears: `c`, `r`, `t` and spaces belong to explanations only (section 7.1). */
export type MacroContext = 'domain-spec' | 'explain-string';

const DOMAIN_SPEC_LETTERS = 'slodiphv';
const EXPLAIN_LETTERS = 'slodiphvcrt';
const DELIMITERS = '.-+,/_=';

/** The escapes of section 7.1: `%%` is a percent, `%_` a space, `%-` a URL-encoded space. */
const ESCAPES: Readonly<Record<string, string>> = { '%': '%', _: ' ', '-': '%20' };

/**
 * Parses a macro-string. In the 'domain-spec' context the whole
 * `domain-spec = macro-string domain-end` production is checked (section 12):
 * it must be non-empty and end in a macro-expand or in "." toplabel ["."].
 * The 'explain-string' context (section 6.2) also allows spaces and `c r t`.
 */
export function parseMacroString(text: string, context: MacroContext): MacroString {
  const scan = scanMacroString(text, context);
  if (context === 'domain-spec') checkDomainEnd(text, scan.literalTailStart);
  return scan.parts;
}

interface MacroScan {
  readonly parts: MacroPart[];
  /** Index in the text where the literal characters after the last macro-expand start. */
  readonly literalTailStart: number;
}

/** One left-to-right pass, so hostile input (long runs of `%`) stays linear. */
function scanMacroString(text: string, context: MacroContext): MacroScan {
  const parts: MacroPart[] = [];
  let literal = '';
  let literalTailStart = 0;
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (char !== '%') {
      checkLiteralChar(text, index, context);
      literal += char;
      index += 1;
      continue;
    }
    const next = text.charAt(index + 1);
    const escaped = ESCAPES[next];
    if (escaped !== undefined) {
      literal += escaped;
      index += 2;
    } else if (next === '{') {
      if (literal !== '') parts.push({ literal });
      literal = '';
      const end = text.indexOf('}', index + 2);
      if (end < 0) throw new MacroSyntaxError(text, `"%{" at offset ${index} has no closing "}"`);
      parts.push({ macro: parseMacroExpand(text, text.slice(index + 2, end), context) });
      index = end + 1;
    } else {
      throw new MacroSyntaxError(
        text,
        `"%" at offset ${index} must be followed by "{", "%", "_" or "-"; write "%%" for a literal percent sign`,
      );
    }
    literalTailStart = index;
  }
  if (literal !== '') parts.push({ literal });
  return { parts, literalTailStart };
}

/** macro-literal = %x21-24 / %x26-7E; explain-string adds SP (sections 6.2, 7.1). */
function checkLiteralChar(text: string, index: number, context: MacroContext): void {
  const code = text.charCodeAt(index);
  const visible = code >= 0x21 && code <= 0x7e;
  if (visible || (code === 0x20 && context === 'explain-string')) return;
  const shown = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const allowed =
    context === 'explain-string'
      ? 'visible ASCII characters and spaces'
      : 'visible ASCII characters';
  throw new MacroSyntaxError(
    text,
    `character ${shown} at offset ${index}: only ${allowed} are allowed`,
  );
}

/** The inside of `%{...}`: macro-letter transformers *delimiter (section 7.1). */
function parseMacroExpand(text: string, inside: string, context: MacroContext): Macro {
  const match = /^([A-Za-z])([0-9]*)([rR]?)([^]*)$/.exec(inside);
  const rawLetter = match?.[1];
  if (match === null || rawLetter === undefined) {
    throw new MacroSyntaxError(text, `"%{${inside}}" must start with a macro letter`);
  }
  const letter = rawLetter.toLowerCase();
  checkLetter(text, letter, context);
  const digitText = match[2] ?? '';
  const digits = digitText === '' ? undefined : Number(digitText);
  if (digits === 0) {
    throw new MacroSyntaxError(
      text,
      `"%{${inside}}" keeps 0 parts; the digit count must be 1 or more`,
    );
  }
  const delimiters = match[4] ?? '';
  for (const delimiter of delimiters) {
    if (!DELIMITERS.includes(delimiter)) {
      throw new MacroSyntaxError(
        text,
        `"%{${inside}}" has "${delimiter}" where a delimiter (one of ${DELIMITERS}) or "}" must be`,
      );
    }
  }
  return { letter, urlEscape: rawLetter !== letter, digits, reverse: match[3] !== '', delimiters };
}

function checkLetter(text: string, letter: string, context: MacroContext): void {
  if (context === 'domain-spec' && 'crt'.includes(letter)) {
    throw new MacroSyntaxError(
      text,
      `macro letter "${letter}" is only allowed in explanation text; a domain-spec may use ${DOMAIN_SPEC_LETTERS}`,
    );
  }
  if (!EXPLAIN_LETTERS.includes(letter)) {
    const allowed = context === 'domain-spec' ? DOMAIN_SPEC_LETTERS : EXPLAIN_LETTERS;
    throw new MacroSyntaxError(text, `unknown macro letter "${letter}"; use one of ${allowed}`);
  }
}

/** domain-end = ( "." toplabel [ "." ] ) / macro-expand (section 7.1). */
function checkDomainEnd(text: string, literalTailStart: number): void {
  if (text === '') throw new MacroSyntaxError(text, 'a domain-spec must not be empty');
  if (literalTailStart === text.length) return;
  const tail = text.slice(literalTailStart);
  const withoutRoot = tail.endsWith('.') ? tail.slice(0, -1) : tail;
  const lastDot = withoutRoot.lastIndexOf('.');
  const topLabel = withoutRoot.slice(lastDot + 1);
  if (lastDot < 0 || !isTopLabel(topLabel)) {
    throw new MacroSyntaxError(
      text,
      `a domain-spec must end in a macro or in "." and a top label of letters, digits and inner hyphens that is not all digits (found "${topLabel}")`,
    );
  }
}

/** toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum ) */
function isTopLabel(label: string): boolean {
  if (/^[A-Za-z0-9]+$/.test(label)) return /[A-Za-z]/.test(label);
  return label.includes('-') && /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/.test(label);
}

export type MacroExpansion =
  | { ok: true; value: string }
  | { ok: false; letters: string[] /* sender-dependent letters it needs, e.g. ['i'] */ };

/** Longest domain name in dotted form, without the root dot (section 7.3). */
const MAX_DOMAIN_LENGTH = 253;

/**
 * Expands a domain-spec for flattening: only `%{d}` (the current domain) is
 * known without a message; any other letter makes the result `ok: false`.
 * A trailing root dot is dropped ("trailing dot is ignored for domains").
 */
export function expandDomainSpec(spec: MacroString, domain: string): MacroExpansion {
  const senderLetters = macroLetters(spec).filter((letter) => letter !== 'd');
  if (senderLetters.length > 0) return { ok: false, letters: senderLetters };
  const value = spec
    .map((part) => ('literal' in part ? part.literal : expandMacro(part.macro, domain)))
    .join('');
  return { ok: true, value: truncateDomain(stripRootDot(value)) };
}

/** Distinct macro letters (lower-case) in order of first use. */
export function macroLetters(spec: MacroString): string[] {
  const letters = new Set<string>();
  for (const part of spec) {
    if ('macro' in part) letters.add(part.macro.letter);
  }
  return [...letters];
}

/** Section 7.3: split on the delimiters, reverse, keep the right-hand parts, join with ".". */
function expandMacro(macro: Macro, value: string): string {
  const delimiters = macro.delimiters === '' ? '.' : macro.delimiters;
  let parts = splitOnAny(stripRootDot(value), delimiters);
  if (macro.reverse) parts = parts.reverse();
  if (macro.digits !== undefined && macro.digits < parts.length) {
    parts = parts.slice(parts.length - macro.digits);
  }
  const joined = parts.join('.');
  return macro.urlEscape ? urlEscape(joined) : joined;
}

function splitOnAny(value: string, delimiters: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of value) {
    if (delimiters.includes(char)) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

const UTF8 = new TextEncoder();

/** Section 7.3: upper-case macros escape every character outside RFC 3986 "unreserved". */
function urlEscape(value: string): string {
  let escaped = '';
  for (const char of value) {
    if (/^[A-Za-z0-9\-._~]$/.test(char)) {
      escaped += char;
      continue;
    }
    for (const byte of UTF8.encode(char)) {
      escaped += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return escaped;
}

function stripRootDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** Section 7.3 last paragraph: drop labels from the left until the name fits in 253 characters. */
function truncateDomain(name: string): string {
  let truncated = name;
  while (truncated.length > MAX_DOMAIN_LENGTH) {
    const dot = truncated.indexOf('.');
    // A single label longer than a whole name cannot be shortened; DNS will reject it.
    if (dot < 0) break;
    truncated = truncated.slice(dot + 1);
  }
  return truncated;
}
