// The CLI's progress line (issue 7): sources done out of the total and DNS
// queries in flight, on a terminal only. Kept with the benchmark tests, whose
// issue it belongs to; test/cli is where it would live by module.

import { describe, expect, it } from 'vitest';
import { ProgressLine } from '../../src/cli/progress-line.js';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => writes.push(text) };
}

describe('ProgressLine', () => {
  it('shows sources done out of the total and the queries in flight', () => {
    const out = stream(true);
    let inFlight = 7;
    const line = new ProgressLine(out, 0);
    line.track({ total: 3, inFlight: () => inFlight });
    inFlight = 4;
    line.sourceDone('a.example');
    line.clear();
    expect(out.writes).toEqual([
      '\r\x1b[2Kresolved 0/3 sources, 7 DNS queries in flight',
      '\r\x1b[2Kresolved 1/3 sources, 4 DNS queries in flight (last: a.example)',
      '\r\x1b[2K',
    ]);
  });

  it('still counts sources when no run is tracked', () => {
    const out = stream(true);
    const line = new ProgressLine(out, 0);
    line.sourceDone('a.example');
    line.sourceDone('b.example');
    expect(out.writes.at(-1)).toBe('\r\x1b[2Kresolved 2 sources (last: b.example)');
  });

  it('redraws at most once per refresh interval', () => {
    const out = stream(true);
    const line = new ProgressLine(out, 60_000);
    for (const name of ['a', 'b', 'c']) line.sourceDone(`${name}.example`);
    expect(out.writes).toEqual(['\r\x1b[2Kresolved 1 sources (last: a.example)']);
    line.clear();
  });

  it.each([false, undefined])(
    'writes nothing when stderr is not a terminal (isTTY %s)',
    (isTTY) => {
      const writes: string[] = [];
      const line = new ProgressLine({ write: (t: string) => writes.push(t), isTTY }, 0);
      line.track({ total: 2, inFlight: () => 1 });
      line.sourceDone('a.example');
      line.clear();
      expect(writes).toEqual([]);
    },
  );
});
