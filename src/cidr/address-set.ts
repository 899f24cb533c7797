// An immutable set of addresses of one family, kept as sorted, disjoint,
// non-adjacent inclusive intervals. That form is canonical (equal sets have
// equal interval lists), makes intersect/subtract linear merges, and turns
// into the minimal CIDR list directly.
//
// Aggregating a million ranges (fromCidrs(...).toCidrs()) must take about a
// second. Done with BigInt endpoints, most of that time goes to the garbage
// collector (an end BigInt, an `end + 1n` and a tuple per range) and to
// BigInt comparisons. So the set keeps its endpoints as 32-bit words in one
// Uint32Array, radix-sorts and merges those, and creates BigInts only at the
// edges. Each interval also remembers where its first address came from (the
// caller's Cidr or BigInt), so output reuses those instead of allocating: at
// a million ranges, fresh memory and scattered objects cost more than arithmetic.
// Intersect, subtract and union work on the words too (interval-words.ts);
// their results have no caller's values to reuse, and decode first
// addresses from the words when asked.

import { formatCidr } from './format.js';
import {
  compareWords,
  containsWords,
  copyWords,
  intersectWords,
  isSuccessor,
  overlapsWords,
  subtractWords,
  unionWords,
  type Width,
} from './interval-words.js';
import { addressBits, type Cidr, type Family } from './types.js';

type Interval = readonly [bigint, bigint];

/**
 * Intervals in word form. An address is `width` 32-bit words, most
 * significant first (IPv4: 1, IPv6: 4); interval i has its first address at
 * words[i * 2 * width] and its last at words[i * 2 * width + width].
 * origins[i] is the caller's value its first address came from: a Cidr whose
 * network it is (reused by toCidrs when that Cidr is exactly the first
 * block) or the BigInt itself; undefined for an interval an operation
 * computed. originPrefixes[i] is that Cidr's prefix, or NOT_A_CIDR, so
 * toCidrs need not visit the caller's objects (scattered in memory; visiting
 * them costs more than the rest of the work). A table of computed intervals
 * only has neither list: first addresses are then read from the words.
 */
interface IntervalTable {
  readonly words: Uint32Array;
  readonly origins: readonly (Origin | undefined)[] | undefined;
  readonly originPrefixes: Uint8Array | undefined;
}

const NOT_A_CIDR = 255;

type Origin = Cidr | bigint;

function firstAddressOf(origin: Origin): bigint {
  return typeof origin === 'bigint' ? origin : origin.network;
}

/** LOW_BITS[k] = 2^k - 1: the host part of a block of 2^k addresses. */
const LOW_BITS: readonly bigint[] = Array.from({ length: 129 }, (_, k) => (1n << BigInt(k)) - 1n);

/** Set in the class's static block: unionAll merges the sets' private tables. */
let mergeSets: (family: Family, sets: readonly AddressSet[]) => AddressSet;

/**
 * For shrinking-set.ts only, which works on the words in place: a set's
 * words (never to be written), and a set made of words it keeps (sorted,
 * disjoint, non-adjacent, and never written again).
 */
export let wordsOf: (set: AddressSet) => Uint32Array;
export let setOfWords: (family: Family, words: Uint32Array) => AddressSet;

export class AddressSet {
  static {
    wordsOf = (set) => set.table.words;
    setOfWords = (family, words) => AddressSet.computed(family, words);
    mergeSets = (family, sets) =>
      new AddressSet(
        family,
        normalize(
          family,
          concatTables(
            family,
            sets.map((set) => set.table),
          ),
        ),
      );
  }

  // Immutable, so one of each per family serves every caller: the walk asks for these constantly.
  private static readonly EMPTY = {
    4: new AddressSet(4, computedTable(new Uint32Array(0))),
    6: new AddressSet(6, computedTable(new Uint32Array(0))),
  };
  private static readonly ALL = {
    4: new AddressSet(4, computedTable(Uint32Array.of(0, 0xffffffff))),
    6: new AddressSet(
      6,
      computedTable(Uint32Array.of(0, 0, 0, 0, ...new Array<number>(4).fill(0xffffffff))),
    ),
  };

