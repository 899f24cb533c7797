// `spf-allowlist diff OLD NEW`: the review text for two allowlist files.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AllowlistFileError, parsePostscreen } from '../allowlist/parse-postscreen.js';
import { outcomesFromFiles } from '../review/outcomes-from-files.js';
import { diffAllowlists } from '../review/diff.js';
import { buildReview, renderReviewMarkdown, reviewJson } from '../review/review.js';
import { EXIT_OK, EXIT_RUN_FAILED } from './exit-codes.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

export async function diffCommand(args: string[], terminal: Terminal): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [oldPath, newPath, ...extra] = parsed.positionals;
  if (oldPath === undefined || newPath === undefined || extra.length > 0) {
    throw new UsageError('give two files: OLD NEW');
  }
  try {
    const [before, after] = await Promise.all([readAllowlist(oldPath), readAllowlist(newPath)]);
    const review = buildReview(diffAllowlists(before, after), outcomesFromFiles(before, after));
    terminal.stdout.write(parsed.values.json ? reviewJson(review) : renderReviewMarkdown(review));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof AllowlistFileError) {
      terminal.stderr.write(`${error.message}\n`);
      return EXIT_RUN_FAILED;
    }
    throw error;
  }
}

async function readAllowlist(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  return parsePostscreen(text, path);
}
