// `outputs`: the files to write. Paths are relative to the config file's
// directory, so the same config works wherever the repository is checked out.

import { dirname, resolve } from 'node:path';
import { isMap } from 'yaml';
import type { ListKind } from '../allowlist/list-kind.js';
import { DEFAULT_NFTABLES_NAMES_OF } from '../allowlist/render-nftables.js';
import type { Field, FieldReader } from './field-reader.js';
import type {
  AccessAction,
  NftablesFamily,
  NftablesNames,
  OutputFormat,
  OutputSpec,
  PlainFamily,
} from './types.js';

export const DEFAULT_OUTPUT_PATH = 'postscreen_spf_allowlist.cidr';
/** Each list's default output: one postscreen table. */
export const DEFAULT_OUTPUT_PATH_OF: Readonly<Record<ListKind, string>> = {
  allow: DEFAULT_OUTPUT_PATH,
  deny: 'postscreen_spf_denylist.cidr',
};
const OUTPUT_FORMATS: readonly OutputFormat[] = [
  'postscreen',
  'postfix-access',
  'plain',
  'nftables',
  'json',
];
/** The keys each format takes besides "path" and "format". */
const FORMAT_OPTIONS: Record<OutputFormat, readonly string[]> = {
  postscreen: [],
  'postfix-access': ['action'],
  plain: ['family'],
  nftables: ['table', 'family', 'set4', 'set6'],
  json: [],
};
const OUTPUT_KEYS = ['path', 'format', 'action', 'family', 'table', 'set4', 'set6'] as const;
const ENTRY_EXPECTED = 'a map with keys "path", "format" and the options of the format';

/**
 * Actions that let a listed client through (OK), change nothing (DUNNO), or
 * only log it (WARN, INFO; Postfix 3.0+) — access(5). Every other action
 * would reject, hold, discard, redirect or filter the mail of every listed
 * sender, and numeric results are relay-authorization data, so none is allowed.
 * A denylist rejects (REJECT: access_map_reject_code, 554 by default) or,
 * for a trial, only logs; OK there would let every denied client through.
 */
const ACCESS_ACTIONS_OF: Readonly<Record<ListKind, readonly AccessAction[]>> = {
  allow: ['OK', 'DUNNO', 'WARN', 'INFO'],
  deny: ['REJECT', 'DUNNO', 'WARN', 'INFO'],
};
const ACCESS_ACTIONS_WHY: Readonly<Record<ListKind, string>> = {
  allow: 'access(5) actions that never reject, hold or reroute the mail of a listed sender',
  deny: 'access(5) actions that reject a listed client or only log it',
};
const PLAIN_FAMILIES: readonly PlainFamily[] = ['ipv4', 'ipv6', 'both'];
const NFTABLES_FAMILIES: readonly NftablesFamily[] = ['inet', 'ip', 'ip6', 'bridge', 'netdev'];
/**
 * nft(8) identifiers; 255 characters is the kernel's limit (NFT_NAME_MAXLEN).
 * nft reads some words as keywords ("drop", "counter", ...) even where a
 * name belongs, and nft 1.0 cannot quote names; the keywords change between
 * nft versions, so they are not checked here. Such a file fails `nft -c -f`
 * and `nft -f` as a whole, leaving the loaded sets as they were.
 */
const NFTABLES_NAME = /^[A-Za-z][A-Za-z0-9_]{0,254}$/;

export function defaultOutputs(configFile: string, list: ListKind = 'allow'): OutputSpec[] {
  return [{ path: besideConfig(configFile, DEFAULT_OUTPUT_PATH_OF[list]), format: 'postscreen' }];
}

/**
 * Output paths are relative to the config file. One function for both the
 * default and given paths: ncc rewrites `resolve(dirname(x), 'literal')` into
 * a path inside dist/ (its asset relocation), which would misplace the file.
 */
function besideConfig(configFile: string, path: string): string {
  return resolve(dirname(configFile), path);
}

/** `list`: which list the outputs write (`outputs` or `deny.outputs`); it sets the valid actions. */
export function readOutputs(
  reader: FieldReader,
  field: Field,
  configFile: string,
  list: ListKind = 'allow',
): OutputSpec[] {
  const items = reader.items(field, `a list of outputs, each ${ENTRY_EXPECTED}`);
  if (items === undefined) return [];
  if (items.length === 0) {
    reader.report(
      field,
      `${field.name} is empty; list at least one, or remove the key to write ${DEFAULT_OUTPUT_PATH_OF[list]}`,
    );
  }
  const firstField = new Map<string, string>();
  const outputs: OutputSpec[] = [];
  for (const item of items) {
    const output = readOutput(reader, item, configFile, list);
    if (output === undefined) continue;
    const first = firstField.get(output.path);
    if (first === undefined) {
      firstField.set(output.path, item.name);
      outputs.push(output);
    } else {
      reader.report(
        item,
        `${item.name} writes ${output.path}, as ${first} does; give each output its own path`,
      );
    }
  }
  return outputs;
}

function readOutput(
  reader: FieldReader,
  item: Field,
  configFile: string,
  list: ListKind,
): OutputSpec | undefined {
  if (!isMap(item.node)) {
    reader.reportType(item, ENTRY_EXPECTED);
    return undefined;
  }
  const fields = reader.fields(item, OUTPUT_KEYS, ENTRY_EXPECTED);
  const pathField = fields.get('path');
  const formatField = fields.get('format');
  if (pathField === undefined) {
    reader.report(
      item,
      `${item.name} has no "path"; add one, such as "path: ${DEFAULT_OUTPUT_PATH}"`,
    );
    return undefined;
  }
  const path = readPath(reader, pathField, configFile);
  const format = formatField === undefined ? 'postscreen' : readFormat(reader, formatField);
  if (path === undefined || format === undefined) return undefined;
  return { path, format, ...readOptions(reader, fields, format, list) };
}

