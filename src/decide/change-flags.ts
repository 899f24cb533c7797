// Changes big enough that a reviewer must look twice (issue #4 scope 3): a
// source that grows by more than policy.max-growth-addresses (IPv4 addresses,
// or IPv6 /64 networks) or loses more than policy.max-shrink-percent.

import type { DualSet } from '../cidr/dual-set.js';
import type { Policy } from '../config/types.js';
import { slash64Count } from '../review/address-counts.js';

export function changeFlags(before: DualSet, after: DualSet, policy: Policy): string[] {
  const flags: string[] = [];
  const grownV4 = after.v4.subtract(before.v4).size();
  const grownV6 = slash64Count(after.v6.subtract(before.v6));
  const limit = BigInt(policy.maxGrowthAddresses);
  if (grownV4 > limit) {
    flags.push(
      `grew by ${grownV4} IPv4 addresses, more than policy.max-growth-addresses (${limit})`,
    );
  }
  if (grownV6 > limit) {
    flags.push(
      `grew by ${grownV6} IPv6 /64 networks, more than policy.max-growth-addresses (${limit})`,
    );
  }
  for (const [family, was, now] of [
    ['IPv4 addresses', before.v4.size(), after.v4.size()],
    ['IPv6 /64 networks', slash64Count(before.v6), slash64Count(after.v6)],
  ] as const) {
    if (was === 0n || now >= was) continue;
    const lostPercent = Number(((was - now) * 10_000n) / was) / 100;
    if (lostPercent > policy.maxShrinkPercent) {
      flags.push(
        `shrank by ${lostPercent}% of its ${family} (${was} to ${now}), more than policy.max-shrink-percent (${policy.maxShrinkPercent}%)`,
      );
    }
  }
  return flags;
}
