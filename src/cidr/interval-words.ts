// Set algebra on interval lists in word form (see address-set.ts): each
// interval is its first and last address, `width` 32-bit words each, most
// significant first, and a list is sorted, disjoint and non-adjacent.
//
// The SPF walk combines a small set (one term's ranges) with a large one
// (what is still undecided) hundreds of times per sender (issue #7 profile).
// Decoding both into BigInt pairs for each operation made the garbage
// collector the biggest cost of a run. Here nothing is allocated but the
// result, and the large side is crossed by galloping search and copied in
// bulk, so an operation costs about the small side times log of the large.

export type Width = 1 | 4;

// ---- single addresses ---------------------------------------------------

/**
 * -1, 0 or 1 as the address at aAt is below, equal to or above the one at
 * bAt. Only small integers come back: a word difference above 2^30 would be
 * a heap number, allocated on every call that is not inlined (issue #7:
 * the largest allocation site in the walk's profile).
 */
export function compareWords(
  a: Uint32Array,
  aAt: number,
  b: Uint32Array,
  bAt: number,
  width: number,
): -1 | 0 | 1 {
  for (let w = 0; w < width; w++) {
    const mine = a[aAt + w]!;
    const theirs = b[bAt + w]!;
    if (mine !== theirs) return mine < theirs ? -1 : 1;
  }
  return 0;
}

/** Whether the address at bAt is the one right after the address at aAt. */
export function isSuccessor(
  a: Uint32Array,
  aAt: number,
  b: Uint32Array,
  bAt: number,
  width: number,
): boolean {
  let carry = 1;
  for (let w = width - 1; w >= 0; w--) {
    const sum = a[aAt + w]! + carry;
    if (sum >>> 0 !== b[bAt + w]) return false;
    carry = sum > 0xffffffff ? 1 : 0;
  }
  return carry === 0;
}

export function copyWords(
  from: Uint32Array,
  fromAt: number,
  to: Uint32Array,
  toAt: number,
  count: number,
): void {
  for (let w = 0; w < count; w++) to[toAt + w] = from[fromAt + w]!;
}

/** Writes (address at fromAt) + 1; the caller guarantees it is not the family's last address. */
export function writeSuccessor(
  from: Uint32Array,
  fromAt: number,
  to: Uint32Array,
  toAt: number,
  width: number,
): void {
  let carry = 1;
  for (let w = width - 1; w >= 0; w--) {
    const sum = from[fromAt + w]! + carry;
    to[toAt + w] = sum >>> 0;
    carry = sum > 0xffffffff ? 1 : 0;
  }
}

/** Writes (address at fromAt) - 1; the caller guarantees it is not zero. */
export function writePredecessor(
  from: Uint32Array,
  fromAt: number,
  to: Uint32Array,
  toAt: number,
  width: number,
): void {
  let borrow = 1;
  for (let w = width - 1; w >= 0; w--) {
    const difference = from[fromAt + w]! - borrow;
    to[toAt + w] = difference >>> 0;
    borrow = difference < 0 ? 1 : 0;
  }
}

// ---- searching ------------------------------------------------------------

/**
 * The first interval at index `from` or later whose last address is at or
 * above the address at keyAt, or `count` if none. Gallops (1, 2, 4...)
 * before the binary search: the answer is usually `from` or close to it.
 */
export function firstEndingAtOrAfter(
  words: Uint32Array,
  count: number,
  from: number,
  width: number,
  key: Uint32Array,
  keyAt: number,
): number {
  const stride = 2 * width;
  if (from >= count || compareWords(words, from * stride + width, key, keyAt, width) >= 0) {
    return from;
  }
  // Interval `low` ends before the key; `high` does not, or is count.
  let low = from;
  let step = 1;
  let high = from + step;
  while (high < count && compareWords(words, high * stride + width, key, keyAt, width) < 0) {
    low = high;
    step *= 2;
    high = from + step;
  }
  if (high > count) high = count;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (compareWords(words, middle * stride + width, key, keyAt, width) < 0) low = middle;
    else high = middle;
  }
  return high;
}

// ---- the output buffer ----------------------------------------------------

/** Results are built here and copied out at their exact size: most are a few words. */
let scratch = new Uint32Array(1024);
/** Above this, a result gets a buffer of its own rather than growing the shared one for good. */
const SCRATCH_LIMIT = 1 << 16;

function outputBuffer(words: number): Uint32Array {
  if (words > SCRATCH_LIMIT) return new Uint32Array(words);
  if (words > scratch.length) scratch = new Uint32Array(SCRATCH_LIMIT);
  return scratch;
}

/** One cursor address for subtract, reused across calls. */
const cursor = new Uint32Array(4);

// ---- the operations ------------------------------------------------------

/** `lengthB`: how many of b's words are the list (shrinking-set.ts keeps spare room after it). */
export function intersectWords(
  a: Uint32Array,
  b: Uint32Array,
  width: Width,
  lengthB = b.length,
): Uint32Array {
  const stride = 2 * width;
  const countA = a.length / stride;
  const countB = lengthB / stride;
  const out = outputBuffer(a.length + lengthB);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < countA && j < countB) {
    const atA = i * stride;
    const atB = j * stride;
    if (compareWords(a, atA + width, b, atB, width) < 0) {
      i = firstEndingAtOrAfter(a, countA, i + 1, width, b, atB);
      continue;
    }
    if (compareWords(b, atB + width, a, atA, width) < 0) {
      j = firstEndingAtOrAfter(b, countB, j + 1, width, a, atA);
      continue;
    }
    const at = n * stride;
    if (compareWords(a, atA, b, atB, width) >= 0) copyWords(a, atA, out, at, width);
    else copyWords(b, atB, out, at, width);
    if (compareWords(a, atA + width, b, atB + width, width) < 0) {
      copyWords(a, atA + width, out, at + width, width);
      i++;
    } else {
      copyWords(b, atB + width, out, at + width, width);
      j++;
    }
    n++;
  }
  return out.slice(0, n * stride);
}

