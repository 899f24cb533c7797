// The `generate` pipeline shared by the CLI and the Action: for each list
// (the allowlist, and the denylist of `deny:`), read the previous file,
// resolve every source, decide what each keeps (stale blocks, refused
// ranges), build and render the list; then write the files that changed (all
// of them or none) and describe the change, and any range both lists hold,
// for review.

import { basename } from 'node:path';
import { buildAllowlist } from '../allowlist/build.js';
import type { ListKind } from '../allowlist/list-kind.js';
import type { Allowlist } from '../allowlist/model.js';
import { AllowlistJsonError, parseJsonAllowlist } from '../allowlist/parse-json.js';
import { AllowlistFileError, parsePostscreen } from '../allowlist/parse-postscreen.js';
import { renderJson } from '../allowlist/render-json.js';
import { renderNftables } from '../allowlist/render-nftables.js';
import { renderPlain } from '../allowlist/render-plain.js';
import { renderPostfixAccess } from '../allowlist/render-postfix-access.js';
import { POSTSCREEN_ACTION_OF, renderPostscreen } from '../allowlist/render-postscreen.js';
import {
  checkCidrTable,
  formatTableProblem,
  type CidrTableKind,
} from '../check/check-cidr-table.js';
import { decideBlocks } from '../decide/decide-blocks.js';
import type { SourceOutcome } from '../decide/outcome.js';
import { diffAllowlists, type AllowlistDiff } from '../review/diff.js';
import { findOverlaps } from '../review/overlaps.js';
import { buildReview, type DenyReview, type Review } from '../review/review.js';
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
  /**
   * The output files as the open pull request proposes them, read after
   * resolving, for the stale marks it already carries (see decideBlocks).
   */
  readonly proposed?: FileReader;
}

/** Reads a file by its workspace path; undefined when it does not exist. */
export type FileReader = Pick<FileStore, 'read'>;

export interface RenderedOutput {
  readonly spec: OutputSpec;
  readonly content: string;
  readonly changed: boolean;
}

/** One list's part of a run: the allowlist, or the denylist of `deny:`. */
export interface ListReport {
  readonly list: ListKind;
  readonly sources: readonly SourceResolution[];
  readonly outcomes: readonly SourceOutcome[];
  /** The model (the same for both lists). */
  readonly allowlist: Allowlist;
  readonly outputs: readonly RenderedOutput[];
  readonly diff: AllowlistDiff;
}

