// Problems the YAML layer finds before any key is read: syntax errors,
// duplicate keys, unknown tags and aliases that are undefined or expand
// into a huge tree (the "billion laughs" attack).

import { isScalar, visit, type Alias, type Document, type YAMLError } from 'yaml';
import type { IssueCollector } from './issue-collector.js';

/** Limits how many nodes one alias may expand to; a real config needs few or no aliases. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Records the document's YAML-level problems. Returns whether the node tree
 * is sound enough to validate: a duplicate key leaves it usable, a syntax
 * error or a bad alias does not.
 */
export function checkYamlDocument(doc: Document, issues: IssueCollector): boolean {
  for (const error of doc.errors) {
    issues.addAt(issues.positionAt(error.pos[0]), yamlErrorMessage(error, doc));
  }
  for (const warning of doc.warnings) {
    issues.addAt(
      issues.positionAt(warning.pos[0]),
      `YAML: ${warning.message}; remove it or write plain values`,
    );
  }
  if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY')) return false;
  return checkAliases(doc, issues);
}

function yamlErrorMessage(error: YAMLError, doc: Document): string {
  if (error.code !== 'DUPLICATE_KEY') return `YAML syntax error: ${error.message}`;
  const key = keyTextAt(doc, error.pos[0]);
  const named = key === undefined ? 'a key' : `the key ${JSON.stringify(key)}`;
  return `${named} appears twice in the same map; give each key once`;
}

/** The text of the map key that starts at `offset`, as the parser read it. */
function keyTextAt(doc: Document, offset: number): string | undefined {
  let text: string | undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        text = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return text;
}

function checkAliases(doc: Document, issues: IssueCollector): boolean {
  const aliases: Alias[] = [];
  visit(doc, {
    Alias(_key, node) {
      aliases.push(node);
    },
  });
  const unresolved = aliases.filter((alias) => alias.resolve(doc) === undefined);
  for (const alias of unresolved) {
    issues.add(
      alias,
      `the alias *${alias.source} has no anchor &${alias.source} before it; define the anchor first`,
    );
  }
  if (unresolved.length > 0) return false;
  const first = aliases[0];
  if (first === undefined || !expandsTooFar(doc)) return true;
  issues.add(
    first,
    `aliases here expand to more than ${MAX_ALIAS_COUNT} values each; write the values out instead of nesting aliases`,
  );
  return false;
}

function expandsTooFar(doc: Document): boolean {
  try {
    // toJS counts every alias expansion and throws once one exceeds the limit.
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return false;
  } catch (error) {
    if (error instanceof ReferenceError) return true;
    throw error;
  }
}
