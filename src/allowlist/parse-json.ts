// Reads a file written by render-json.ts back into the Allowlist model, so
// rendering the result gives the same bytes. The reader is strict: an
// unknown key, a missing key, a range in non-canonical form or out of order,
// or a range that does not belong where `sections` says is an error naming
// the place in the file, because a file that differs from what we write was
// not written by us and must not be trusted as a previous allowlist.

import { compareCidrs, formatCidr } from '../cidr/format.js';
import { parseCidr } from '../cidr/parse.js';
import { RangeSyntaxError, type Cidr } from '../cidr/types.js';
import type {
  Allowlist,
  Block,
  RangeGroup,
  Section,
  SharedRange,
  SourceKind,
  StaleMark,
} from './model.js';
import type { ListKind } from './list-kind.js';
import {
  JSON_FORMAT,
  JSON_FORMAT_OF,
  JSON_VERSION,
  jsonFamily,
  type JsonFamily,
} from './render-json.js';

export class AllowlistJsonError extends Error {
  constructor(
    /** Where in the document, such as `ranges[3].family`. */
    readonly at: string,
    readonly problem: string,
  ) {
    super(`not a valid ${JSON_FORMAT} JSON file: ${at}: ${problem}`);
    this.name = 'AllowlistJsonError';
  }
}

const TOP_KEYS = ['format', 'version', 'config', 'sections', 'ranges'] as const;
const SECTION_KEYS = ['name', 'sources'] as const;
const SOURCE_KEYS = ['kind', 'name', 'stale', 'notes', 'groups'] as const;
const STALE_KEYS = ['since', 'reason'] as const;
const GROUP_KEYS = ['origin', 'shared', 'rangeCount'] as const;
const SHARED_KEYS = ['range', 'under'] as const;
const RANGE_KEYS = ['range', 'family', 'section', 'source', 'origin'] as const;
const SOURCE_REF_KEYS = ['kind', 'name'] as const;
const SOURCE_KINDS: readonly SourceKind[] = ['sender', 'host', 'static'];
const FAMILIES: readonly JsonFamily[] = ['ipv4', 'ipv6'];
const STALE_SINCE = /^\d{4}-\d{2}-\d{2}$/;

/** A group as `sections` describes it, before its ranges are attached. */
interface GroupShape {
  readonly origin: string;
  readonly shared: readonly SharedRange[];
  readonly rangeCount: number;
  readonly at: string;
}

interface RangeEntry {
  readonly cidr: Cidr;
  /** Section, source and origin joined, to compare with the group it is counted in. */
  readonly place: string;
  readonly at: string;
}

/** `listKind`: which list the file must hold (its `format`: spf-allowlist or spf-denylist). */
export function parseJsonAllowlist(text: string, listKind: ListKind = 'allow'): Allowlist {
  const top = object(parseDocument(text), '(top level)', TOP_KEYS);
  const format = JSON_FORMAT_OF[listKind];
  if (top.format !== format) {
    throw new AllowlistJsonError('format', `expected "${format}", got ${show(top.format)}`);
  }
  if (top.version !== JSON_VERSION) {
    throw new AllowlistJsonError(
      'version',
      `this reader knows version ${JSON_VERSION}, got ${show(top.version)}`,
    );
  }
  const configName = string(top.config, 'config');
  const ranges = list(top.ranges, 'ranges').map((value, i) => rangeEntry(value, `ranges[${i}]`));
  const cursor = new RangeCursor(ranges);
  const sections = list(top.sections, 'sections').map((value, i) =>
    section(value, `sections[${i}]`, cursor),
  );
  cursor.expectEnd();
  return { configName, sections };
}

function parseDocument(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AllowlistJsonError('(file)', `not JSON: ${reason}`);
  }
}

function section(value: unknown, at: string, cursor: RangeCursor): Section {
  const fields = object(value, at, SECTION_KEYS);
  const name = string(fields.name, `${at}.name`);
  const sources = list(fields.sources, `${at}.sources`);
  return { name, blocks: sources.map((s, i) => block(s, `${at}.sources[${i}]`, name, cursor)) };
}

function block(value: unknown, at: string, sectionName: string, cursor: RangeCursor): Block {
  const fields = object(value, at, SOURCE_KEYS);
  const kind = sourceKind(fields.kind, `${at}.kind`);
  const name = string(fields.name, `${at}.name`);
  const stale = staleMark(fields.stale, `${at}.stale`);
  const notes = strings(fields.notes, `${at}.notes`);
  const groups = list(fields.groups, `${at}.groups`).map((g, i) => {
    const shape = groupShape(g, `${at}.groups[${i}]`);
    const place = placeKey(sectionName, kind, name, shape.origin);
    return rangeGroup(shape, cursor.take(shape, place));
  });
  return { kind, name, stale, notes, groups };
}

function staleMark(value: unknown, at: string): StaleMark | undefined {
  if (value === null) return undefined;
  const fields = object(value, at, STALE_KEYS);
  const since = string(fields.since, `${at}.since`);
  if (!STALE_SINCE.test(since)) {
    throw new AllowlistJsonError(`${at}.since`, `expected a day as YYYY-MM-DD, got ${show(since)}`);
  }
  return { since, reason: string(fields.reason, `${at}.reason`) };
}

function sharedRange(value: unknown, at: string): SharedRange {
  const fields = object(value, at, SHARED_KEYS);
  return {
    cidr: canonicalCidr(fields.range, `${at}.range`),
    under: string(fields.under, `${at}.under`),
  };
}