function readPath(reader: FieldReader, field: Field, configFile: string): string | undefined {
  const text = reader.text(field, "a file path, relative to the config file's directory");
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    reader.report(
      field,
      `${field.name} is empty; give a file path such as "${DEFAULT_OUTPUT_PATH}"`,
    );
    return undefined;
  }
  const path = besideConfig(configFile, text);
  if (path !== configFile) return path;
  reader.report(field, `${field.name} is the config file itself; choose another path`);
  return undefined;
}

function readFormat(reader: FieldReader, field: Field): OutputFormat | undefined {
  const valid = `one of: ${OUTPUT_FORMATS.join(', ')}`;
  const text = reader.text(field, valid);
  const format = OUTPUT_FORMATS.find((known) => known === text);
  if (text !== undefined && format === undefined) {
    reader.report(field, `${field.name}: "${text}" is not a known format; use ${valid}`);
  }
  return format;
}

type FormatOptions = Omit<OutputSpec, 'path' | 'format'>;

/**
 * The options of `format`; a key of another format is an error. Options
 * that fail validation are left out: the config is discarded anyway.
 */
function readOptions(
  reader: FieldReader,
  fields: ReadonlyMap<string, Field>,
  format: OutputFormat,
  list: ListKind,
): FormatOptions {
  for (const [key, field] of fields) {
    if (key === 'path' || key === 'format' || FORMAT_OPTIONS[format].includes(key)) continue;
    reader.report(
      field,
      `${field.name} is not an option of format "${format}"; ${optionsOf(format)}`,
    );
  }
  switch (format) {
    case 'postfix-access': {
      const action = optional(fields.get('action'), (f) => readAction(reader, f, list));
      return action === undefined ? {} : { action };
    }
    case 'plain': {
      const family = optional(fields.get('family'), (f) => readOneOf(reader, f, PLAIN_FAMILIES));
      return family === undefined ? {} : { family };
    }
    case 'nftables':
      return { nftables: readNftablesNames(reader, fields, list) };
    case 'postscreen':
    case 'json':
      return {};
  }
}

function optionsOf(format: OutputFormat): string {
  const options = FORMAT_OPTIONS[format];
  return options.length === 0
    ? `format "${format}" takes only "path" and "format"`
    : `format "${format}" takes: ${options.join(', ')}`;
}

function optional<T>(
  field: Field | undefined,
  read: (field: Field) => T | undefined,
): T | undefined {
  return field === undefined ? undefined : read(field);
}

function readAction(reader: FieldReader, field: Field, list: ListKind): AccessAction | undefined {
  const actions = ACCESS_ACTIONS_OF[list];
  const valid = `one of: ${actions.join(', ')}`;
  const text = reader.text(field, valid);
  if (text === undefined) return undefined;
  const action = actions.find((known) => known === text);
  if (action !== undefined) return action;
  const upper = actions.find((known) => known === text.toUpperCase());
  reader.report(
    field,
    upper === undefined
      ? `${field.name}: "${text}" is not allowed; use ${valid} (${ACCESS_ACTIONS_WHY[list]})`
      : `${field.name}: write "${upper}" in upper case, as access(5) does`,
  );
  return undefined;
}

function readOneOf<T extends string>(
  reader: FieldReader,
  field: Field,
  valid: readonly T[],
): T | undefined {
  const expected = `one of: ${valid.join(', ')}`;
  const text = reader.text(field, expected);
  const found = valid.find((known) => known === text);
  if (text !== undefined && found === undefined) {
    reader.report(field, `${field.name}: "${text}" is not valid; use ${expected}`);
  }
  return found;
}

function readNftablesNames(
  reader: FieldReader,
  fields: ReadonlyMap<string, Field>,
  list: ListKind,
): Partial<NftablesNames> {
  const names: { -readonly [K in keyof NftablesNames]?: NftablesNames[K] } = {};
  const family = optional(fields.get('family'), (f) => readOneOf(reader, f, NFTABLES_FAMILIES));
  if (family !== undefined) names.family = family;
  for (const key of ['table', 'set4', 'set6'] as const) {
    const name = optional(fields.get(key), (f) => readNftablesName(reader, f));
    if (name !== undefined) names[key] = name;
  }
  // One name for both sets would declare one set with two types.
  const defaults = DEFAULT_NFTABLES_NAMES_OF[list];
  const set4 = names.set4 ?? defaults.set4;
  const clash = fields.get('set6') ?? fields.get('set4');
  if (set4 === (names.set6 ?? defaults.set6) && clash !== undefined) {
    reader.report(
      clash,
      `${clash.name}: the IPv4 and IPv6 sets would both be named "${set4}"; give them different names`,
    );
  }
  return names;
}

function readNftablesName(reader: FieldReader, field: Field): string | undefined {
  const expected =
    'an nftables name: a letter, then letters, digits or "_" (at most 255 characters), such as "spf_allowlist"';
  const text = reader.text(field, expected);
  if (text === undefined) return undefined;
  if (NFTABLES_NAME.test(text)) return text;
  reader.report(field, `${field.name}: "${text}" is not ${expected}`);
  return undefined;
}
