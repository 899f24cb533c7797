// `limits`: resource bounds for one run (issue #8 scope 5). A stranger's DNS
// data decides how big an answer or an include tree is, and a generated or
// pasted config can list any number of sources; these keep a run's memory and
// time bounded whatever it meets. Defaults are far above what real senders
// need; the bounds keep a typo from switching a limit off.

import type { Field, FieldReader } from './field-reader.js';
import type { Config, Limits } from './types.js';

export const DEFAULT_LIMITS: Limits = {
  maxQueriesPerRun: 20_000,
  // RFC 1035 section 4.2.2: a DNS message over TCP is at most 65,535 bytes.
  maxTxtBytes: 65_536,
  maxLookupsPerDomain: 100,
  // The largest run docs/benchmarks.md measures (5,000 senders: 36 s, 1.7 GiB).
  maxSources: 5_000,
};

/** YAML key, Limits field, what is valid, and the check. */
const LIMIT_KEYS: readonly [string, keyof Limits, string, (n: number) => boolean][] = [
  [
    'max-queries-per-run',
    'maxQueriesPerRun',
    'a whole number of queries from 1 to 1000000',
    wholeIn(1, 1_000_000),
  ],
  [
    'max-txt-bytes',
    'maxTxtBytes',
    'a whole number of bytes from 512 to 1048576',
    wholeIn(512, 1_048_576),
  ],
  [
    'max-lookups-per-domain',
    'maxLookupsPerDomain',
    // RFC 7208 section 4.6.4 allows 10; fewer would cut off senders every receiver accepts.
    'a whole number of lookups from 10 to 10000',
    wholeIn(10, 10_000),
  ],
  ['max-sources', 'maxSources', 'a whole number of sources from 1 to 100000', wholeIn(1, 100_000)],
];

const KEYS = LIMIT_KEYS.map(([key]) => key);

function wholeIn(min: number, max: number): (n: number) => boolean {
  return (n) => Number.isInteger(n) && n >= min && n <= max;
}

export function readLimits(reader: FieldReader, field: Field): Limits {
  const fields = reader.fields(field, KEYS, `a map with keys ${KEYS.join(', ')}`);
  const limits: { -readonly [K in keyof Limits]: Limits[K] } = { ...DEFAULT_LIMITS };
  for (const [key, name, expected, valid] of LIMIT_KEYS) {
    const value = fields.get(key);
    const read = value && reader.number(value, expected, valid);
    if (read !== undefined) limits[name] = read;
  }
  return limits;
}

/** `limits.max-sources`, checked once every list is read (deny included); reported at `at`. */
export function checkSourceCount(
  reader: FieldReader,
  at: Field,
  config: Pick<Config, 'senders' | 'hosts' | 'static' | 'limits' | 'deny'>,
): void {
  const count = countSources(config);
  const max = config.limits.maxSources;
  if (count <= max) return;
  reader.report(
    at,
    `the config lists ${count} sources (senders, hosts and static ranges${config.deny ? ', allowed and denied' : ''}), more than limits.max-sources (${max}); split them across configs or raise limits.max-sources`,
  );
}

/** Senders, hosts and static ranges of both lists: what a run resolves and reports on. */
export function countSources(
  config: Pick<Config, 'senders' | 'hosts' | 'static' | 'deny'>,
): number {
  return sourcesOf(config) + (config.deny ? sourcesOf(config.deny) : 0);
}

function sourcesOf(side: Pick<Config, 'senders' | 'hosts' | 'static'>): number {
  const senders = side.senders.reduce((n, group) => n + group.domains.length, 0);
  return senders + side.hosts.length + side.static.length;
}
