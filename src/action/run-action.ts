// The Action: inputs -> GenerateSettings -> the same pipeline as the CLI ->
// outputs, annotations and the job summary.

import * as core from '@actions/core';
import { relative, resolve as resolvePath } from 'node:path';
import { runGenerate, utcDate, type GenerateSettings } from '../app/generate-settings.js';
import { ConfigError } from '../config/types.js';
import { parseDnsServer } from '../dns/node-resolver.js';
import { AllowlistFileError } from '../allowlist/parse-postscreen.js';
import { nodeFileStore } from '../files/file-store.js';
import { RunFailedError } from '../pipeline/generate.js';
import type { GenerateReport } from '../pipeline/generate.js';
import { renderMarkdownSummary, summarize, type RunSummary } from '../report/run-summary.js';
import { renderReviewMarkdown, reviewJson } from '../review/review.js';
import { renderMermaid } from '../explain/render-mermaid.js';
import type { SourceResolution } from '../sources/resolution.js';

export function readSettings(workspace: string): GenerateSettings {
  const dnsServers = core
    .getInput('dns-servers')
    .split(/[\s,]+/)
    .filter((s) => s.length > 0)
    .map(parseDnsServer);
  return {
    configPath: resolvePath(workspace, core.getInput('config') || 'spf-allowlist.yml'),
    dnsServers,
    outDir: undefined,
    dryRun: core.getBooleanInput('dry-run'),
    today: utcDate(new Date()),
  };
}

export async function runAction(): Promise<void> {
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  try {
    const settings = readSettings(workspace);
    const run = await core.group('Resolve SPF records', () =>
      runGenerate(settings, nodeFileStore, (source) => {
        core.info(`${source.kind} ${source.name}: done`);
      }),
    );
    const summary = summarize(run.report, workspace);
    setOutputs(run.report, summary, run.queries.sent);
    for (const line of summary.attention) core.warning(line);
    for (const warning of summary.warnings) core.notice(warning);
    await core.summary
      .addRaw(renderReviewMarkdown(run.report.review))
      .addRaw(renderMarkdownSummary(summary, settings.dryRun))
      .addRaw(includeGraph(run.report.sources))
      .write();
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
    if (error instanceof RunFailedError || error instanceof AllowlistFileError) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** Outputs a workflow can branch on (issue #4 scope 7). */
function setOutputs(report: GenerateReport, summary: RunSummary, queries: number): void {
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

/** The include/redirect graph of every sender, collapsed (issue #3, `explain --format mermaid`). */
function includeGraph(sources: readonly SourceResolution[]): string {
  const traces = sources.flatMap((s) => (s.kind === 'sender' ? [s.evaluation.trace] : []));
  if (traces.length === 0) return '';
  return `\n<details><summary>SPF include graph</summary>\n\n\`\`\`mermaid\n${renderMermaid(traces)}\`\`\`\n\n</details>\n`;
}
