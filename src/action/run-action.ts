// The Action: inputs -> settings -> the same pipeline as the CLI -> one pull
// request (issue #5) -> outputs, annotations and the job summary.

import { relative } from 'node:path';
import { runGenerate, type GenerateRun, type RunHooks } from '../app/generate-settings.js';
import { ConfigError } from '../config/types.js';
import { renderMermaid } from '../explain/render-mermaid.js';
import { nodeFileStore } from '../files/file-store.js';
import { holdWrites } from '../files/held-writes.js';
import type { PublishResult } from '../github/publish-request.js';
import type { RepositoryPort } from '../github/repository-port.js';
import type { GenerateReport } from '../pipeline/generate.js';
import {
  renderMarkdownSummary,
  summarize,
  type RunSummary,
  type WriteState,
} from '../report/run-summary.js';
import { renderReviewMarkdown, reviewJson } from '../review/review.js';
import type { SourceResolution } from '../sources/resolution.js';
import {
  actionWorkspace,
  readActionSettings,
  type ActionSettings,
  type PublishSettings,
} from './action-settings.js';
import { changeRequest } from './change-request.js';
import { proposedFiles } from './proposed-files.js';
import {
  connectRepository,
  describePublishResult,
  publishStep,
  type PublishLog,
} from './publish-step.js';
import {
  annotate,
  appendJobSummary,
  fail,
  inGroup,
  logInfo,
  setOutput,
} from './workflow-commands.js';

type SetOutput = (name: string, value: string) => void;

/** Publishing's progress: retries as log lines, what the token may lack as warnings. */
const publishLog: PublishLog = {
  info(message) {
    logInfo(message);
  },
  warning(message) {
    annotate('warning', message);
  },
};

export async function runAction(): Promise<void> {
  const workspace = actionWorkspace(process.env);
  try {
    await act(readActionSettings(process.env, new Date()));
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const issue of error.issues) {
        annotate('error', issue.message, {
          file: relative(workspace, issue.file),
          startLine: issue.line,
          startColumn: issue.column,
        });
      }
      fail(`${error.issues.length} error(s) in the config file; nothing was written.`);
      return;
    }
    fail(error instanceof Error ? error.message : String(error));
  }
}

/** Where the change goes, and one GitHub client for the run, made on first use (after resolving). */
interface Publisher {
  readonly target: PublishSettings;
  readonly connect: () => Promise<RepositoryPort>;
}

function publisherFor(target: PublishSettings): Publisher {
  let port: Promise<RepositoryPort> | undefined;
  return { target, connect: () => (port ??= connectRepository(target, publishLog)) };
}

async function act(settings: ActionSettings): Promise<void> {
  const publisher = settings.publish && publisherFor(settings.publish);
  const hooks: RunHooks = {
    onSourceDone: (source) => {
      logInfo(`${source.kind} ${source.name}: done`);
    },
    ...(publisher && {
      proposed: proposedFiles(publisher.target, settings.workspace, publisher.connect),
    }),
  };
  const { dryRun } = settings.generate;
  // When publishing, the workspace gets the files only once the pull request
  // holds them: a run that fails to publish leaves every file as it was.
  const writes = publisher && !dryRun ? holdWrites(nodeFileStore) : undefined;
  const run = await inGroup('Resolve SPF records', () =>
    runGenerate(settings.generate, writes?.store ?? nodeFileStore, hooks),
  );
  const summary = summarize(run.report, settings.workspace);
  const output = (name: string, value: string): void => {
    setOutput(settings.runnerFiles.outputs, name, value);
  };
  setRunOutputs(output, run.report, summary, run.queries.sent);
  for (const line of summary.attention) annotate('warning', line);
  for (const warning of summary.warnings) annotate('notice', warning);
  let published: PublishResult | undefined;
  let files: WriteState = dryRun ? 'dry-run' : writes ? 'not-written' : 'written';
  try {
    published = await publish(run, settings, publisher, output);
    if (writes) {
      await writes.release();
      files = 'written';
    }
  } finally {
    // Written even when publishing failed: the review explains what was being proposed.
    appendJobSummary(
      settings.runnerFiles.jobSummary,
      jobSummary(run, summary, { dryRun, files }, published),
    );
  }
}

/** Proposes the change as one pull request; in a dry run, only reads what it would do. */
async function publish(
  run: GenerateRun,
  settings: ActionSettings,
  publisher: Publisher | undefined,
  output: SetOutput,
): Promise<PublishResult | undefined> {
  const { generate, workspace } = settings;
  if (publisher === undefined) {
    logInfo('The token input is empty: the files are in the workspace, and nothing is published.');
    return undefined;
  }
  const { target, connect } = publisher;
  const request = changeRequest(run.report, workspace, target, generate.dryRun);
  const result = await inGroup('Publish the change', () =>
    publishStep(request, target, publishLog, connect),
  );
  logInfo(describePublishResult(result, generate.dryRun));
  setPublishOutputs(output, result);
  return result;
}

/** Outputs a workflow can branch on (issue #4 scope 7). */
function setRunOutputs(
  output: SetOutput,
  report: GenerateReport,
  summary: RunSummary,
  queries: number,
): void {
  const { review } = report;
  output('changed', String(report.outputs.some((o) => o.changed)));
  output('files', JSON.stringify(summary.outputs.map((o) => o.path)));
  output('queries', String(queries));
  output('added', String(review.diff.rangesAdded));
  output('removed', String(review.diff.rangesRemoved));
  output('stale', String(report.outcomes.filter((o) => o.outcome === 'stale').length));
  output('needs-attention', String(review.needsAttention));
  output('headline', review.headline);
  output('review-json', reviewJson(review));
}

/** Issue #5 scope 1; `changed` now compares with the base branch rather than the checkout. */
function setPublishOutputs(output: SetOutput, result: PublishResult): void {
  output('changed', String(result.changed));
  output('pull-request-operation', result.operation);
  output('pull-request-number', result.number === undefined ? '' : String(result.number));
  output('pull-request-url', result.url ?? '');
  output('commit-sha', result.commitSha ?? '');
}

function jobSummary(
  run: GenerateRun,
  summary: RunSummary,
  { dryRun, files }: { readonly dryRun: boolean; readonly files: WriteState },
  published: PublishResult | undefined,
): string {
  return [
    published === undefined ? '' : `${describePublishResult(published, dryRun)}\n\n`,
    renderReviewMarkdown(run.report.review),
    renderMarkdownSummary(summary, files),
    includeGraph(run.report.sources),
  ].join('');
}

/** The include/redirect graph of every sender, collapsed (issue #3, `explain --format mermaid`). */
function includeGraph(sources: readonly SourceResolution[]): string {
  const traces = sources.flatMap((s) => (s.kind === 'sender' ? [s.evaluation.trace] : []));
  if (traces.length === 0) return '';
  return `\n<details><summary>SPF include graph</summary>\n\n\`\`\`mermaid\n${renderMermaid(traces)}\`\`\`\n\n</details>\n`;
}
