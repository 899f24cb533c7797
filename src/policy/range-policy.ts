// Which published ranges may enter the allowlist (issue #4 scope 3): none
// that overlaps special-purpose space (tested as overlap, not by the first
// address) unless allowed, and none broader than the configured prefix.

import { formatCidr } from '../cidr/format.js';
import { specialPurposeOverlaps } from '../cidr/special-purpose.js';
import type { Cidr } from '../cidr/types.js';
import type { Policy } from '../config/types.js';

/** Why a range is refused, or undefined when it may be listed. */
export function refusalReason(cidr: Cidr, policy: Policy): string | undefined {
  const problems: string[] = [];
  const broadest = cidr.family === 4 ? policy.broadestIpv4 : policy.broadestIpv6;
  if (cidr.prefix < broadest) {
    problems.push(`is broader than /${broadest} (policy.broadest-ipv${cidr.family})`);
  }
  const special = policy.allowSpecial ? [] : specialPurposeOverlaps(cidr);
  if (special.length > 0) {
    const names = special.map((s) => `${formatCidr(s.cidr)} ${s.name} (${s.rfc})`).join(', ');
    problems.push(`overlaps special-purpose space: ${names} (policy.allow-special)`);
  }
  return problems.length === 0 ? undefined : `${formatCidr(cidr)} ${problems.join(' and ')}`;
}
