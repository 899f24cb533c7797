// Picking the SPF record among a name's TXT records (RFC 7208 section 4.5).

export type SelectedRecord =
  { kind: 'none' } | { kind: 'record'; text: string } | { kind: 'multiple'; texts: string[] };

/** "v=spf1" (case-insensitive) then a space or the end: "v=spf10" is not SPF (section 4.5). */
const VERSION_TAG = /^v=spf1(?: |$)/i;

/**
 * Selects the one SPF record from the TXT records at a name. Each record's
 * character-strings are joined without spaces (section 3.3). Two or more SPF
 * records are returned as 'multiple', which the caller must treat as a
 * permerror (section 4.5); non-SPF TXT records are ignored whatever they hold.
 */
export function selectSpfRecord(txtRecords: readonly (readonly string[])[]): SelectedRecord {
  const texts = txtRecords
    .map((strings) => strings.join(''))
    .filter((text) => VERSION_TAG.test(text));
  const [first] = texts;
  if (first === undefined) return { kind: 'none' };
  if (texts.length === 1) return { kind: 'record', text: first };
  return { kind: 'multiple', texts };
}
