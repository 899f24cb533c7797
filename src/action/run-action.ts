// The Action: inputs -> GenerateSettings -> the same pipeline as the CLI ->
// outputs, annotations and the job summary.

import * as core from '@actions/core';
import { relative, resolve as resolvePath } from 'node:path';
import { runGenerate, type GenerateSettings } from '../app/generate-settings.js';
import { ConfigError } from '../config/types.js';
import { parseDnsServer } from '../dns/node-resolver.js';
import { nodeFileStore } from '../files/file-store.js';
import { RunFailedError } from '../pipeline/generate.js';
import { renderMarkdownSummary, summarize } from '../report/run-summary.js';
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
    const changed = run.report.outputs.some((o) => o.changed);
    core.setOutput('changed', String(changed));
    core.setOutput('files', JSON.stringify(summary.outputs.map((o) => o.path)));
    core.setOutput('queries', String(run.queries.sent));
    for (const warning of summary.warnings) core.warning(warning);
    await core.summary
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
    if (error instanceof RunFailedError) {
      core.setFailed(error.message);
      return;
    }
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** The include/redirect graph of every sender, collapsed (issue #3, `explain --format mermaid`). */
function includeGraph(sources: readonly SourceResolution[]): string {
  const traces = sources.flatMap((s) => (s.kind === 'sender' ? [s.evaluation.trace] : []));
  if (traces.length === 0) return '';
  return `\n<details><summary>SPF include graph</summary>\n\n\`\`\`mermaid\n${renderMermaid(traces)}\`\`\`\n\n</details>\n`;
}
