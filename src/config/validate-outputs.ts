// `outputs`: the files to write. Paths are relative to the config file's
// directory, so the same config works wherever the repository is checked out.

import { dirname, resolve } from 'node:path';
import { isMap } from 'yaml';
import type { Field, FieldReader } from './field-reader.js';
import type { OutputFormat, OutputSpec } from './types.js';

export const DEFAULT_OUTPUT_PATH = 'postscreen_spf_allowlist.cidr';
const OUTPUT_KEYS = ['path', 'format'] as const;
const OUTPUT_FORMATS: readonly OutputFormat[] = ['postscreen'];
const ENTRY_EXPECTED = 'a map with keys "path" and "format"';

export function defaultOutputs(configFile: string): OutputSpec[] {
  return [{ path: besideConfig(configFile, DEFAULT_OUTPUT_PATH), format: 'postscreen' }];
}

/**
 * Output paths are relative to the config file. One function for both the
 * default and given paths: ncc rewrites `resolve(dirname(x), 'literal')` into
 * a path inside dist/ (its asset relocation), which would misplace the file.
 */
function besideConfig(configFile: string, path: string): string {
  return resolve(dirname(configFile), path);
}

export function readOutputs(reader: FieldReader, field: Field, configFile: string): OutputSpec[] {
  const items = reader.items(field, `a list of outputs, each ${ENTRY_EXPECTED}`);
  if (items === undefined) return [];
  if (items.length === 0) {
    reader.report(
      field,
      `outputs is empty; list at least one, or remove the key to write ${DEFAULT_OUTPUT_PATH}`,
    );
  }
  const firstField = new Map<string, string>();
  const outputs: OutputSpec[] = [];
  for (const item of items) {
    const output = readOutput(reader, item, configFile);
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

function readOutput(reader: FieldReader, item: Field, configFile: string): OutputSpec | undefined {
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
  return path === undefined || format === undefined ? undefined : { path, format };
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