  private decoded: readonly Interval[] | undefined;

  private constructor(
    readonly family: Family,
    private readonly table: IntervalTable,
  ) {}

  static empty(family: Family): AddressSet {
    return AddressSet.EMPTY[family];
  }

  /** The whole address space of the family: 0.0.0.0/0 or ::/0. */
  static all(family: Family): AddressSet {
    return AddressSet.ALL[family];
  }

  /**
   * Every cidr must be of `family` and canonical (no host bits), as `Cidr`
   * promises. Cidrs are immutable values: toCidrs() may return these very objects.
   */
  static fromCidrs(family: Family, cidrs: Iterable<Cidr>): AddressSet {
    const table = cidrTable(family, cidrs);
    return table.words.length === 0
      ? AddressSet.EMPTY[family]
      : new AddressSet(family, normalize(family, table));
  }

  /** Intervals are inclusive [first, last] pairs, in any order, possibly overlapping. */
  static fromIntervals(family: Family, intervals: Iterable<readonly [bigint, bigint]>): AddressSet {
    return new AddressSet(family, normalize(family, intervalTable(family, intervals)));
  }

  /** The result of an operation: sorted, disjoint, non-adjacent words. */
  private static computed(family: Family, words: Uint32Array): AddressSet {
    return words.length === 0
      ? AddressSet.EMPTY[family]
      : new AddressSet(family, computedTable(words));
  }

  isEmpty(): boolean {
    return this.table.words.length === 0;
  }

  isAll(): boolean {
    return this.equals(AddressSet.ALL[this.family]);
  }