/** a minus b; `lengthA`: how many of a's words are the list. */
export function subtractWords(
  a: Uint32Array,
  b: Uint32Array,
  width: Width,
  lengthA = a.length,
): Uint32Array {
  const stride = 2 * width;
  const countA = lengthA / stride;
  const countB = b.length / stride;
  // Each b interval leaves at most one piece before it, each a interval one after the last cut.
  const out = outputBuffer(lengthA + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < countA) {
    j = firstEndingAtOrAfter(b, countB, j, width, a, i * stride);
    if (j === countB) {
      out.set(a.subarray(i * stride, lengthA), n * stride);
      n += countA - i;
      break;
    }
    // a intervals that end before b[j] starts are untouched: copied as they are.
    const untouched = firstEndingAtOrAfter(a, countA, i, width, b, j * stride);
    if (untouched > i) {
      out.set(a.subarray(i * stride, untouched * stride), n * stride);
      n += untouched - i;
      i = untouched;
      continue;
    }
    const atA = i * stride;
    copyWords(a, atA, cursor, 0, width);
    let open = true; // some of a[i] is left from the cursor on
    while (j < countB && compareWords(b, j * stride, a, atA + width, width) <= 0) {
      const atB = j * stride;
      if (compareWords(b, atB, cursor, 0, width) > 0) {
        copyWords(cursor, 0, out, n * stride, width);
        writePredecessor(b, atB, out, n * stride + width, width);
        n++;
      }
      // b[j] reaches past a[i]: it may cut a[i + 1] too, so j stays.
      if (compareWords(b, atB + width, a, atA + width, width) >= 0) {
        open = false;
        break;
      }
      writeSuccessor(b, atB + width, cursor, 0, width);
      j++;
    }
    if (open) {
      copyWords(cursor, 0, out, n * stride, width);
      copyWords(a, atA + width, out, n * stride + width, width);
      n++;
    }
    i++;
  }
  return out.slice(0, n * stride);
}

/**
 * a union b, merged in one pass. When `sources` is given, sources[k] is set
 * to the input interval whose first address output interval k starts at:
 * its index in a, or a's count plus its index in b. At a tie the interval
 * reaching further wins, then a's (the rule of a stable sort and merge).
 */
export function unionWords(
  a: Uint32Array,
  b: Uint32Array,
  width: Width,
  sources?: Int32Array,
): Uint32Array {
  const stride = 2 * width;
  const countA = a.length / stride;
  const countB = b.length / stride;
  const out = outputBuffer(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < countA || j < countB) {
    const takeA =
      j >= countB || (i < countA && compareWords(a, i * stride, b, j * stride, width) <= 0);
    const from = takeA ? a : b;
    const at = takeA ? i * stride : j * stride;
    const source = takeA ? i++ : countA + j++;
    const runAt = (n - 1) * stride;
    const touchesRun =
      n > 0 &&
      (compareWords(from, at, out, runAt + width, width) <= 0 ||
        isSuccessor(out, runAt + width, from, at, width));
    if (!touchesRun) {
      copyWords(from, at, out, n * stride, stride);
      if (sources) sources[n] = source;
      n++;
      continue;
    }
    if (compareWords(from, at + width, out, runAt + width, width) > 0) {
      copyWords(from, at + width, out, runAt + width, width);
      if (sources && compareWords(from, at, out, runAt, width) === 0) sources[n - 1] = source;
    }
  }
  return out.slice(0, n * stride);
}

export function overlapsWords(a: Uint32Array, b: Uint32Array, width: Width): boolean {
  const stride = 2 * width;
  const countA = a.length / stride;
  const countB = b.length / stride;
  let i = 0;
  let j = 0;
  while (i < countA && j < countB) {
    const atA = i * stride;
    const atB = j * stride;
    if (compareWords(a, atA + width, b, atB, width) < 0) {
      i = firstEndingAtOrAfter(a, countA, i + 1, width, b, atB);
    } else if (compareWords(b, atB + width, a, atA, width) < 0) {
      j = firstEndingAtOrAfter(b, countB, j + 1, width, a, atA);
    } else {
      return true;
    }
  }
  return false;
}

/**
 * Whether every interval of b lies inside one interval of a (lists are
 * non-adjacent). `lengthA`: how many of a's words are the list.
 */
export function containsWords(
  a: Uint32Array,
  b: Uint32Array,
  width: Width,
  lengthA = a.length,
): boolean {
  const stride = 2 * width;
  const countA = lengthA / stride;
  const countB = b.length / stride;
  let i = 0;
  for (let j = 0; j < countB; j++) {
    const atB = j * stride;
    i = firstEndingAtOrAfter(a, countA, i, width, b, atB);
    if (i === countA) return false;
    const atA = i * stride;
    if (compareWords(a, atA, b, atB, width) > 0) return false;
    if (compareWords(a, atA + width, b, atB + width, width) < 0) return false;
  }
  return true;
}
