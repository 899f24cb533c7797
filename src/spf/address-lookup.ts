// The address lookups behind `a` and `mx` (RFC 7208 sections 5.3 and 5.4):
// A records for IPv4, AAAA for IPv6, each widened by the term's dual cidr.

import { DualSet, type FamilySwitches } from '../cidr/dual-set.js';
import { makeCidr, parseAddress } from '../cidr/parse.js';
import type { Cidr, Family } from '../cidr/types.js';
import type { DnsResult, Resolve } from '../dns/port.js';
import type { DualCidr } from './record-types.js';

export interface AddressLookup {
  readonly resolve: Resolve;
  readonly families: FamilySwitches;
}

export type FamilyAddresses =
  | { readonly kind: 'transient'; readonly message: string }
  | { readonly kind: 'found'; readonly set: DualSet; readonly void: boolean };

export interface FoundAddresses {
  readonly byFamily: Partial<Record<Family, FamilyAddresses>>;
  /** For `mx`: how many MX records the target has. */
  readonly mxNames?: number;
}

const ADDRESS_TYPE = { 4: 'A', 6: 'AAAA' } as const;

function enabledFamilies(families: FamilySwitches): Family[] {
  return [...(families.ipv4 ? [4 as const] : []), ...(families.ipv6 ? [6 as const] : [])];
}

/** `a:target/cidr`: the target's own addresses. */
export async function addressesOf(
  lookup: AddressLookup,
  target: string,
  cidr: DualCidr,
): Promise<FoundAddresses> {
  const byFamily: Partial<Record<Family, FamilyAddresses>> = {};
  await Promise.all(
    enabledFamilies(lookup.families).map(async (family) => {
      const answer = await lookup.resolve(target, ADDRESS_TYPE[family]);
      byFamily[family] = toAddresses(answer, family, cidr, '');
    }),
  );
  return { byFamily };
}

/** `mx:target/cidr`: the addresses of every MX name of the target. */
export async function mxAddressesOf(
  lookup: AddressLookup,
  target: string,
  cidr: DualCidr,
): Promise<FoundAddresses> {
  const families = enabledFamilies(lookup.families);
  const mx = await lookup.resolve(target, 'MX');
  if (mx.kind === 'transient') {
    const message = mx.message;
    return {
      byFamily: Object.fromEntries(families.map((f) => [f, { kind: 'transient', message }])),
    };
  }
  const records = mx.kind === 'answer' ? mx.records : [];
  // Section 4.6.4 limits MX *records* (10); each distinct name is looked up once.
  const names = [...new Set(records.map((r) => r.exchange.toLowerCase()))];
  const isVoid = records.length === 0;
  const byFamily: Partial<Record<Family, FamilyAddresses>> = {};
  await Promise.all(
    families.map(async (family) => {
      const parts = await Promise.all(
        names.map(async (name) =>
          toAddresses(
            await lookup.resolve(name, ADDRESS_TYPE[family]),
            family,
            cidr,
            ` (an MX name of ${target})`,
          ),
        ),
      );
      byFamily[family] = mergeFound(parts, isVoid);
    }),
  );
  return { byFamily, mxNames: records.length };
}

function mergeFound(parts: readonly FamilyAddresses[], isVoid: boolean): FamilyAddresses {
  let set = DualSet.EMPTY;
  for (const part of parts) {
    if (part.kind === 'transient') return part;
    set = set.union(part.set);
  }
  return { kind: 'found', set, void: isVoid };
}

function toAddresses(
  answer: DnsResult<string>,
  family: Family,
  cidr: DualCidr,
  /** Added to a failure message: where the name came from. */
  what: string,
): FamilyAddresses {
  if (answer.kind === 'transient') {
    return { kind: 'transient', message: `${answer.message}${what}` };
  }
  if (answer.kind === 'nxdomain' || answer.records.length === 0) {
    return { kind: 'found', set: DualSet.EMPTY, void: true };
  }
  const prefix = family === 4 ? cidr.ip4 : cidr.ip6;
  return { kind: 'found', set: addressSetOf(answer.records, family, prefix), void: false };
}

/**
 * Sets already made from an answer, by prefix length. The cached resolver
 * hands every walk the same answer object, so the senders whose `mx` reach
 * shared hosts (Google's aspmx) share one set per host (issue #7: memory).
 */
const answerSets = new WeakMap<readonly string[], Map<number, DualSet>>();

function addressSetOf(records: readonly string[], family: Family, prefix: number): DualSet {
  let byPrefix = answerSets.get(records);
  if (byPrefix === undefined) {
    byPrefix = new Map();
    answerSets.set(records, byPrefix);
  }
  let set = byPrefix.get(prefix);
  if (set === undefined) {
    const cidrs: Cidr[] = [];
    for (const text of records) {
      const address = parseAddress(text);
      // A resolver only returns its own family; skip anything else defensively.
      if (address.family === family) cidrs.push(makeCidr(family, address.value, prefix).cidr);
    }
    set = DualSet.fromCidrs(cidrs);
    byPrefix.set(prefix, set);
  }
  return set;
}