  /** One merge of both interval lists. */
  // The walk combines many small and empty sets: the early returns below
  // skip the work when one side is empty or everything (issue #7 profile).
  union(other: AddressSet): AddressSet {
    const that = this.sameFamily(other);
    if (that.isEmpty()) return this;
    if (this.isEmpty()) return that;
    const width = widthOf(this.family);
    const mine = this.table;
    const theirs = that.table;
    if (mine.origins === undefined && theirs.origins === undefined) {
      return AddressSet.computed(this.family, unionWords(mine.words, theirs.words, width));
    }
    const countA = mine.words.length / (2 * width);
    const sources = new Int32Array(countA + theirs.words.length / (2 * width));
    const words = unionWords(mine.words, theirs.words, width, sources);
    const count = words.length / (2 * width);
    const origins = new Array<Origin | undefined>(count);
    const originPrefixes = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      const source = sources[k]!;
      const table = source < countA ? mine : theirs;
      const index = source < countA ? source : source - countA;
      origins[k] = table.origins?.[index];
      originPrefixes[k] = table.originPrefixes?.[index] ?? NOT_A_CIDR;
    }
    return new AddressSet(this.family, { words, origins, originPrefixes });
  }

  intersect(other: AddressSet): AddressSet {
    const that = this.sameFamily(other);
    if (this.isEmpty() || that === AddressSet.ALL[this.family]) return this;
    if (that.isEmpty() || this === AddressSet.ALL[this.family]) return that;
    // Mostly a few ranges against a scope holding all of them: no new set then.
    const width = widthOf(this.family);
    const [small, large] =
      this.table.words.length <= that.table.words.length ? [this, that] : [that, this];
    if (containsWords(large.table.words, small.table.words, width)) return small;
    const words = intersectWords(this.table.words, that.table.words, width);
    return AddressSet.computed(this.family, words);
  }

  subtract(other: AddressSet): AddressSet {
    const that = this.sameFamily(other);
    if (this.isEmpty() || that.isEmpty()) return this;
    if (that === AddressSet.ALL[this.family]) return AddressSet.EMPTY[this.family];
    const words = subtractWords(this.table.words, that.table.words, widthOf(this.family));
    return this.reuse(words) ?? AddressSet.computed(this.family, words);
  }

  overlaps(other: AddressSet): boolean {
    return overlapsWords(
      this.table.words,
      this.sameFamily(other).table.words,
      widthOf(this.family),
    );
  }

  /** The word form is canonical, so equal sets have equal words. */
  equals(other: AddressSet): boolean {
    const mine = this.table.words;
    const theirs = this.sameFamily(other).table.words;
    return mine.length === theirs.length && mine.every((word, i) => word === theirs[i]);
  }

  containsAddress(value: bigint): boolean {
    const list = this.intervals();
    const candidate = list[lastStartingAtOrBefore(list, value)];
    return candidate !== undefined && value <= candidate[1];
  }

  containsSet(other: AddressSet): boolean {
    return containsWords(
      this.table.words,
      this.sameFamily(other).table.words,
      widthOf(this.family),
    );
  }

  /** The number of addresses in the set. */
  size(): bigint {
    let total = 0n;
    for (const [first, last] of this.intervals()) total += last - first + 1n;
    return total;
  }

  intervals(): readonly (readonly [bigint, bigint])[] {
    this.decoded ??= decodeIntervals(this.family, this.table);
    return this.decoded;
  }

  /** The fewest CIDR blocks that cover exactly this set, ascending. */
  toCidrs(): Cidr[] {
    const cidrs: Cidr[] = [];
    const stride = 2 * widthOf(this.family);
    const { words, origins, originPrefixes } = this.table;
    const count = words.length / stride;
    for (let i = 0; i < count; i++) {
      const origin = origins?.[i];
      const prefix = originPrefixes?.[i] ?? NOT_A_CIDR;
      appendBlocks(this.family, words, i * stride, origin, prefix, cidrs);
    }
    return cidrs;
  }

  /**
   * This very set when `words` are its own: an operand that an operation left
   * whole is handed back instead of a copy, so the walk's traces and regions
   * share one set per term across senders (issue #7: memory at 5000 senders).
   */
  private reuse(words: Uint32Array): this | undefined {
    const mine = this.table.words;
    if (mine.length !== words.length) return undefined;
    for (let i = 0; i < mine.length; i++) if (mine[i] !== words[i]) return undefined;
    return this;
  }

  private sameFamily(other: AddressSet): AddressSet {
    if (other.family !== this.family) {
      throw new Error(
        `cannot combine a set of IPv${this.family} addresses with IPv${other.family}`,
      );
    }
    return other;
  }
}

/** The union of many sets in one radix sort and merge, rather than k pairwise merges. */
export function unionAll(family: Family, sets: Iterable<AddressSet>): AddressSet {
  const list: AddressSet[] = [];
  for (const set of sets) {
    if (set.family !== family) {
      throw new Error(`cannot add a set of IPv${set.family} addresses to a union of IPv${family}`);
    }
    if (!set.isEmpty()) list.push(set);
  }
  if (list.length === 0) return AddressSet.empty(family);
  if (list.length === 1) return list[0]!;
  if (list.length === 2) return list[0]!.union(list[1]!);
  return mergeSets(family, list);
}

function lastOf(family: Family): bigint {
  return LOW_BITS[addressBits(family)]!;
}

/** Index of the last interval whose first address is <= value, or -1. */
function lastStartingAtOrBefore(list: readonly Interval[], value: bigint): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (list[middle]![0] <= value) low = middle + 1;
    else high = middle - 1;
  }
  return high;
}

// ---- word form: building and reading -----------------------------------

/** 32-bit words per address. */
function widthOf(family: Family): Width {
  return family === 4 ? 1 : 4;
}

function computedTable(words: Uint32Array): IntervalTable {
  return { words, origins: undefined, originPrefixes: undefined };
}

