// `spf-allowlist generate`: argv -> GenerateSettings -> pipeline -> summary.

import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { runGenerate, utcDate, type GenerateSettings } from '../app/generate-settings.js';
import { ConfigError } from '../config/types.js';
import { parseDnsServer } from '../dns/node-resolver.js';
import { AllowlistFileError } from '../allowlist/parse-postscreen.js';
import { nodeFileStore } from '../files/file-store.js';
import { RunFailedError } from '../pipeline/generate.js';
import { renderTextSummary, summarize } from '../report/run-summary.js';
import { reviewJson } from '../review/review.js';
import { EXIT_OK, EXIT_RUN_FAILED, EXIT_USAGE } from './exit-codes.js';
import { ProgressLine } from './progress-line.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

export function parseGenerateArgs(
  args: readonly string[],
  cwd: string,
): GenerateSettings & { json: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        config: { type: 'string', short: 'c', default: 'spf-allowlist.yml' },
        'dns-server': { type: 'string', multiple: true, default: [] },
        'out-dir': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: false,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  const dnsServers = values['dns-server'].map((text) => {
    try {
      return parseDnsServer(text);
    } catch (error) {
      throw new UsageError(`--dns-server: ${(error as Error).message}`);
    }
  });
  return {
    configPath: resolvePath(cwd, values.config),
    dnsServers,
    outDir: values['out-dir'] === undefined ? undefined : resolvePath(cwd, values['out-dir']),
    dryRun: values['dry-run'],
    today: utcDate(new Date()),
    json: values.json,
  };
}

export async function generateCommand(args: string[], terminal: Terminal): Promise<number> {
  const settings = parseGenerateArgs(args, process.cwd());
  const progress = new ProgressLine(terminal.stderr);
  try {
    const run = await runGenerate(settings, nodeFileStore, {
      onSourceDone: (source) => {
        progress.sourceDone(source.name);
      },
      onStart: (run) => {
        progress.track(run);
      },
    });
    progress.clear();
    if (settings.dryRun) {
      for (const output of run.report.outputs) {
        terminal.stdout.write(
          `==> ${output.spec.path} (dry run, not written) <==\n${output.content}\n`,
        );
      }
    }
    const summary = summarize(run.report, process.cwd());
    terminal.stderr.write(renderTextSummary(summary, settings.dryRun ? 'dry-run' : 'written'));
    if (settings.json) terminal.stdout.write(reviewJson(run.report.review));
    return EXIT_OK;
  } catch (error) {
    progress.clear();
    if (error instanceof ConfigError) {
      terminal.stderr.write(
        `${error.message}\n${error.issues.length} error(s) in the config; nothing was written.\n`,
      );
      return EXIT_USAGE;
    }
    if (error instanceof RunFailedError || error instanceof AllowlistFileError) {
      terminal.stderr.write(`${error.message}\n`);
      return EXIT_RUN_FAILED;
    }
    throw error;
  }
}
