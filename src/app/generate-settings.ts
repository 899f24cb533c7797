// One options object for `generate`, filled from argv (CLI) or inputs
// (Action), and the step that turns it into a pipeline run.

import { dirname, join, relative } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import type { Config, DnsServer } from '../config/types.js';
import { createCachedResolver } from '../dns/cached-resolver.js';
import { createNodeResolver } from '../dns/node-resolver.js';
import type { Resolve } from '../dns/port.js';
import type { FileStore } from '../files/file-store.js';
import { generate, type GenerateReport } from '../pipeline/generate.js';
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

export async function runGenerate(
  settings: GenerateSettings,
  files: FileStore,
  onSourceDone?: SourceDone,
  onStart?: (progress: { readonly total: number; inFlight(): number }) => void,
): Promise<GenerateRun> {
  const config = applySettings(await loadConfig(settings.configPath), settings);
  const cached = createCachedResolver(resolverFor(config), {
    concurrency: config.dns.concurrency,
    deadlineMs: config.dns.deadlineMs,
  });
  onStart?.({ total: sourceCount(config), inFlight: () => cached.inFlight() });
  const report = await generate({
    config,
    resolve: cached.resolve,
    files,
    dryRun: settings.dryRun,
    today: settings.today,
    ...(onSourceDone ? { onSourceDone } : {}),
  });
  const stats = cached.stats();
  return { config, report, queries: { sent: stats.queriesSent, distinct: stats.distinctQueries } };
}

function sourceCount(config: Config): number {
  const senders = config.senders.reduce((n, g) => n + g.domains.length, 0);
  return senders + config.hosts.length + config.static.length;
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
  return {
    ...config,
    dns:
      settings.dnsServers.length > 0 ? { ...config.dns, servers: settings.dnsServers } : config.dns,
    outputs: outDir
      ? config.outputs.map((o) => ({ ...o, path: join(outDir, relative(configDir, o.path)) }))
      : config.outputs,
  };
}

/** The clock's date as stale marks record it. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