function cidrTable(family: Family, cidrs: Iterable<Cidr>): IntervalTable {
  const list = asArray(cidrs);
  const bits = addressBits(family);
  const width = widthOf(family);
  const words = new Uint32Array(list.length * 2 * width);
  const originPrefixes = new Uint8Array(list.length);
  list.forEach((cidr, i) => {
    const { prefix } = cidr;
    if (cidr.family !== family || !Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
      throw new Error(`cannot add ${describeCidr(cidr)} to a set of IPv${family} addresses`);
    }
    const at = i * 2 * width;
    writeAddress(family, cidr.network, words, at);
    for (let w = 0; w < width; w++) {
      words[at + width + w] = words[at + w]! | hostMaskWord(width, bits - prefix, w);
    }
    originPrefixes[i] = prefix;
  });
  return { words, origins: list, originPrefixes };
}

function intervalTable(family: Family, intervals: Iterable<Interval>): IntervalTable {
  const list = asArray(intervals);
  const width = widthOf(family);
  const words = new Uint32Array(list.length * 2 * width);
  const origins = list.map(([first, last], i) => {
    if (first < 0n || first > last || last > lastOf(family)) {
      throw new RangeError(`[${first}, ${last}] is not an interval of IPv${family} addresses`);
    }
    writeAddress(family, first, words, i * 2 * width);
    writeAddress(family, last, words, i * 2 * width + width);
    return first;
  });
  return { words, origins, originPrefixes: new Uint8Array(origins.length).fill(NOT_A_CIDR) };
}

/** Copies only when it must: a million-element copy is memory this machine pays for. */
function asArray<T>(items: Iterable<T>): readonly T[] {
  return Array.isArray(items) ? (items as readonly T[]) : [...items];
}

function describeCidr(cidr: Cidr): string {
  try {
    return `${formatCidr(cidr)} (IPv${cidr.family})`;
  } catch {
    return `a malformed range (IPv${String(cidr.family)}, prefix ${String(cidr.prefix)})`;
  }
}

const scratch = new DataView(new ArrayBuffer(16));

function writeAddress(family: Family, value: bigint, words: Uint32Array, at: number): void {
  if (family === 4) {
    words[at] = Number(value);
    return;
  }
  // setBigUint64 keeps the low 64 bits of its argument.
  scratch.setBigUint64(0, value >> 64n);
  scratch.setBigUint64(8, value);
  for (let w = 0; w < 4; w++) words[at + w] = scratch.getUint32(4 * w);
}

function readAddress(family: Family, words: Uint32Array, at: number): bigint {
  if (family === 4) return BigInt(words[at]!);
  for (let w = 0; w < 4; w++) scratch.setUint32(4 * w, words[at + w]!);
  const high = scratch.getBigUint64(0);
  const low = scratch.getBigUint64(8);
  // Most published IPv6 networks are /64 or shorter: skip the OR for a zero low half.
  return low === 0n ? high << 64n : (high << 64n) | low;
}

/** Frozen, because intervals() hands out this cached list itself. */
function decodeIntervals(family: Family, { words, origins }: IntervalTable): readonly Interval[] {
  const width = widthOf(family);
  const list: Interval[] = [];
  for (let at = 0; at < words.length; at += 2 * width) {
    const origin = origins?.[at / (2 * width)];
    const first = origin === undefined ? readAddress(family, words, at) : firstAddressOf(origin);
    list.push(Object.freeze([first, readAddress(family, words, at + width)] as const));
  }
  return Object.freeze(list);
}

/** The tables one after another; origins are kept when any table has them. */
function concatTables(family: Family, tables: readonly IntervalTable[]): IntervalTable {
  const words = new Uint32Array(tables.reduce((total, table) => total + table.words.length, 0));
  let wordsAt = 0;
  for (const table of tables) {
    words.set(table.words, wordsAt);
    wordsAt += table.words.length;
  }
  if (tables.every((table) => table.origins === undefined)) return computedTable(words);
  const origins: (Origin | undefined)[] = [];
  const originPrefixes = new Uint8Array(words.length).fill(NOT_A_CIDR); // at least one per interval
  for (const table of tables) {
    const count = table.words.length / (2 * widthOf(family));
    if (table.originPrefixes) originPrefixes.set(table.originPrefixes, origins.length);
    if (table.origins) for (const origin of table.origins) origins.push(origin);
    else for (let i = 0; i < count; i++) origins.push(undefined);
  }
  return { words, origins, originPrefixes: originPrefixes.subarray(0, origins.length) };
}

