// The addresses of one family that an SPF record has not decided yet. The
// walk takes each term's addresses out of it in turn (first match wins), so
// it only ever shrinks, and mostly by a piece lying inside one interval.
// An immutable AddressSet per step copied the whole list and made a new
// buffer each time: at 5000 senders, the largest cost of a run (issue #7
// profile). Here the list is cut in place, and an immutable set is made
// only when someone asks for the whole (a child's scope, `all`).

import { AddressSet, setOfWords, wordsOf } from './address-set.js';
import {
  compareWords,
  containsWords,
  copyWords,
  firstEndingAtOrAfter,
  intersectWords,
  subtractWords,
  writePredecessor,
  writeSuccessor,
  type Width,
} from './interval-words.js';
import type { Family } from './types.js';

export class ShrinkingSet {
  private readonly width: Width;
  /** The list is words[0, length); the rest is spare room. */
  private words: Uint32Array;
  private length: number;
  /** False while `words` is still the start set's own (copied on the first cut). */
  private owned = false;
  /** The whole as an immutable set, until the next cut. */
  private snapshot: AddressSet | undefined;

  constructor(start: AddressSet) {
    this.width = start.family === 4 ? 1 : 4;
    this.words = wordsOf(start);
    this.length = this.words.length;
    this.snapshot = start;
  }

  get family(): Family {
    return this.width === 1 ? 4 : 6;
  }

  isEmpty(): boolean {
    return this.length === 0;
  }

  toSet(): AddressSet {
    this.snapshot ??=
      this.length === 0
        ? AddressSet.empty(this.family)
        : setOfWords(this.family, this.words.slice(0, this.length));
    return this.snapshot;
  }

  /** `set` intersected with what is left; `set` itself when all of it is left. */
  partOf(set: AddressSet): AddressSet {
    const theirs = wordsOf(set);
    if (theirs.length === 0) return set;
    if (this.length === 0) return AddressSet.empty(this.family);
    if (containsWords(this.words, theirs, this.width, this.length)) return set;
    const words = intersectWords(theirs, this.words, this.width, this.length);
    return words.length === 0 ? AddressSet.empty(this.family) : setOfWords(this.family, words);
  }

  /** Takes `set` out of what is left. */
  remove(set: AddressSet): void {
    const cut = wordsOf(set);
    if (cut.length === 0 || this.length === 0) return;
    this.snapshot = undefined;
    if (this.isWhole(cut)) {
      this.length = 0;
    } else if (containsWords(this.words, cut, this.width, this.length)) {
      this.own(cut.length);
      this.cutInside(cut);
    } else {
      // Rare (the walk removes only what partOf gave): the general difference.
      this.words = subtractWords(this.words, cut, this.width, this.length);
      this.length = this.words.length;
      this.owned = true;
    }
  }

  private isWhole(cut: Uint32Array): boolean {
    return cut.length === this.length && compareWords(cut, 0, this.words, 0, this.length) === 0;
  }

  /** Makes `words` this set's own, with room for `extra` more words. */
  private own(extra: number): void {
    if (this.owned && this.length + extra <= this.words.length) return;
    const words = new Uint32Array(Math.max(2 * this.length, this.length + extra, 16));
    words.set(this.words.subarray(0, this.length));
    this.words = words;
    this.owned = true;
  }

  /** Each interval of `cut` lies inside one interval of the list, and there is room for the splits. */
  private cutInside(cut: Uint32Array): void {
    const { width } = this;
    const stride = 2 * width;
    let i = 0;
    for (let at = 0; at < cut.length; at += stride) {
      i = firstEndingAtOrAfter(this.words, this.length / stride, i, width, cut, at);
      const mine = i * stride;
      const keepsLeft = compareWords(this.words, mine, cut, at, width) < 0;
      const keepsRight = compareWords(cut, at + width, this.words, mine + width, width) < 0;
      if (keepsLeft && keepsRight) {
        // Split: [first, cutFirst - 1] and [cutLast + 1, last].
        const next = mine + stride;
        this.words.copyWithin(next + stride, next, this.length);
        this.length += stride;
        copyWords(this.words, mine + width, this.words, next + width, width);
        writeSuccessor(cut, at + width, this.words, next, width);
        writePredecessor(cut, at, this.words, mine + width, width);
        i++;
      } else if (keepsLeft) {
        writePredecessor(cut, at, this.words, mine + width, width);
      } else if (keepsRight) {
        writeSuccessor(cut, at + width, this.words, mine, width);
      } else {
        this.words.copyWithin(mine, mine + stride, this.length);
        this.length -= stride;
      }
    }
  }
}
