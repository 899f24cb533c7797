// Ranges that are never a legitimate public mail sender: the IANA IPv4 and
// IPv6 Special-Purpose Address Registries (RFC 6890) plus multicast and the
// reserved class E space. A published SPF range that overlaps any of them is
// a publisher's mistake (or worse) and the allowlist policy refuses it.

import { parseCidr } from './parse.js';
import { addressBits, type Cidr } from './types.js';
import { compareCidrs } from './format.js';

export interface SpecialPurposeRange {
  readonly cidr: Cidr;
  readonly name: string;
  readonly rfc: string;
}

const REGISTRY: readonly (readonly [range: string, name: string, rfc: string])[] = [
  ['0.0.0.0/8', 'this network', 'RFC 791 section 3.2'],
  ['10.0.0.0/8', 'private use', 'RFC 1918'],
  ['100.64.0.0/10', 'shared address space (carrier-grade NAT)', 'RFC 6598'],
  ['127.0.0.0/8', 'loopback', 'RFC 1122 section 3.2.1.3'],
  ['169.254.0.0/16', 'link local', 'RFC 3927'],
  ['172.16.0.0/12', 'private use', 'RFC 1918'],
  ['192.0.0.0/24', 'IETF protocol assignments', 'RFC 6890 section 2.1'],
  ['192.0.2.0/24', 'documentation (TEST-NET-1)', 'RFC 5737'],
  ['192.88.99.0/24', '6to4 relay anycast (deprecated)', 'RFC 7526'],
  ['192.168.0.0/16', 'private use', 'RFC 1918'],
  ['198.18.0.0/15', 'benchmarking', 'RFC 2544'],
  ['198.51.100.0/24', 'documentation (TEST-NET-2)', 'RFC 5737'],
  ['203.0.113.0/24', 'documentation (TEST-NET-3)', 'RFC 5737'],
  ['224.0.0.0/4', 'multicast', 'RFC 5771'],
  ['240.0.0.0/4', 'reserved', 'RFC 1112 section 4'],
  ['255.255.255.255/32', 'limited broadcast', 'RFC 919 section 7'],
  ['::/128', 'unspecified address', 'RFC 4291 section 2.5.2'],
  ['::1/128', 'loopback', 'RFC 4291 section 2.5.3'],
  ['::ffff:0:0/96', 'IPv4-mapped addresses', 'RFC 4291 section 2.5.5.2'],
  ['64:ff9b::/96', 'IPv4/IPv6 translation (NAT64)', 'RFC 6052'],
  ['64:ff9b:1::/48', 'local-use IPv4/IPv6 translation (NAT64)', 'RFC 8215'],
  ['100::/64', 'discard only', 'RFC 6666'],
  ['2001::/23', 'IETF protocol assignments', 'RFC 2928'],
  ['2001:db8::/32', 'documentation', 'RFC 3849'],
  ['2002::/16', '6to4', 'RFC 3056'],
  ['3fff::/20', 'documentation', 'RFC 9637'],
  ['fc00::/7', 'unique local', 'RFC 4193'],
  ['fe80::/10', 'link-local unicast', 'RFC 4291 section 2.5.6'],
  ['ff00::/8', 'multicast', 'RFC 4291 section 2.7'],
];

/** Both families, IPv4 first, each ascending. */
export const SPECIAL_PURPOSE_RANGES: readonly SpecialPurposeRange[] = REGISTRY.map(
  ([range, name, rfc]) => ({ cidr: parseCidr(range).cidr, name, rfc }),
).sort((a, b) => compareCidrs(a.cidr, b.cidr));

/** Every special-purpose range that shares at least one address with `cidr`. */
export function specialPurposeOverlaps(cidr: Cidr): SpecialPurposeRange[] {
  return SPECIAL_PURPOSE_RANGES.filter((special) => cidrsOverlap(special.cidr, cidr));
}

/** Two CIDR blocks overlap exactly when one contains the other: they agree on the shorter prefix. */
function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  const hostBits = BigInt(addressBits(a.family) - Math.min(a.prefix, b.prefix));
  return a.network >> hostBits === b.network >> hostBits;
}
