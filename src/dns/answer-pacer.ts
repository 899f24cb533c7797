// Hands answers back to CPU-heavy callers in time slices, with a turn of the
// event loop between slices. One answer (a shared include) can wake
// thousands of waiting walks; run back to back they block the loop for
// seconds, while answers to the queries in flight sit unread in the socket
// and time out. Between slices those answers are read.

import { Fifo } from './fifo.js';

/** Longest stretch of callers' work between two reads of the sockets. */
export const ANSWER_SLICE_MS = 10;

export type Pace = <T>(answer: Promise<T>) => Promise<T>;

export function createPacer(sliceMs: number = ANSWER_SLICE_MS): Pace {
  const queue = new Fifo<() => void>();
  let scheduled = false;
  const pump = async (): Promise<void> => {
    const started = performance.now();
    while (queue.size() > 0 && performance.now() - started < sliceMs) {
      queue.shift()?.();
      // Let the woken caller run up to its next query before timing the next one.
      await Promise.resolve();
    }
    if (queue.size() > 0) setImmediate(() => void pump());
    else scheduled = false;
  };
  return <T>(answer: Promise<T>) =>
    answer.then(
      (value) =>
        new Promise<T>((resolve) => {
          queue.push(() => {
            resolve(value);
          });
          if (!scheduled) {
            scheduled = true;
            setImmediate(() => void pump());
          }
        }),
    );
}