/** HOST_MASK_WORDS[hostBits * 4 + w] is word w of the 128-bit 2^hostBits - 1. */
const HOST_MASK_WORDS = Uint32Array.from({ length: 129 * 4 }, (_, i) => {
  const bitsBelowWord = 32 * (3 - (i % 4));
  return 2 ** Math.min(32, Math.max(0, Math.floor(i / 4) - bitsBelowWord)) - 1;
});

/** Word w of 2^hostBits - 1 written in `width` words: the last `width` of the 128-bit form. */
function hostMaskWord(width: number, hostBits: number, w: number): number {
  return HOST_MASK_WORDS[hostBits * 4 + 4 - width + w]!;
}

// ---- word form: sorting and merging ------------------------------------

/** Sorts intervals by first address and coalesces overlapping or adjacent ones. */
function normalize(family: Family, raw: IntervalTable): IntervalTable {
  const width = widthOf(family);
  const stride = 2 * width;
  const from = raw.words;
  // One interval is already in order (an ip4 term, one A record: the walk's usual set).
  if (from.length === stride) return { ...raw, origins: raw.origins?.slice() };
  // Sized for the worst case (nothing merges). Pages never written cost no
  // memory, so the unused tail is dropped by copying only when it is most of it.
  const words = new Uint32Array(from.length);
  const rawOrigins = raw.origins;
  const rawPrefixes = raw.originPrefixes;
  const origins = rawOrigins && new Array<Origin | undefined>(rawOrigins.length);
  const originPrefixes = rawOrigins && new Uint8Array(rawOrigins.length);
  let count = 0;
  for (const i of ascendingOrder(width, from)) {
    const at = i * stride;
    const runAt = (count - 1) * stride; // the interval being built
    if (count > 0 && !startsPastGap(from, at, words, runAt + width, width)) {
      if (compareWords(from, at + width, words, runAt + width, width) > 0) {
        copyWords(from, at + width, words, runAt + width, width);
        // A wider block at the same first address is the better one to reuse.
        if (origins && originPrefixes && compareWords(from, at, words, runAt, width) === 0) {
          origins[count - 1] = rawOrigins[i];
          originPrefixes[count - 1] = rawPrefixes?.[i] ?? NOT_A_CIDR;
        }
      }
    } else {
      copyWords(from, at, words, count * stride, stride);
      if (origins && originPrefixes) {
        origins[count] = rawOrigins[i];
        originPrefixes[count] = rawPrefixes?.[i] ?? NOT_A_CIDR;
      }
      count++;
    }
  }
  if (origins) origins.length = count;
  const length = count * stride;
  return {
    words: 2 * length >= words.length ? words.subarray(0, length) : words.slice(0, length),
    origins,
    originPrefixes: originPrefixes?.subarray(0, count),
  };
}

/** Whether the address at firstAt lies beyond (address at lastAt) + 1: no overlap, no contact. */
function startsPastGap(
  raw: Uint32Array,
  firstAt: number,
  built: Uint32Array,
  lastAt: number,
  width: number,
): boolean {
  return (
    compareWords(raw, firstAt, built, lastAt, width) > 0 &&
    !isSuccessor(built, lastAt, raw, firstAt, width)
  );
}

/** Below this many intervals a comparison sort beats 4-16 histogram passes. */
const FEW_INTERVALS = 32;

/**
 * Interval indices in ascending order of first address: an LSD radix sort
 * on 8-bit digits, skipping digits that are equal everywhere (the zero low
 * half of /64 networks). Linear, with no comparisons and no BigInts.
 */
