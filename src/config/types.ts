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

export type OutputFormat = 'postscreen' | 'postfix-access' | 'plain' | 'nftables' | 'json';

/**
 * access(5) actions that let a listed client through or only log it, and
 * REJECT, which only a denylist may carry; never hold, discard or reroute.
 */
export type AccessAction = 'OK' | 'DUNNO' | 'WARN' | 'INFO' | 'REJECT';

/** Which address families a `plain` file lists. */
export type PlainFamily = 'ipv4' | 'ipv6' | 'both';

/** nft(8) table families whose rules can match `ip saddr` / `ip6 saddr` against a set. */
export type NftablesFamily = 'inet' | 'ip' | 'ip6' | 'bridge' | 'netdev';

export interface NftablesNames {
  readonly table: string;
  readonly family: NftablesFamily;
  readonly set4: string;
  readonly set6: string;
}

/**
 * One output file. The options are set only for their format and only when
 * the config gives them; each renderer applies its own defaults.
 */
export interface OutputSpec {
  /** Absolute path (config-relative paths are resolved against the config's directory). */
  readonly path: string;
  readonly format: OutputFormat;
  /** `postfix-access`: the action written after every range. */
  readonly action?: AccessAction;
  /** `plain`: list only one address family. */
  readonly family?: PlainFamily;
  /** `nftables`: table and set names (config keys `table`, `family`, `set4`, `set6`). */
  readonly nftables?: Partial<NftablesNames>;
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
  /** Whole-run deadline: past it every DNS query still waiting fails as a timeout. */
  readonly deadlineMs: number;
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
  readonly policy: Policy;
  readonly limits: Limits;
  /** `deny:`, the sources written as reject entries; undefined when the config has none. */
  readonly deny: DenyConfig | undefined;
}

/**
 * `deny:` (issue #9 scope 1): the allow side's shapes, resolved and decided
 * the same way, written to their own outputs as reject entries.
 */
export interface DenyConfig {
  readonly senders: readonly SenderGroup[];
  readonly hosts: readonly HostEntry[];
  readonly static: readonly StaticEntry[];
  readonly outputs: readonly OutputSpec[];
}

/** Resource bounds for one run (issue #8 scope 5), so hostile DNS data cannot exhaust it. */
export interface Limits {
  /** DNS queries sent per run; past it every query fails as transient. */
  readonly maxQueriesPerRun: number;
  /** Bytes in one TXT answer (all records' strings together); more is refused as transient. */
  readonly maxTxtBytes: number;
  /** DNS-querying SPF terms walked per sender domain; past it the rest is a permerror. */
  readonly maxLookupsPerDomain: number;
  /** Senders, hosts and static ranges one config may list. */
  readonly maxSources: number;
}

/** What a run may change without a human's extra attention (issue #4). */
export interface Policy {
  /** A source whose lookups fail keeps its previous block this many days. */
  readonly keepStaleDays: number;
  /** More failed (stale or error) sources than this fails the whole run. */
  readonly maxFailedPercent: number;
  /** Allow ranges overlapping special-purpose space (private, loopback, ...). */
  readonly allowSpecial: boolean;
  /** The broadest prefix accepted from a record: /12 means a /11 is refused. */
  readonly broadestIpv4: number;
  readonly broadestIpv6: number;
  /** The whole allowlist may not cover more IPv4 addresses than this. */
  readonly maxTotalIpv4: number;
  /** Flag a source that grows by more IPv4 addresses (or IPv6 /64s) than this. */
  readonly maxGrowthAddresses: number;
  /** Flag a source that loses more than this share of its addresses. */
  readonly maxShrinkPercent: number;
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
