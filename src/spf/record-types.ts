// The parsed form of one SPF record (RFC 7208 section 12 ABNF). Produced by
// record-parser.ts, consumed by the pass-set walk.

import type { Cidr } from '../cidr/types.js';

export type Qualifier = '+' | '-' | '~' | '?';

/** One `%{...}` macro (RFC 7208 section 7.1). */
export interface Macro {
  /** Lower-case macro letter: s l o d i p h c r t v. */
  readonly letter: string;
  /** Upper-case letter in the record: the expansion is URL-escaped. */
  readonly urlEscape: boolean;
  /** Keep this many right-hand parts; undefined keeps all. */
  readonly digits: number | undefined;
  readonly reverse: boolean;
  /** Delimiter characters; empty means ".". */
  readonly delimiters: string;
}

/** A macro-string: literal text (escapes `%%` `%_` `%-` already decoded) and macros. */
export type MacroPart = { readonly literal: string } | { readonly macro: Macro };
export type MacroString = readonly MacroPart[];

/** Dual cidr lengths of `a` and `mx` (RFC 7208 section 5.6); defaults 32 and 128. */
export interface DualCidr {
  readonly ip4: number;
  readonly ip6: number;
}

export type Mechanism =
  | { readonly kind: 'all' }
  | { readonly kind: 'include'; readonly domain: MacroString }
  | { readonly kind: 'a'; readonly domain: MacroString | undefined; readonly cidr: DualCidr }
  | { readonly kind: 'mx'; readonly domain: MacroString | undefined; readonly cidr: DualCidr }
  | { readonly kind: 'ptr'; readonly domain: MacroString | undefined }
  | {
      readonly kind: 'ip4' | 'ip6';
      readonly network: Cidr;
      /** The record wrote host bits below the prefix (masked off in `network`). */
      readonly hostBitsSet: boolean;
    }
  | { readonly kind: 'exists'; readonly domain: MacroString };

export interface Directive {
  readonly qualifier: Qualifier;
  readonly mechanism: Mechanism;
  /** The term as written in the record, e.g. `-include:_spf.example.com`. */
  readonly text: string;
  /** 1-based index of the term among the record's terms. */
  readonly position: number;
}

export interface Modifier {
  readonly name: string;
  readonly value: MacroString;
  readonly text: string;
  readonly position: number;
}

export interface SpfRecord {
  /** The record text as evaluated (TXT strings already joined). */
  readonly text: string;
  readonly directives: readonly Directive[];
  readonly redirect: Modifier | undefined;
  readonly exp: Modifier | undefined;
  /** Well-formed unknown modifiers: ignored per RFC 7208 section 6. */
  readonly otherModifiers: readonly Modifier[];
}

/** A syntax error makes the whole record a permerror (RFC 7208 section 4.6). */
export class SpfSyntaxError extends Error {
  constructor(
    readonly record: string,
    readonly term: string,
    /** 1-based term index, 0 when the error is in the version tag. */
    readonly position: number,
    readonly reason: string,
  ) {
    // JSON quoting keeps control characters from DNS data out of logs and annotations.
    super(`invalid SPF term ${position} ${JSON.stringify(term)}: ${reason}`);
    this.name = 'SpfSyntaxError';
  }
}
