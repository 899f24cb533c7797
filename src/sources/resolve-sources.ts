// Resolves every configured source at once. The resolver passed in bounds
// concurrency and shares answers, so nothing here waits on anything it does
// not depend on.

import { DualSet, type FamilySwitches } from '../cidr/dual-set.js';
import type { Config } from '../config/types.js';
import { DEFAULT_LIMITS } from '../config/validate-limits.js';
import type { Resolve } from '../dns/port.js';
import { addressesOf } from '../spf/address-lookup.js';
import { createSpfEvaluator } from '../spf/walk.js';
import type { HostResolution, SourceResolution } from './resolution.js';

/**
 * Default hard cap on DNS-querying terms per sender, far above RFC 7208's 10
 * (config `limits.max-lookups-per-domain`).
 */
export const MAX_LOOKUPS_PER_DOMAIN = DEFAULT_LIMITS.maxLookupsPerDomain;

export type SourceDone = (source: SourceResolution) => void;

export async function resolveSources(
  config: Config,
  resolve: Resolve,
  onDone: SourceDone = () => undefined,
): Promise<SourceResolution[]> {
  const families: FamilySwitches = { ipv4: config.ipv4, ipv6: config.ipv6 };
  // One evaluator for all senders: shared includes are walked once (issue #7).
  const evaluator = createSpfEvaluator(resolve, {
    families,
    enforceLimits: config.strict,
    maxLookups: config.limits.maxLookupsPerDomain,
    // The run renders ranges and the include graph, not each term's addresses.
    traceSets: false,
  });
  const jobs: Promise<SourceResolution>[] = [];
  for (const group of config.senders) {
    for (const { domain } of group.domains) {
      jobs.push(
        evaluator.evaluate(domain).then((evaluation) => ({
          kind: 'sender',
          section: group.name,
          name: domain,
          evaluation,
        })),
      );
    }
  }
  for (const { host } of config.hosts) jobs.push(resolveHost(host, resolve, families));
  for (const entry of config.static) {
    jobs.push(Promise.resolve({ kind: 'static', section: 'static', name: entry.text, entry }));
  }
  return Promise.all(jobs.map((job) => job.then((done) => (onDone(done), done))));
}

async function resolveHost(
  host: string,
  resolve: Resolve,
  families: FamilySwitches,
): Promise<HostResolution> {
  const found = await addressesOf({ resolve, families }, host, { ip4: 32, ip6: 128 });
  let addresses = DualSet.EMPTY;
  const transient: string[] = [];
  for (const part of Object.values(found.byFamily)) {
    if (part.kind === 'transient') transient.push(part.message);
    else addresses = addresses.union(part.set);
  }
  return {
    kind: 'host',
    section: 'hosts',
    name: host,
    addresses,
    transient: transient.length > 0 ? transient.join('; ') : undefined,
    empty: transient.length === 0 && addresses.isEmpty(),
  };
}