function ascendingOrder(width: number, words: Uint32Array): Uint32Array {
  const count = words.length / (2 * width);
  if (count < FEW_INTERVALS) return insertionOrder(width, words, count);
  let order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let spare = new Uint32Array(count);
  const digits = new Uint8Array(count);
  const slots = new Uint32Array(257);
  for (let digit = 0; digit < 4 * width; digit++) {
    const word = width - 1 - (digit >> 2);
    const shift = 8 * (digit & 3);
    slots.fill(0);
    for (let i = 0; i < count; i++) {
      const value = (words[i * 2 * width + word]! >>> shift) & 0xff;
      digits[i] = value;
      slots[value + 1]! += 1;
    }
    if (slots.includes(count)) continue; // one bucket holds everything: order unchanged
    for (let b = 1; b < 257; b++) slots[b]! += slots[b - 1]!;
    for (const i of order) spare[slots[digits[i]!]!++] = i;
    [order, spare] = [spare, order];
  }
  return order;
}

/** The SPF walk's usual case: a handful of intervals. */
function insertionOrder(width: number, words: Uint32Array, count: number): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let j = i;
    while (
      j > 0 &&
      compareWords(words, order[j - 1]! * 2 * width, words, i * 2 * width, width) > 0
    ) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
  return order;
}

// ---- word form: CIDR decomposition -------------------------------------

const blockStart = new Uint32Array(4);

/**
 * Appends the fewest aligned power-of-two blocks covering the interval at
 * `at`: greedily, the largest block that starts where the previous one
 * ended and that its start's alignment allows without passing the end.
 */
function appendBlocks(
  family: Family,
  words: Uint32Array,
  at: number,
  origin: Origin | undefined,
  originPrefix: number,
  out: Cidr[],
) {
  const bits = addressBits(family);
  const width = widthOf(family);
  const lastAt = at + width;
  copyWords(words, at, blockStart, 0, width);
  let network: bigint | undefined; // unknown until needed: the origin holds the first one
  for (;;) {
    let hostBits = Math.min(bits, trailingZeroBits(blockStart, width));
    while (blockPassesEnd(blockStart, hostBits, words, lastAt, width)) hostBits--;
    const prefix = bits - hostBits;
    if (network === undefined && prefix === originPrefix) {
      out.push(origin as Cidr); // originPrefix is a prefix only when the origin is a Cidr
    } else {
      network ??= origin === undefined ? readAddress(family, words, at) : firstAddressOf(origin);
      out.push({ family, network, prefix });
    }
    if (!advancePastBlock(blockStart, hostBits, words, lastAt, width)) return;
    network = readAddress(family, blockStart, 0);
  }
}

/** Alignment of an address: how many low bits are zero (32 * width for zero). */
function trailingZeroBits(address: Uint32Array, width: number): number {
  for (let w = width - 1; w >= 0; w--) {
    const word = address[w]!;
    if (word !== 0) return 32 * (width - 1 - w) + 31 - Math.clz32(word & -word);
  }
  return 32 * width;
}

/** Whether the block of 2^hostBits addresses at `start` ends beyond the address at lastAt. */
function blockPassesEnd(
  start: Uint32Array,
  hostBits: number,
  words: Uint32Array,
  lastAt: number,
  width: number,
): boolean {
  for (let w = 0; w < width; w++) {
    const blockWord = (start[w]! | hostMaskWord(width, hostBits, w)) >>> 0;
    const endWord = words[lastAt + w]!;
    if (blockWord !== endWord) return blockWord > endWord;
  }
  return false;
}

/** Moves `start` past its block; false when the block ended at the address at lastAt. */
function advancePastBlock(
  start: Uint32Array,
  hostBits: number,
  words: Uint32Array,
  lastAt: number,
  width: number,
): boolean {
  let carry = 1;
  let endsHere = true;
  for (let w = width - 1; w >= 0; w--) {
    const blockWord = (start[w]! | hostMaskWord(width, hostBits, w)) >>> 0;
    if (blockWord !== words[lastAt + w]) endsHere = false;
    const sum = blockWord + carry;
    start[w] = sum >>> 0;
    carry = sum > 0xffffffff ? 1 : 0;
  }
  return !endsHere;
}
