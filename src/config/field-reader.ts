// Typed reads of YAML nodes. Each read either returns the value or records
// an issue naming the field, what it must be and what was found, then
// returns undefined so the caller can keep checking the rest of the file.

import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { closestKey } from './closest-key.js';
import type { IssueCollector } from './issue-collector.js';

export type ValueNode = Scalar | YAMLMap | YAMLSeq;

/** One value in the file, with the name messages use for it. */
export interface Field {
  /** Path of the value, such as `dns.timeout` or `senders.webmail[2]`. */
  readonly name: string;
  /** Undefined when the key has no value node at all (`? key`). */
  readonly node: ValueNode | undefined;
  /** Where issues about this value point: the value, or its key when the value is empty. */
  readonly at: Node;
}

export interface MapEntry {
  readonly key: string;
  readonly keyNode: Scalar;
  readonly value: Field;
}

export class FieldReader {
  constructor(
    private readonly doc: Document,
    readonly issues: IssueCollector,
  ) {}

  report(field: Field, message: string): void {
    this.issues.add(field.at, message);
  }

  /** Reports a value of the wrong type: `<name> must be <expected>, got <what it is>`. */
  reportType(field: Field, expected: string): void {
    this.report(field, `${field.name} must be ${expected}, got ${describeValue(field.node)}`);
  }

  /** The entries of a map, in file order; only text keys are returned. */
  entries(field: Field, expected: string): MapEntry[] | undefined {
    if (!isMap(field.node)) {
      this.reportType(field, expected);
      return undefined;
    }
    const result: MapEntry[] = [];
    const seen = new Set<string>();
    for (const pair of field.node.items) {
      const keyNode = this.resolve(pair.key);
      if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
        this.issues.add(
          isScalar(keyNode) ? keyNode : field.at,
          `keys ${placeOf(field.name)} must be text, got ${describeValue(keyNode)}`,
        );
        continue;
      }
      // The YAML parser reports a repeated key; the first one counts.
      if (seen.has(keyNode.value)) continue;
      seen.add(keyNode.value);
      const name = field.name === '' ? keyNode.value : `${field.name}.${keyNode.value}`;
      result.push({ key: keyNode.value, keyNode, value: this.field(name, pair.value, keyNode) });
    }
    return result;
  }

  /**
   * The values of a map whose keys must be among `validKeys`; an unknown key
   * is reported with the valid ones and the closest match.
   */
  fields(field: Field, validKeys: readonly string[], expected: string): Map<string, Field> {
    const found = new Map<string, Field>();
    for (const entry of this.entries(field, expected) ?? []) {
      if (validKeys.includes(entry.key)) found.set(entry.key, entry.value);
      else this.issues.add(entry.keyNode, unknownKeyMessage(entry.key, field.name, validKeys));
    }
    return found;
  }

  /** The items of a list, each as a field named `<list>[<index>]`. */
  items(field: Field, expected: string): Field[] | undefined {
    if (!isSeq(field.node)) {
      this.reportType(field, expected);
      return undefined;
    }
    return field.node.items.map((item, index) =>
      this.field(`${field.name}[${index}]`, item, undefined, field.at),
    );
  }

  text(field: Field, expected: string): string | undefined {
    const value = scalarValue(field.node);
    if (typeof value === 'string') return value;
    this.reportType(field, expected);
    return undefined;
  }

  boolean(field: Field): boolean | undefined {
    const value = scalarValue(field.node);
    if (typeof value === 'boolean') return value;
    // The YAML 1.2 core schema (spec 1.2.2 section 10.3.2) reads only
    // true/false as booleans; yes/no/on/off are text, unlike YAML 1.1.
    const hint = typeof value === 'string' ? '; YAML 1.2 reads yes/no/on/off as text' : '';
    this.report(
      field,
      `${field.name} must be true or false, got ${describeValue(field.node)}${hint}`,
    );
    return undefined;
  }

  /** A finite number accepted by `accepts`; `expected` describes the valid range. */
  number(field: Field, expected: string, accepts: (value: number) => boolean): number | undefined {
    const value = scalarValue(field.node);
    if (typeof value === 'number' && Number.isFinite(value) && accepts(value)) return value;
    this.reportType(field, expected);
    return undefined;
  }

  /**
   * A map value or list item as a field. An empty map value (`hosts:`) has
   * a zero-width node at the end of the line, so issues point at its key.
   */
  private field(name: string, node: unknown, key: Node | undefined, list?: Node): Field {
    const value = this.resolve(node);
    const empty = value === undefined || (isScalar(value) && value.value === null);
    const at = (empty ? key : undefined) ?? nodeOrUndefined(node) ?? list;
    if (at === undefined) throw new TypeError(`no position for ${name}`);
    return { name, node: value, at };
  }

  /** The whole document as a field named "" (the top level). */
  root(): Field | undefined {
    const contents = this.doc.contents;
    if (contents === null) return undefined;
    return { name: '', node: this.resolve(contents), at: contents };
  }

  private resolve(node: unknown): ValueNode | undefined {
    // Aliases were checked for existence and expansion size before validation.
    const target = isAlias(node) ? node.resolve(this.doc) : node;
    return isScalar(target) || isCollection(target) ? target : undefined;
  }
}

function nodeOrUndefined(node: unknown): Node | undefined {
  return isAlias(node) || isScalar(node) || isCollection(node) ? node : undefined;
}

function scalarValue(node: ValueNode | undefined): unknown {
  return isScalar(node) ? node.value : undefined;
}

function unknownKeyMessage(key: string, where: string, validKeys: readonly string[]): string {
  const place = placeOf(where);
  const suggestion = closestKey(key, validKeys);
  const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
  return `unknown key "${key}" ${place}.${hint} Valid keys: ${validKeys.join(', ')}`;
}

function placeOf(mapName: string): string {
  return mapName === '' ? 'at the top level' : `in ${mapName}`;
}

/** What a value is, for "got ..." in messages. */
export function describeValue(node: unknown): string {
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (!isScalar(node)) return 'nothing';
  const value = node.value;
  if (value === null) return 'nothing';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'bigint') {
    // The source text shows what was written: ".inf" rather than "Infinity".
    return `the number ${node.source ?? String(value)}`;
  }
  if (typeof value === 'boolean') return String(value);
  return `a ${node.tag ?? 'tagged'} value`;
}
