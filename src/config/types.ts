// The validated configuration: what `spf-allowlist.yml` says, in a shape the
// pipeline can use without re-checking anything.

import type { Cidr } from '../cidr/types.js';

/** Where something was written in the config file, for error messages and provenance. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export interface SenderGroup {
  /** Group name; `senders` when the config gives a plain list. Becomes an output section. */
  readonly name: string;
  readonly domains: readonly { readonly domain: string; readonly at: SourcePosition }[];
}

export interface HostEntry {
  readonly host: string;
  readonly at: SourcePosition;
}

export interface StaticEntry {
  readonly range: Cidr;
  /** The range as written, for messages. */
  readonly text: string;
  readonly note: string;
  readonly at: SourcePosition;
}

export type OutputFormat = 'postscreen';

export interface OutputSpec {
  /** Absolute path (config-relative paths are resolved against the config's directory). */
  readonly path: string;
  readonly format: OutputFormat;
}

export interface DnsServer {
  readonly host: string;
  readonly port: number;
}

export interface DnsSettings {
  /** Empty: the system resolver. */
  readonly servers: readonly DnsServer[];
  readonly timeoutMs: number;
  readonly tries: number;
  readonly concurrency: number;
}

export interface Config {
  /** Absolute path of the config file. */
  readonly file: string;
  readonly senders: readonly SenderGroup[];
  readonly hosts: readonly HostEntry[];
  readonly static: readonly StaticEntry[];
  readonly outputs: readonly OutputSpec[];
  readonly ipv4: boolean;
  readonly ipv6: boolean;
  readonly dns: DnsSettings;
  /** RFC 7208 section 4.6.4: drop domains a receiver would permerror for exceeding limits. */
  readonly strict: boolean;
}

/** One problem in the config file; all are reported at once. */
export interface ConfigIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export class ConfigError extends Error {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}
