// The queries a sender's SPF walk must send, and which answer each one waits
// for, read from the zone with the project's own record selection and
// parser. From that graph and the per-query delays the benchmark gets its
// lower bound (issue 7): no run can finish before the slowest chain of
// dependent lookups (domain -> include -> include -> mx -> A) has been
// answered, nor before every query has held one of `concurrency` slots for
// its delay.

import type { FamilySwitches } from '../cidr/dual-set.js';
import type { RecordType } from '../dns/port.js';
import { answerFor, type ZoneData } from '../fixture-dns/zonedata.js';
import { expandDomainSpec } from '../spf/macro.js';
import { isQueryableName } from '../spf/queryable-name.js';
import { parseSpfRecord } from '../spf/record-parser.js';
import { selectSpfRecord } from '../spf/record-selection.js';
import type { MacroString, SpfRecord } from '../spf/record-types.js';

/** `TYPE name`, the form the cached resolver keys its queries by. */
export type QueryKey = string;

export interface PlannedQuery {
  readonly name: string;
  readonly type: RecordType;
  /** Queries that can only be sent once this one is answered. */
  readonly next: readonly QueryKey[];
}

export interface LookupPlan {
  readonly queries: ReadonlyMap<QueryKey, PlannedQuery>;
  /** Each sender's TXT query: sent at the start. */
  readonly roots: readonly QueryKey[];
}

export function queryKey(name: string, type: string): QueryKey {
  return `${type} ${name}`;
}

export function planLookups(
  zone: ZoneData,
  senders: readonly string[],
  families: FamilySwitches,
): LookupPlan {
  const queries = new Map<QueryKey, PlannedQuery>();
  const roots = senders.map((sender) => queryKey(normalize(sender), 'TXT'));
  const todo = [...roots];
  for (let key = todo.pop(); key !== undefined; key = todo.pop()) {
    if (queries.has(key)) continue;
    const [type, name] = splitKey(key);
    const next = followUps(zone, name, type, families);
    queries.set(key, { name, type, next });
    todo.push(...next);
  }
  return { queries, roots };
}

function followUps(
  zone: ZoneData,
  name: string,
  type: RecordType,
  families: FamilySwitches,
): QueryKey[] {
  if (type === 'TXT') return recordFollowUps(spfRecordAt(zone, name), name, families);
  if (type !== 'MX') return [];
  const lookup = answerFor(zone, name, 'MX');
  if ('timeout' in lookup) return [];
  const exchanges = lookup.answers.flatMap((a) => (a.type === 'MX' ? [a.data.exchange] : []));
  return [...new Set(exchanges.map(normalize))].flatMap((host) => addressQueries(host, families));
}

function spfRecordAt(zone: ZoneData, name: string): SpfRecord | undefined {
  const lookup = answerFor(zone, name, 'TXT');
  if ('timeout' in lookup) return undefined;
  const texts = lookup.answers.flatMap((a) => (a.type === 'TXT' ? [a.data] : []));
  const selected = selectSpfRecord(texts);
  if (selected.kind !== 'record') return undefined;
  try {
    return parseSpfRecord(selected.text);
  } catch {
    return undefined;
  }
}

/** As the walk evaluates a record: terms in order up to `all`, then redirect only without `all`. */
function recordFollowUps(
  record: SpfRecord | undefined,
  name: string,
  families: FamilySwitches,
): QueryKey[] {
  if (record === undefined) return [];
  const next: QueryKey[] = [];
  for (const { mechanism } of record.directives) {
    if (mechanism.kind === 'all') return next;
    if (!('domain' in mechanism) || mechanism.kind === 'ptr') continue;
    const target = targetOf(mechanism.domain, name);
    if (target === undefined) continue;
    switch (mechanism.kind) {
      case 'include':
        next.push(queryKey(target, 'TXT'));
        break;
      case 'mx':
        next.push(queryKey(target, 'MX'));
        break;
      case 'a':
        next.push(...addressQueries(target, families));
        break;
      case 'exists':
        next.push(queryKey(target, 'A'));
        break;
    }
  }
  const redirect = record.redirect && targetOf(record.redirect.value, name);
  if (redirect !== undefined) next.push(queryKey(redirect, 'TXT'));
  return next;
}

/** The name a term queries, or undefined when it needs the sender's identity or cannot be asked. */
function targetOf(spec: MacroString | undefined, name: string): string | undefined {
  if (spec === undefined) return name;
  const expanded = expandDomainSpec(spec, name);
  if (!expanded.ok) return undefined;
  const target = normalize(expanded.value);
  return isQueryableName(target) ? target : undefined;
}

function addressQueries(host: string, families: FamilySwitches): QueryKey[] {
  if (!isQueryableName(host)) return [];
  return [
    ...(families.ipv4 ? [queryKey(host, 'A')] : []),
    ...(families.ipv6 ? [queryKey(host, 'AAAA')] : []),
  ];
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function splitKey(key: QueryKey): [RecordType, string] {
  const space = key.indexOf(' ');
  return [key.slice(0, space) as RecordType, key.slice(space + 1)];
}

export interface LowerBound {
  /** The latest a query can be answered if every query is sent the moment it can be. */
  readonly criticalPathMs: number;
  /** That chain, first query first. */
  readonly criticalChain: readonly QueryKey[];
  /** Every query holding one of `concurrency` slots for its whole delay. */
  readonly throughputMs: number;
  /** The larger of the two: no run can be faster. */
  readonly boundMs: number;
}

/**
 * `costMs(key)` is how long the query holds its slot: the server's delay,
 * twice over when the answer is truncated and the client asks again over TCP.
 */
export function lowerBound(
  plan: LookupPlan,
  costMs: (key: QueryKey) => number,
  concurrency: number,
): LowerBound {
  const { finish, previous } = earliestFinish(plan, costMs);
  let last: QueryKey | undefined;
  for (const [key, at] of finish) if (last === undefined || at > finish.get(last)!) last = key;
  const criticalChain: QueryKey[] = [];
  for (let key = last; key !== undefined; key = previous.get(key)) criticalChain.unshift(key);
  const criticalPathMs = last === undefined ? 0 : finish.get(last)!;
  let totalMs = 0;
  for (const key of plan.queries.keys()) totalMs += costMs(key);
  const throughputMs = totalMs / concurrency;
  return {
    criticalPathMs,
    criticalChain,
    throughputMs,
    boundMs: Math.max(criticalPathMs, throughputMs),
  };
}

/**
 * A query can be sent when the first of the answers that lead to it arrives
 * (another sender may reach a shared include sooner), so its earliest finish
 * is a shortest path from the roots. Label-correcting relaxation: delays are
 * positive, so it ends even if a zone has an include loop.
 */
function earliestFinish(
  plan: LookupPlan,
  costMs: (key: QueryKey) => number,
): { finish: Map<QueryKey, number>; previous: Map<QueryKey, QueryKey> } {
  const finish = new Map<QueryKey, number>();
  const previous = new Map<QueryKey, QueryKey>();
  const queue: QueryKey[] = [];
  for (const root of plan.roots) {
    if (finish.has(root)) continue;
    finish.set(root, costMs(root));
    queue.push(root);
  }
  for (let head = 0; head < queue.length; head += 1) {
    const key = queue[head]!;
    const at = finish.get(key)!;
    for (const next of plan.queries.get(key)?.next ?? []) {
      const candidate = at + costMs(next);
      if (candidate < (finish.get(next) ?? Infinity)) {
        finish.set(next, candidate);
        previous.set(next, key);
        queue.push(next);
      }
    }
  }
  return { finish, previous };
}
