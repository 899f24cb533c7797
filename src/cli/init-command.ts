// `spf-allowlist init [DIR] [--force]`: scaffolds the user's allowlist
// repository. Exit 0 written, 1 refused (files exist), 2 bad usage.

import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { planScaffold } from '../init/plan-scaffold.js';
import { ScaffoldConflictError, writeScaffold } from '../init/write-scaffold.js';
import { EXIT_OK, EXIT_RUN_FAILED } from './exit-codes.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

export interface InitArgs {
  readonly dir: string;
  readonly force: boolean;
}

export function parseInitArgs(args: readonly string[], cwd: string): InitArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { force: { type: 'boolean', short: 'f', default: false } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [dir, ...extra] = parsed.positionals;
  if (extra.length > 0) {
    throw new UsageError(
      `one directory at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`,
    );
  }
  return { dir: resolvePath(cwd, dir ?? '.'), force: parsed.values.force };
}

export async function initCommand(args: string[], terminal: Terminal): Promise<number> {
  const { dir, force } = parseInitArgs(args, process.cwd());
  const files = await planScaffold();
  try {
    await writeScaffold(dir, files, force);
  } catch (error) {
    if (error instanceof ScaffoldConflictError) {
      terminal.stderr.write(`spf-allowlist init: ${error.message}\n`);
      return EXIT_RUN_FAILED;
    }
    throw error;
  }
  for (const file of files) terminal.stdout.write(`wrote ${file.path}\n`);
  terminal.stderr.write(
    `Next: edit spf-allowlist.yml, set the action's owner in .github/workflows/spf-allowlist.yml, ` +
      `commit and push; then set up each mail host (mailhost/README.md).\n`,
  );
  return EXIT_OK;
}
