// Collects every problem found in one config file, so the user fixes them
// all in one round instead of one per run.

import type { LineCounter, Node } from 'yaml';
import { shortenQuotedValues } from './shorten-quoted.js';
import type { ConfigIssue, SourcePosition } from './types.js';

export class IssueCollector {
  readonly #issues: ConfigIssue[] = [];

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  get issues(): readonly ConfigIssue[] {
    return this.#issues;
  }

  /** 1-based line and column of a character offset in the file. */
  positionAt(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** Where a node starts; a node without a range (made up by the parser) is placed at the top. */
  positionOf(node: Node): SourcePosition {
    return this.positionAt(node.range?.[0] ?? 0);
  }

  addAt(position: SourcePosition, message: string): void {
    this.#issues.push({
      file: this.file,
      line: position.line,
      column: position.column,
      message: shortenQuotedValues(message),
    });
  }

  add(node: Node, message: string): void {
    this.addAt(this.positionOf(node), message);
  }
}
