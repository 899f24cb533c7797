// `static`: fixed ranges the user vouches for, each with a note saying why,
// because a reviewer of the allowlist should never meet an unexplained range.

import { isMap } from 'yaml';
import { formatCidr } from '../cidr/format.js';
import { parseCidr } from '../cidr/parse.js';
import { RangeSyntaxError } from '../cidr/types.js';
import type { Cidr } from '../cidr/types.js';
import type { Field, FieldReader } from './field-reader.js';
import type { StaticEntry } from './types.js';

const STATIC_KEYS = ['range', 'note'] as const;
const ENTRY_EXPECTED = 'a map with keys "range" and "note"';
const RANGE_EXPECTED = 'an IPv4 or IPv6 address or range, such as "192.0.2.0/24"';

export function readStatic(reader: FieldReader, field: Field): StaticEntry[] {
  const items = reader.items(field, `a list of entries, each ${ENTRY_EXPECTED}`);
  const entries: StaticEntry[] = [];
  for (const item of items ?? []) {
    const entry = readEntry(reader, item);
    if (entry !== undefined) entries.push(entry);
  }
  return entries;
}

function readEntry(reader: FieldReader, item: Field): StaticEntry | undefined {
  if (!isMap(item.node)) {
    reader.reportType(item, ENTRY_EXPECTED);
    return undefined;
  }
  const fields = reader.fields(item, STATIC_KEYS, ENTRY_EXPECTED);
  const rangeField = fields.get('range');
  const noteField = fields.get('note');
  if (rangeField === undefined) {
    reader.report(item, `${item.name} has no "range"; add one, such as "range: 192.0.2.0/24"`);
  }
  if (noteField === undefined) {
    reader.report(item, `${item.name} has no "note"; say why this range is trusted`);
  }
  const range = rangeField && readRange(reader, rangeField);
  const note = noteField && readNote(reader, noteField);
  if (range === undefined || note === undefined) return undefined;
  return { ...range, note, at: reader.issues.positionOf(item.at) };
}

function readRange(reader: FieldReader, field: Field): { range: Cidr; text: string } | undefined {
  const text = reader.text(field, RANGE_EXPECTED);
  if (text === undefined) return undefined;
  try {
    const { cidr, hostBitsSet } = parseCidr(text);
    if (!hostBitsSet) return { range: cidr, text };
    // Postfix skips cidr table lines whose address has bits set below the
    // prefix (cidr_table(5)), so such a range would silently do nothing.
    reader.report(
      field,
      `${field.name}: "${text}" has host bits set, which Postfix rejects; write the network "${formatCidr(cidr)}", or the single address without a prefix`,
    );
  } catch (error) {
    if (!(error instanceof RangeSyntaxError)) throw error;
    reader.report(field, `${field.name}: "${text}" is not a valid range: ${error.reason}`);
  }
  return undefined;
}

function readNote(reader: FieldReader, field: Field): string | undefined {
  const note = reader.text(field, 'text saying why this range is trusted');
  if (note === undefined) return undefined;
  if (note.trim() !== '') return note;
  reader.report(field, `${field.name} is empty; say why this range is trusted`);
  return undefined;
}
