// A name's SPF record read from its TXT answer (RFC 7208 sections 4.5 and
// 4.6): selected among the TXT records and parsed once per answer. The
// cached resolver hands every walk the same answer object for a name, so
// _spf.google.com is parsed once per run instead of once per sender that
// reaches it (issue #7 profile), and every walk sees the same SpfRecord,
// whose directives can then key per-term caches. Keyed weakly: the entries
// go when the run's answers do.

import { parseSpfRecord } from './record-parser.js';
import { selectSpfRecord } from './record-selection.js';
import { SpfSyntaxError, type SpfRecord } from './record-types.js';

export type RecordReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'multiple'; readonly texts: readonly string[] }
  | { readonly kind: 'record'; readonly record: SpfRecord }
  | { readonly kind: 'syntax'; readonly text: string; readonly error: SpfSyntaxError };

const readings = new WeakMap<readonly (readonly string[])[], RecordReading>();

/** `txtRecords`: each TXT record's character-strings, as the resolver answered them. */
export function readSpfRecord(txtRecords: readonly (readonly string[])[]): RecordReading {
  let reading = readings.get(txtRecords);
  if (reading === undefined) {
    reading = readUncached(txtRecords);
    readings.set(txtRecords, reading);
  }
  return reading;
}

function readUncached(txtRecords: readonly (readonly string[])[]): RecordReading {
  const selected = selectSpfRecord(txtRecords);
  if (selected.kind !== 'record') return selected;
  try {
    return { kind: 'record', record: parseSpfRecord(selected.text) };
  } catch (error) {
    if (!(error instanceof SpfSyntaxError)) throw error;
    return { kind: 'syntax', text: selected.text, error };
  }
}
