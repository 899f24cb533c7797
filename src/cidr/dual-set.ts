// A set of addresses of both families. The SPF walk evaluates IPv4 and IPv6
// in lockstep (the same terms, the same lookup counter), so its regions are
// pairs of per-family sets. A family switched off in the config is simply
// never part of the universe.

import { AddressSet, unionAll } from './address-set.js';
import type { Cidr, Family } from './types.js';

export interface FamilySwitches {
  readonly ipv4: boolean;
  readonly ipv6: boolean;
}

export class DualSet {
  private constructor(
    readonly v4: AddressSet,
    readonly v6: AddressSet,
  ) {}

  static readonly EMPTY = new DualSet(AddressSet.empty(4), AddressSet.empty(6));

  static of(v4: AddressSet, v6: AddressSet): DualSet {
    return v4.isEmpty() && v6.isEmpty() ? DualSet.EMPTY : new DualSet(v4, v6);
  }

  /** Every address of the enabled families. */
  static universe(families: FamilySwitches): DualSet {
    return new DualSet(
      families.ipv4 ? AddressSet.all(4) : AddressSet.empty(4),
      families.ipv6 ? AddressSet.all(6) : AddressSet.empty(6),
    );
  }

  static fromCidrs(cidrs: Iterable<Cidr>): DualSet {
    const list = [...cidrs];
    if (list.length === 0) return DualSet.EMPTY;
    // One range (an ip4 or ip6 term's, the walk's commonest set) needs no split
    // by family: cold, the split cost a 50-sender walk a seventh of its time (issue #7).
    if (list.length === 1) return DualSet.ofFamily(AddressSet.fromCidrs(list[0]!.family, list));
    return new DualSet(
      AddressSet.fromCidrs(
        4,
        list.filter((c) => c.family === 4),
      ),
      AddressSet.fromCidrs(
        6,
        list.filter((c) => c.family === 6),
      ),
    );
  }

  /** The part of a single family's set, as a DualSet. */
  static ofFamily(set: AddressSet): DualSet {
    return set.family === 4
      ? new DualSet(set, AddressSet.empty(6))
      : new DualSet(AddressSet.empty(4), set);
  }

  get(family: Family): AddressSet {
    return family === 4 ? this.v4 : this.v6;
  }

  union(other: DualSet): DualSet {
    return this.pairOf(this.v4.union(other.v4), this.v6.union(other.v6), other);
  }

  intersect(other: DualSet): DualSet {
    return this.pairOf(this.v4.intersect(other.v4), this.v6.intersect(other.v6), other);
  }

  subtract(other: DualSet): DualSet {
    return this.pairOf(this.v4.subtract(other.v4), this.v6.subtract(other.v6), other);
  }

  isEmpty(): boolean {
    return this.v4.isEmpty() && this.v6.isEmpty();
  }

  equals(other: DualSet): boolean {
    return this.v4.equals(other.v4) && this.v6.equals(other.v6);
  }

  containsSet(other: DualSet): boolean {
    return this.v4.containsSet(other.v4) && this.v6.containsSet(other.v6);
  }

  overlaps(other: DualSet): boolean {
    return this.v4.overlaps(other.v4) || this.v6.overlaps(other.v6);
  }

  /**
   * The pair as a DualSet, reusing an operand that already is that pair: the
   * walk's operations mostly leave one side as it was (issue #7 profile).
   */
  private pairOf(v4: AddressSet, v6: AddressSet, other: DualSet): DualSet {
    if (v4 === this.v4 && v6 === this.v6) return this;
    if (v4 === other.v4 && v6 === other.v6) return other;
    if (v4.isEmpty() && v6.isEmpty()) return DualSet.EMPTY;
    return new DualSet(v4, v6);
  }

  /** Minimal CIDR blocks, IPv4 first, each family ascending. */
  toCidrs(): Cidr[] {
    return [...this.v4.toCidrs(), ...this.v6.toCidrs()];
  }
}

export function unionDual(sets: Iterable<DualSet>): DualSet {
  const list = [...sets];
  return DualSet.of(
    unionAll(
      4,
      list.map((s) => s.v4),
    ),
    unionAll(
      6,
      list.map((s) => s.v6),
    ),
  );
}
