// One options object for `generate`, filled from argv (CLI) or inputs
// (Action), and the step that turns it into a pipeline run.

import { dirname, join, relative } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import type { Config, DnsServer, OutputSpec } from '../config/types.js';
import { countSources } from '../config/validate-limits.js';
import { createBoundedResolver } from '../dns/bounded-resolver.js';
import { createCachedResolver } from '../dns/cached-resolver.js';
import { createNodeResolver } from '../dns/node-resolver.js';
import type { Resolve } from '../dns/port.js';
import type { FileStore } from '../files/file-store.js';
import { withWorkspaceLock } from '../files/workspace-lock.js';
import { generate, type FileReader, type GenerateReport } from '../pipeline/generate.js';
import type { SourceDone } from '../sources/resolve-sources.js';

export interface GenerateSettings {
  readonly configPath: string;
  /** Overrides the config's `dns.servers` when non-empty. */
  readonly dnsServers: readonly DnsServer[];
  /** Write outputs under this directory instead of next to the config. */
  readonly outDir: string | undefined;
  readonly dryRun: boolean;
  /** Today (YYYY-MM-DD, UTC), read from the clock by the entry point. */
  readonly today: string;
}

export interface GenerateRun {
  readonly config: Config;
  readonly report: GenerateReport;
  readonly queries: { sent: number; distinct: number };
}

/** What the entry point adds to a run besides its settings and files. */
export interface RunHooks {
  readonly onSourceDone?: SourceDone;
  readonly onStart?: (progress: { readonly total: number; inFlight(): number }) => void;
  /** The output files as an open pull request proposes them (GenerateOptions.proposed). */
  readonly proposed?: FileReader;
}

export async function runGenerate(
  settings: GenerateSettings,
  files: FileStore,
  hooks: RunHooks = {},
): Promise<GenerateRun> {
  const { onSourceDone, onStart, proposed } = hooks;
  const config = applySettings(await loadConfig(settings.configPath), settings);
  // Under the cache, so the limits count only the queries actually sent.
  const bounded = createBoundedResolver(resolverFor(config), config.limits);
  const cached = createCachedResolver(bounded, {
    concurrency: config.dns.concurrency,
    deadlineMs: config.dns.deadlineMs,
  });
  onStart?.({ total: countSources(config), inFlight: () => cached.inFlight() });
  const run = () =>
    generate({
      config,
      resolve: cached.resolve,
      files,
      dryRun: settings.dryRun,
      today: settings.today,
      ...(onSourceDone ? { onSourceDone } : {}),
      ...(proposed ? { proposed } : {}),
    });
  // A dry run writes nothing, so it need not wait for (or block) a real run.
  const outputPaths = [...config.outputs, ...(config.deny?.outputs ?? [])].map((o) => o.path);
  const report = settings.dryRun
    ? await run()
    : await withWorkspaceLock(config.file, outputPaths, run);
  const stats = cached.stats();
  return { config, report, queries: { sent: stats.queriesSent, distinct: stats.distinctQueries } };
}

function resolverFor(config: Config): Resolve {
  return createNodeResolver({
    servers: config.dns.servers,
    timeoutMs: config.dns.timeoutMs,
    tries: config.dns.tries,
  });
}

export function applySettings(config: Config, settings: GenerateSettings): Config {
  const configDir = dirname(config.file);
  const outDir = settings.outDir;
  const place = (outputs: readonly OutputSpec[]) =>
    outDir
      ? outputs.map((o) => ({ ...o, path: join(outDir, relative(configDir, o.path)) }))
      : outputs;
  return {
    ...config,
    dns:
      settings.dnsServers.length > 0 ? { ...config.dns, servers: settings.dnsServers } : config.dns,
    outputs: place(config.outputs),
    deny: config.deny && { ...config.deny, outputs: place(config.deny.outputs) },
  };
}

/** The clock's date as stale marks record it. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
