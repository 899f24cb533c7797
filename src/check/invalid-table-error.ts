// The thrown form of a failed table check, for code that must stop (the
// Action before it commits a generated file) rather than report.

import {
  checkCidrTable,
  formatTableProblem,
  type CidrTableKind,
  type TableProblem,
} from './check-cidr-table.js';

export class InvalidCidrTableError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly TableProblem[],
  ) {
    super(
      `${file} is not a valid Postfix cidr table (${problems.length} problem(s)):\n` +
        problems.map(formatTableProblem).join('\n'),
    );
    this.name = 'InvalidCidrTableError';
  }
}

/** Throws InvalidCidrTableError listing every problem; returns the entry count. */
export function assertValidCidrTable(
  text: string,
  file: string,
  kind: CidrTableKind = 'postscreen',
): number {
  const report = checkCidrTable(text, file, kind);
  if (report.problems.length > 0) throw new InvalidCidrTableError(file, report.problems);
  return report.entries;
}
