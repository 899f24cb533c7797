// The Action: inputs -> settings -> the same pipeline as the CLI -> one pull
// request (issue #5) -> outputs, annotations and the job summary.

import * as core from '@actions/core';
import { relative } from 'node:path';
import { runGenerate, type GenerateRun } from '../app/generate-settings.js';
import { ConfigError } from '../config/types.js';
import { renderMermaid } from '../explain/render-mermaid.js';
import { nodeFileStore } from '../files/file-store.js';
import type { PublishResult } from '../github/publish-request.js';
import type { GenerateReport } from '../pipeline/generate.js';
import { renderMarkdownSummary, summarize, type RunSummary } from '../report/run-summary.js';
import { renderReviewMarkdown, reviewJson } from '../review/review.js';
import type { SourceResolution } from '../sources/resolution.js';
import { actionWorkspace, readActionSettings, type ActionSettings } from './action-settings.js';
import { changeRequest } from './change-request.js';
import { describePublishResult, publishStep } from './publish-step.js';

export async function runAction(): Promise<void> {
  const workspace = actionWorkspace(process.env);
  try {
    await act(readActionSettings(process.env, new Date()));
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const issue of error.issues) {
        core.error(issue.message, {
          file: relative(workspace, issue.file),
          startLine: issue.line,
          startColumn: issue.column,
        });
      }
      core.setFailed(`${error.issues.length} error(s) in the config file; nothing was written.`);
      return;
    }
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

async function act(settings: ActionSettings): Promise<void> {
  const run = await core.group('Resolve SPF records', () =>
    runGenerate(settings.generate, nodeFileStore, (source) => {
      core.info(`${source.kind} ${source.name}: done`);
    }),
  );
  const summary = summarize(run.report, settings.workspace);
  setRunOutputs(run.report, summary, run.queries.sent);
  for (const line of summary.attention) core.warning(line);
  for (const warning of summary.warnings) core.notice(warning);
  let published: PublishResult | undefined;
  try {
    published = await publish(run, settings);
  } finally {
    // Written even when publishing failed: the review explains what was being proposed.
    await writeJobSummary(run, summary, settings.generate.dryRun, published);
  }
}

/** Proposes the change as one pull request; in a dry run, only reads what it would do. */
async function publish(
  run: GenerateRun,
  settings: ActionSettings,
): Promise<PublishResult | undefined> {
  const { publish: target, generate, workspace } = settings;
  if (target === undefined) {
    core.info(
      'The token input is empty: the files are in the workspace, and nothing is published.',
    );
    return undefined;
  }
  const request = changeRequest(run.report, workspace, target, generate.dryRun);
  const result = await core.group('Publish the change', () => publishStep(request, target, core));
  core.info(describePublishResult(result, generate.dryRun));
  setPublishOutputs(result);
  return result;
}

/** Outputs a workflow can branch on (issue #4 scope 7). */
function setRunOutputs(report: GenerateReport, summary: RunSummary, queries: number): void {
  const { review } = report;
  core.setOutput('changed', String(report.outputs.some((o) => o.changed)));
  core.setOutput('files', JSON.stringify(summary.outputs.map((o) => o.path)));
  core.setOutput('queries', String(queries));
  core.setOutput('added', String(review.diff.rangesAdded));
  core.setOutput('removed', String(review.diff.rangesRemoved));
  core.setOutput('stale', String(report.outcomes.filter((o) => o.outcome === 'stale').length));
  core.setOutput('needs-attention', String(review.needsAttention));
  core.setOutput('headline', review.headline);
  core.setOutput('review-json', reviewJson(review));
}

/** Issue #5 scope 1; `changed` now compares with the base branch rather than the checkout. */
function setPublishOutputs(result: PublishResult): void {
  core.setOutput('changed', String(result.changed));
  core.setOutput('pull-request-operation', result.operation);
  core.setOutput('pull-request-number', result.number === undefined ? '' : String(result.number));
  core.setOutput('pull-request-url', result.url ?? '');
  core.setOutput('commit-sha', result.commitSha ?? '');
}

async function writeJobSummary(
  run: GenerateRun,
  summary: RunSummary,
  dryRun: boolean,
  published: PublishResult | undefined,
): Promise<void> {
  await core.summary
    .addRaw(published === undefined ? '' : `${describePublishResult(published, dryRun)}\n\n`)
    .addRaw(renderReviewMarkdown(run.report.review))
    .addRaw(renderMarkdownSummary(summary, dryRun))
    .addRaw(includeGraph(run.report.sources))
    .write();
}

/** The include/redirect graph of every sender, collapsed (issue #3, `explain --format mermaid`). */
function includeGraph(sources: readonly SourceResolution[]): string {
  const traces = sources.flatMap((s) => (s.kind === 'sender' ? [s.evaluation.trace] : []));
  if (traces.length === 0) return '';
  return `\n<details><summary>SPF include graph</summary>\n\n\`\`\`mermaid\n${renderMermaid(traces)}\`\`\`\n\n</details>\n`;
}
