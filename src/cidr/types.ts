// Value types shared by the range parser, the set algebra and the renderers.

export type Family = 4 | 6;

/** A network in canonical form: `network` has no host bits set. */
export interface Cidr {
  readonly family: Family;
  readonly network: bigint;
  readonly prefix: number;
}

/** Thrown for any malformed address or range text; `reason` says what would be valid. */
export class RangeSyntaxError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`invalid range "${input}": ${reason}`);
    this.name = 'RangeSyntaxError';
  }
}

export function addressBits(family: Family): 32 | 128 {
  return family === 4 ? 32 : 128;
}
