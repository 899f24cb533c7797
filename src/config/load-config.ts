// Reads `spf-allowlist.yml` into a validated Config, or throws one
// ConfigError listing every problem with its line and column.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { checkYamlDocument } from './check-yaml-document.js';
import { FieldReader } from './field-reader.js';
import { IssueCollector } from './issue-collector.js';
import { type Config, ConfigError, type ConfigIssue } from './types.js';
import { validateConfig } from './validate-config.js';

/**
 * Parses and validates config text. `file` is the config's absolute path:
 * it names the file in messages and anchors relative output paths.
 */
export function parseConfig(text: string, file: string): Config {
  const lines = new LineCounter();
  // prettyErrors off: messages stay one line; positions come from `lines`.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const issues = new IssueCollector(file, lines);
  const sound = checkYamlDocument(doc, issues);
  const config = sound ? validateConfig(new FieldReader(doc, issues), file) : undefined;
  if (config === undefined || issues.issues.length > 0) {
    throw new ConfigError(inFileOrder(issues.issues));
  }
  return config;
}

/** Reads and validates the config file; an unreadable file is a ConfigError at 1:1. */
export async function loadConfig(file: string): Promise<Config> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError([{ file: path, line: 1, column: 1, message: unreadableMessage(error) }]);
  }
  return parseConfig(text, path);
}

function unreadableMessage(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') {
    return 'the config file does not exist; pass the path of spf-allowlist.yml (start from examples/spf-allowlist.yml)';
  }
  if (code === 'EISDIR') return 'this is a directory; pass the path of the config file itself';
  if (code === 'EACCES') return 'the config file cannot be read: permission denied';
  return `the config file cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

function inFileOrder(issues: readonly ConfigIssue[]): ConfigIssue[] {
  // Array.prototype.sort is stable, so issues at one spot keep their order.
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}
