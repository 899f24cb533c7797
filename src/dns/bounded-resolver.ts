// Resource bounds on what DNS may cost one run (issue #8 scope 5). Whoever
// publishes a sender's records decides how many names its include tree
// reaches and how large its TXT answers are; these caps keep a run's queries
// and memory bounded whatever they publish. Placed under the cache, so only
// queries actually sent are counted.
//
// A capped answer is a transient failure, not "no record": by the failure
// policy (DESIGN.md) the source keeps its previous block and the review says
// why, naming the config key to raise.

import type { Limits } from '../config/types.js';
import type { DnsResult, RecordData, RecordType, Resolve } from './port.js';

export type ResolveBounds = Pick<Limits, 'maxQueriesPerRun' | 'maxTxtBytes'>;

export function createBoundedResolver(inner: Resolve, bounds: ResolveBounds): Resolve {
  let sent = 0;
  return async <T extends RecordType>(name: string, type: T): Promise<DnsResult<RecordData[T]>> => {
    sent += 1;
    if (sent > bounds.maxQueriesPerRun) {
      return refused(
        `${type} lookup of ${name} not sent: the run already sent ${bounds.maxQueriesPerRun} queries, the limit of limits.max-queries-per-run`,
      );
    }
    const result = await inner(name, type);
    if (type !== 'TXT' || result.kind !== 'answer') return result;
    const bytes = txtBytes(result.records as readonly RecordData['TXT'][]);
    if (bytes <= bounds.maxTxtBytes) return result;
    return refused(
      `TXT answer for ${name} refused: its records hold ${bytes} bytes, more than limits.max-txt-bytes (${bounds.maxTxtBytes})`,
    );
  };
}

function refused(message: string): DnsResult<never> {
  return { kind: 'transient', reason: 'OTHER', message };
}

/** Each character-string's bytes (Node decodes TXT one character per byte). */
function txtBytes(records: readonly RecordData['TXT'][]): number {
  let total = 0;
  for (const strings of records) for (const text of strings) total += text.length;
  return total;
}