function groupShape(value: unknown, at: string): GroupShape {
  const fields = object(value, at, GROUP_KEYS);
  return {
    origin: string(fields.origin, `${at}.origin`),
    shared: list(fields.shared, `${at}.shared`).map((v, i) => sharedRange(v, `${at}.shared[${i}]`)),
    rangeCount: count(fields.rangeCount, `${at}.rangeCount`),
    at,
  };
}

function rangeGroup(shape: GroupShape, entries: readonly RangeEntry[]): RangeGroup {
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    if (previous !== undefined && compareCidrs(previous.cidr, entry.cidr) >= 0) {
      throw new AllowlistJsonError(
        entry.at,
        `${formatCidr(entry.cidr)} must come after ${formatCidr(previous.cidr)}: a group lists its ranges once each, IPv4 first, in ascending order`,
      );
    }
  });
  const cidrs = entries.map((entry) => entry.cidr);
  return { origin: shape.origin, cidrs, shared: shape.shared };
}

/** Hands out the entries of `ranges` in order, as many as each group counts. */
class RangeCursor {
  private next = 0;

  constructor(private readonly entries: readonly RangeEntry[]) {}

  take(shape: GroupShape, place: string): RangeEntry[] {
    const taken = this.entries.slice(this.next, this.next + shape.rangeCount);
    if (taken.length < shape.rangeCount) {
      throw new AllowlistJsonError(
        `${shape.at}.rangeCount`,
        `counts ${shape.rangeCount} ranges, but only ${taken.length} are left in "ranges"`,
      );
    }
    for (const entry of taken) {
      if (entry.place !== place) {
        throw new AllowlistJsonError(
          entry.at,
          `is counted in ${shape.at} (${place}) but names ${entry.place}`,
        );
      }
    }
    this.next += taken.length;
    return taken;
  }

  expectEnd(): void {
    const extra = this.entries[this.next];
    if (extra !== undefined) {
      throw new AllowlistJsonError(extra.at, 'is not counted by any group in "sections"');
    }
  }
}

function rangeEntry(value: unknown, at: string): RangeEntry {
  const fields = object(value, at, RANGE_KEYS);
  const cidr = canonicalCidr(fields.range, `${at}.range`);
  const family = oneOf(fields.family, `${at}.family`, FAMILIES);
  if (family !== jsonFamily(cidr.family)) {
    throw new AllowlistJsonError(
      `${at}.family`,
      `"${family}" does not match the range ${formatCidr(cidr)}`,
    );
  }
  const source = object(fields.source, `${at}.source`, SOURCE_REF_KEYS);
  const place = placeKey(
    string(fields.section, `${at}.section`),
    sourceKind(source.kind, `${at}.source.kind`),
    string(source.name, `${at}.source.name`),
    string(fields.origin, `${at}.origin`),
  );
  return { cidr, place, at };
}

function placeKey(section: string, kind: SourceKind, name: string, origin: string): string {
  return `section ${JSON.stringify(section)}, ${kind} ${JSON.stringify(name)}, origin ${JSON.stringify(origin)}`;
}

/** Only the text we write: the network with no host bits, in RFC 5952 form. */
function canonicalCidr(value: unknown, at: string): Cidr {
  const text = string(value, at);
  let parsed: { cidr: Cidr; hostBitsSet: boolean };
  try {
    parsed = parseCidr(text);
  } catch (error) {
    if (!(error instanceof RangeSyntaxError)) throw error;
    throw new AllowlistJsonError(at, error.message);
  }
  const canonical = formatCidr(parsed.cidr);
  if (parsed.hostBitsSet || canonical !== text) {
    throw new AllowlistJsonError(at, `"${text}" is not in canonical form; expected "${canonical}"`);
  }
  return parsed.cidr;
}

function sourceKind(value: unknown, at: string): SourceKind {
  return oneOf(value, at, SOURCE_KINDS);
}

function oneOf<T extends string>(value: unknown, at: string, valid: readonly T[]): T {
  const found = valid.find((v) => v === value);
  if (found !== undefined) return found;
  const expected = valid.map((v) => `"${v}"`).join(', ');
  throw new AllowlistJsonError(at, `expected one of ${expected}, got ${show(value)}`);
}

/** An object with exactly `keys`: a missing or unknown key is an error. */
function object<K extends string>(
  value: unknown,
  at: string,
  keys: readonly K[],
): Record<K, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AllowlistJsonError(at, `expected an object, got ${show(value)}`);
  }
  const fields = value as Record<string, unknown>;
  const extra = Object.keys(fields).find((key) => !(keys as readonly string[]).includes(key));
  if (extra !== undefined) {
    throw new AllowlistJsonError(at, `unknown key "${extra}"; the keys are ${keys.join(', ')}`);
  }
  const missing = keys.find((key) => !(key in fields));
  if (missing !== undefined) throw new AllowlistJsonError(at, `missing key "${missing}"`);
  return fields;
}

function list(value: unknown, at: string): unknown[] {
  if (Array.isArray(value)) return value as unknown[];
  throw new AllowlistJsonError(at, `expected an array, got ${show(value)}`);
}

function string(value: unknown, at: string): string {
  if (typeof value === 'string') return value;
  throw new AllowlistJsonError(at, `expected a string, got ${show(value)}`);
}

function strings(value: unknown, at: string): string[] {
  return list(value, at).map((item, i) => string(item, `${at}[${i}]`));
}

function count(value: unknown, at: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new AllowlistJsonError(at, `expected a whole number of 0 or more, got ${show(value)}`);
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  return JSON.stringify(value);
}
