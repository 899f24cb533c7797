// `spf-allowlist check [--format KIND] FILE...`: the validation the mail
// hosts run (mailhost/spf-allowlist-pull), from the CLI. Exit 0 when every
// file is a valid cidr table, 1 when any is not, 2 for bad usage or an
// unreadable file.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  checkCidrTable,
  formatTableProblem,
  TABLE_ACTIONS,
  type CidrTableKind,
} from '../check/check-cidr-table.js';
import { EXIT_OK, EXIT_RUN_FAILED, EXIT_USAGE } from './exit-codes.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

export interface CheckArgs {
  readonly kind: CidrTableKind;
  readonly files: readonly string[];
}

const KINDS = Object.keys(TABLE_ACTIONS) as CidrTableKind[];

export function parseCheckArgs(args: readonly string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { format: { type: 'string', default: 'postscreen' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const kind = KINDS.find((known) => known === parsed.values.format);
  if (kind === undefined) {
    throw new UsageError(`--format "${parsed.values.format}" is not one of: ${KINDS.join(', ')}`);
  }
  if (parsed.positionals.length === 0) {
    throw new UsageError('no file given; usage: spf-allowlist check [--format KIND] FILE...');
  }
  return { kind, files: parsed.positionals };
}

export async function checkCommand(args: string[], terminal: Terminal): Promise<number> {
  const { kind, files } = parseCheckArgs(args);
  let invalid = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      terminal.stderr.write(
        `spf-allowlist check: cannot read ${file}: ${(error as Error).message}\n`,
      );
      return EXIT_USAGE;
    }
    const report = checkCidrTable(text, file, kind);
    for (const problem of report.problems) {
      terminal.stderr.write(`${formatTableProblem(problem)}\n`);
    }
    if (report.problems.length > 0) {
      invalid += 1;
      terminal.stdout.write(`${file}: INVALID, ${report.problems.length} problem(s)\n`);
    } else {
      terminal.stdout.write(`${file}: ok, ${report.entries} entries\n`);
    }
  }
  return invalid === 0 ? EXIT_OK : EXIT_RUN_FAILED;
}
