// The `generate` pipeline shared by the CLI and the Action: read the previous
// allowlist, resolve every source, decide what each keeps (stale blocks,
// refused ranges), build and render the allowlist, write the files that
// changed (all of them or none), and describe the change for review.

import { basename } from 'node:path';
import { buildAllowlist } from '../allowlist/build.js';
import type { Allowlist } from '../allowlist/model.js';
import { AllowlistJsonError, parseJsonAllowlist } from '../allowlist/parse-json.js';
import { AllowlistFileError, parsePostscreen } from '../allowlist/parse-postscreen.js';
import { renderJson } from '../allowlist/render-json.js';
import { renderNftables } from '../allowlist/render-nftables.js';
import { renderPlain } from '../allowlist/render-plain.js';
import { renderPostfixAccess } from '../allowlist/render-postfix-access.js';
import { renderPostscreen } from '../allowlist/render-postscreen.js';
import {
  checkCidrTable,
  formatTableProblem,
  type CidrTableKind,
} from '../check/check-cidr-table.js';
import { decideBlocks } from '../decide/decide-blocks.js';
import type { SourceOutcome } from '../decide/outcome.js';
import { diffAllowlists } from '../review/diff.js';
import { buildReview, type Review } from '../review/review.js';
import type { Config, OutputFormat, OutputSpec } from '../config/types.js';
import type { Resolve } from '../dns/port.js';
import type { FileStore } from '../files/file-store.js';
import type { SourceResolution } from '../sources/resolution.js';
import { resolveSources, type SourceDone } from '../sources/resolve-sources.js';

export interface GenerateOptions {
  readonly config: Config;
  readonly resolve: Resolve;
  readonly files: FileStore;
  /** Resolve and render, but write nothing. */
  readonly dryRun: boolean;
  /** Today's date (YYYY-MM-DD, UTC): when a stale block started being kept. */
  readonly today: string;
  readonly onSourceDone?: SourceDone;
}

export interface RenderedOutput {
  readonly spec: OutputSpec;
  readonly content: string;
  readonly changed: boolean;
}

export interface GenerateReport {
  readonly sources: readonly SourceResolution[];
  readonly outcomes: readonly SourceOutcome[];
  readonly allowlist: Allowlist;
  readonly outputs: readonly RenderedOutput[];
  readonly written: boolean;
  readonly review: Review;
}

/** The run failed; nothing was written. */
export class RunFailedError extends Error {
  constructor(
    readonly failures: readonly string[],
    readonly outcomes: readonly SourceOutcome[] = [],
  ) {
    super(`the run failed and wrote nothing:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    this.name = 'RunFailedError';
  }
}

export async function generate(options: GenerateOptions): Promise<GenerateReport> {
  const { config } = options;
  const previous = await readPrevious(config, options.files);
  const sources = await resolveSources(config, options.resolve, options.onSourceDone);
  const decision = decideBlocks(sources, previous, config.policy, options.today);
  if (decision.failure) throw new RunFailedError([decision.failure], decision.outcomes);
  const allowlist = buildAllowlist(basename(config.file), decision.blocks);
  const outputs = await Promise.all(
    config.outputs.map(async (spec) => {
      const content = render(allowlist, spec);
      const before = await options.files.read(spec.path);
      return { spec, content, changed: before !== content };
    }),
  );
  validateTables(outputs);
  const changed = outputs.filter((o) => o.changed);
  const written = !options.dryRun && changed.length > 0;
  if (written) {
    await options.files.writeAll(changed.map((o) => ({ path: o.spec.path, content: o.content })));
  }
  const review = buildReview(diffAllowlists(previous, allowlist), decision.outcomes);
  return { sources, outcomes: decision.outcomes, allowlist, outputs, written, review };
}

/** Postfix table formats, checked with the mail hosts' own rules (issue #6 scope 4). */
const TABLE_KINDS: Partial<Record<OutputFormat, CidrTableKind>> = {
  postscreen: 'postscreen',
  'postfix-access': 'postfix-access',
};

/** Never hand a mail host a table it would refuse (an empty one included). */
function validateTables(outputs: readonly RenderedOutput[]): void {
  const problems: string[] = [];
  for (const output of outputs) {
    const kind = TABLE_KINDS[output.spec.format];
    if (!kind) continue;
    problems.push(
      ...checkCidrTable(output.content, output.spec.path, kind).problems.map(formatTableProblem),
    );
  }
  if (problems.length > 0) throw new RunFailedError(problems);
}

/**
 * The previous allowlist is the state of the last good run (issue #4): read
 * from the first output in a format we can parse back. A file that is not
 * ours stops the run: guessing would lose or invent ranges.
 */
async function readPrevious(config: Config, files: FileStore): Promise<Allowlist | undefined> {
  for (const spec of config.outputs) {
    const parse = STATE_PARSERS[spec.format];
    if (!parse) continue;
    const text = await files.read(spec.path);
    return text === undefined ? undefined : parse(text, spec.path);
  }
  return undefined;
}

/** Formats whose files can be read back as the previous state. */
const STATE_PARSERS: Partial<Record<OutputFormat, (text: string, file: string) => Allowlist>> = {
  postscreen: parsePostscreen,
  json: parseJsonState,
};

function parseJsonState(text: string, file: string): Allowlist {
  try {
    return parseJsonAllowlist(text);
  } catch (error) {
    if (!(error instanceof AllowlistJsonError)) throw error;
    throw new AllowlistFileError(file, 1, error.message);
  }
}

/** One renderer per `outputs[].format`. */
const RENDERERS: Record<OutputFormat, (allowlist: Allowlist, spec: OutputSpec) => string> = {
  postscreen: (allowlist, spec) =>
    renderPostscreen(allowlist, `/etc/postfix/${basename(spec.path)}`),
  'postfix-access': renderPostfixAccess,
  plain: renderPlain,
  nftables: renderNftables,
  json: renderJson,
};

function render(allowlist: Allowlist, spec: OutputSpec): string {
  return RENDERERS[spec.format](allowlist, spec);
}
