// The `generate` pipeline shared by the CLI and the Action: resolve every
// source, build the allowlist, render each output, and write the files that
// changed — all of them or none, and only when every source resolved.

import { basename } from 'node:path';
import { buildAllowlist } from '../allowlist/build.js';
import type { Allowlist } from '../allowlist/model.js';
import { renderPostscreen } from '../allowlist/render-postscreen.js';
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
  readonly onSourceDone?: SourceDone;
}

export interface RenderedOutput {
  readonly spec: OutputSpec;
  readonly content: string;
  readonly changed: boolean;
}

export interface GenerateReport {
  readonly sources: readonly SourceResolution[];
  readonly allowlist: Allowlist;
  readonly outputs: readonly RenderedOutput[];
  readonly written: boolean;
}

/** The run failed; nothing was written. */
export class RunFailedError extends Error {
  constructor(readonly failures: readonly string[]) {
    super(`the run failed and wrote nothing:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    this.name = 'RunFailedError';
  }
}

export async function generate(options: GenerateOptions): Promise<GenerateReport> {
  const { config } = options;
  const sources = await resolveSources(config, options.resolve, options.onSourceDone);
  const failures = transientFailures(sources);
  if (failures.length > 0) throw new RunFailedError(failures);
  const allowlist = buildAllowlist(basename(config.file), sources);
  const outputs = await Promise.all(
    config.outputs.map(async (spec) => {
      const content = render(allowlist, spec);
      const previous = await options.files.read(spec.path);
      return { spec, content, changed: previous !== content };
    }),
  );
  const changed = outputs.filter((o) => o.changed);
  const written = !options.dryRun && changed.length > 0;
  if (written)
    await options.files.writeAll(changed.map((o) => ({ path: o.spec.path, content: o.content })));
  return { sources, allowlist, outputs, written };
}

/** One renderer per `outputs[].format`. */
const RENDERERS: Record<OutputFormat, (allowlist: Allowlist, spec: OutputSpec) => string> = {
  postscreen: (allowlist, spec) =>
    renderPostscreen(allowlist, `/etc/postfix/${basename(spec.path)}`),
};

function render(allowlist: Allowlist, spec: OutputSpec): string {
  return RENDERERS[spec.format](allowlist, spec);
}

/**
 * First version of the failure policy (DESIGN.md): a transient DNS failure
 * anywhere fails the run, so a hiccup never shrinks the allowlist.
 */
function transientFailures(sources: readonly SourceResolution[]): string[] {
  const failures: string[] = [];
  for (const source of sources) {
    if (source.kind === 'host' && source.transient)
      failures.push(`host ${source.name}: ${source.transient}`);
    if (source.kind === 'sender' && source.evaluation.status === 'temperror') {
      const reasons = source.evaluation.findings
        .filter((f) => f.kind === 'dns-transient')
        .map((f) => f.message);
      failures.push(`sender ${source.name}: ${reasons.join('; ') || 'temporary DNS error'}`);
    }
  }
  return failures;
}