export interface GenerateReport {
  /** The allowlist's sources, outcomes and model. */
  readonly sources: readonly SourceResolution[];
  readonly outcomes: readonly SourceOutcome[];
  readonly allowlist: Allowlist;
  /** Every output file: the allowlist's, then the denylist's. */
  readonly outputs: readonly RenderedOutput[];
  readonly written: boolean;
  readonly review: Review;
  /** Set when the config has `deny:`. */
  readonly deny: ListReport | undefined;
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

/**
 * Both lists go through generateList concurrently, sharing the resolver (so
 * each name and type is asked once per run); their files are written
 * together, all or none, only when both lists succeeded.
 */
export async function generate(options: GenerateOptions): Promise<GenerateReport> {
  const lists = listConfigs(options.config);
  const { allow, deny } = await settleLists(
    generateList('allow', lists.allow, options),
    lists.deny && generateList('deny', lists.deny, options),
  );
  const outputs = [...allow.outputs, ...(deny?.outputs ?? [])];
  const changed = outputs.filter((o) => o.changed);
  const written = !options.dryRun && changed.length > 0;
  if (written) {
    await options.files.writeAll(changed.map((o) => ({ path: o.spec.path, content: o.content })));
  }
  const review = buildReview(allow.diff, allow.outcomes, deny && denyReview(allow, deny));
  const { sources, outcomes, allowlist } = allow;
  return { sources, outcomes, allowlist, outputs, written, review, deny };
}

/**
 * Each list as a Config of its own: the deny side's sources and outputs in
 * place of the allow side's, every other setting shared.
 */
function listConfigs(config: Config): { allow: Config; deny: Config | undefined } {
  const allow = { ...config, deny: undefined };
  if (config.deny === undefined) return { allow, deny: undefined };
  const { senders, hosts, static: staticRanges, outputs } = config.deny;
  return { allow, deny: { ...allow, senders, hosts, static: staticRanges, outputs } };
}

/** Waits for both lists, so no work is left running when one fails. */
async function settleLists(
  allowRun: Promise<ListReport>,
  denyRun: Promise<ListReport> | undefined,
): Promise<{ allow: ListReport; deny: ListReport | undefined }> {
  const settled = await Promise.allSettled([allowRun, denyRun]);
  const errors = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (errors.length > 0) throw firstFailure(errors);
  return { allow: await allowRun, deny: await denyRun };
}

/** An unexpected error first; run failures of both lists as one, so the log names both. */
function firstFailure(errors: readonly unknown[]): unknown {
  const other = errors.find((e) => !(e instanceof RunFailedError));
  if (other !== undefined) return other;
  const failed = errors.filter((e): e is RunFailedError => e instanceof RunFailedError);
  if (failed.length === 1) return failed[0];
  return new RunFailedError(
    failed.flatMap((e) => e.failures),
    failed.flatMap((e) => e.outcomes),
  );
}

/**
 * One list, allow or deny: read its previous file, resolve its sources,
 * decide, build, render and validate its outputs. Writes nothing.
 */
async function generateList(
  list: ListKind,
  config: Config,
  options: GenerateOptions,
): Promise<ListReport> {
  const previous = await readPrevious(config, options.files, list);
  const sources = await resolveSources(config, options.resolve, options.onSourceDone);
  const proposed = options.proposed && (await readProposed(config, options.proposed, list));
  const decision = decideBlocks(sources, previous, config.policy, options.today, proposed);
  if (decision.failure) {
    throw new RunFailedError([`${FAILURE_PREFIX[list]}${decision.failure}`], decision.outcomes);
  }
  const allowlist = buildAllowlist(basename(config.file), decision.blocks);
  const outputs = await Promise.all(
    config.outputs.map(async (spec) => {
      const content = RENDERERS[spec.format](allowlist, spec, list);
      const before = await options.files.read(spec.path);
      return { spec, content, changed: before !== content };
    }),
  );
  validateTables(outputs, list);
  const diff = diffAllowlists(previous, allowlist);
  return { list, sources, outcomes: decision.outcomes, allowlist, outputs, diff };
}

/** Run failures of the denylist say so; the allowlist's read as they always did. */
const FAILURE_PREFIX: Readonly<Record<ListKind, string>> = { allow: '', deny: 'deny: ' };

function denyReview(allow: ListReport, deny: ListReport): DenyReview {
  return {
    diff: deny.diff,
    outcomes: deny.outcomes,
    overlaps: findOverlaps(allow.allowlist, deny.allowlist),
  };
}

/** Postfix table formats, checked with the mail hosts' own rules (issue #6 scope 4). */
const TABLE_KINDS: Readonly<Record<ListKind, Partial<Record<OutputFormat, CidrTableKind>>>> = {
  allow: { postscreen: 'postscreen', 'postfix-access': 'postfix-access' },
  deny: { postscreen: 'postscreen', 'postfix-access': 'postfix-access-deny' },
};

/** Never hand a mail host a table it would refuse (an empty one included). */
function validateTables(outputs: readonly RenderedOutput[], list: ListKind): void {
  const problems: string[] = [];
  for (const output of outputs) {
    const kind = TABLE_KINDS[list][output.spec.format];
    if (!kind) continue;
    problems.push(
      ...checkCidrTable(output.content, output.spec.path, kind).problems.map(formatTableProblem),
    );
  }
  if (problems.length > 0) throw new RunFailedError(problems);
}

/**
 * The previous list is the state of the last good run (issue #4): read
 * from the list's first output in a format we can parse back. A file that
 * is not ours (or is the other list's) stops the run: guessing would lose or
 * invent ranges.
 */
async function readPrevious(
  config: Config,
  files: FileReader,
  list: ListKind,
): Promise<Allowlist | undefined> {
  for (const spec of config.outputs) {
    const parse = STATE_PARSERS[spec.format];
    if (!parse) continue;
    const text = await files.read(spec.path);
    return text === undefined ? undefined : parse(text, spec.path, list);
  }
  return undefined;
}

/**
 * The pull request's version only lends stale marks; the merged file stays
 * the state. One the pull request's branch holds in a form we cannot read
 * (edited by hand) lends none, and the next publish replaces it.
 */
async function readProposed(
  config: Config,
  files: FileReader,
  list: ListKind,
): Promise<Allowlist | undefined> {
  try {
    return await readPrevious(config, files, list);
  } catch (error) {
    if (error instanceof AllowlistFileError) return undefined;
    throw error;
  }
}

type StateParser = (text: string, file: string, list: ListKind) => Allowlist;

/** Formats whose files can be read back as the previous state. */
const STATE_PARSERS: Partial<Record<OutputFormat, StateParser>> = {
  postscreen: (text, file, list) => parsePostscreen(text, file, POSTSCREEN_ACTION_OF[list]),
  json: parseJsonState,
};

function parseJsonState(text: string, file: string, list: ListKind): Allowlist {
  try {
    return parseJsonAllowlist(text, list);
  } catch (error) {
    if (!(error instanceof AllowlistJsonError)) throw error;
    throw new AllowlistFileError(file, 1, error.message);
  }
}

type Renderer = (allowlist: Allowlist, spec: OutputSpec, list: ListKind) => string;

/** One renderer per `outputs[].format`, for either list. */
const RENDERERS: Record<OutputFormat, Renderer> = {
  postscreen: (allowlist, spec, list) =>
    renderPostscreen(allowlist, `/etc/postfix/${basename(spec.path)}`, POSTSCREEN_ACTION_OF[list]),
  'postfix-access': renderPostfixAccess,
  plain: renderPlain,
  nftables: renderNftables,
  json: (allowlist, _spec, list) => renderJson(allowlist, list),
};
