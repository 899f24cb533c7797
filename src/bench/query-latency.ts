// The latency the fixture server injects per query: a base value jittered by
// up to ±`jitter` of itself. The jitter is a hash of (seed, name, type), not
// a random stream, so every (name, type) gets the same delay whatever order
// the queries arrive in, and the benchmark can compute its lower bound from
// the very delays the server applies.

export interface LatencyOptions {
  readonly baseMs: number;
  /** Fraction of baseMs: 0.25 gives delays from 0.75 to 1.25 times baseMs. */
  readonly jitter: number;
  readonly seed: number;
}

export type QueryLatency = (name: string, type: string) => number;

export function jitteredLatency(options: LatencyOptions): QueryLatency {
  const { baseMs, jitter, seed } = options;
  return (name, type) => {
    const unit = hashToUnit(seed, `${type} ${name.toLowerCase().replace(/\.$/, '')}`);
    return baseMs * (1 + jitter * (2 * unit - 1));
  };
}

/** FNV-1a over the seed and the text, then a final avalanche; uniform enough in [0, 1). */
function hashToUnit(seed: number, text: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return (hash >>> 0) / 2 ** 32;
}
