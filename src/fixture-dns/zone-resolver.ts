// An in-memory Resolve over fixture zone data, for pure unit tests of the walk
// (the mailauth habit: in-memory zones). It answers exactly what the
// in-process server would put on the wire, minus the wire.

import type { DnsResult, RecordData, RecordType, Resolve } from '../dns/port.js';
import { answerFor, type ZoneData, type ZoneRecord } from './zonedata.js';

export function zoneResolver(zone: ZoneData): Resolve {
  return <T extends RecordType>(name: string, type: T): Promise<DnsResult<RecordData[T]>> => {
    const lookup = answerFor(zone, name, type);
    if ('timeout' in lookup) {
      return Promise.resolve({
        kind: 'transient',
        reason: 'TIMEOUT',
        message: `${name} ${type} timed out`,
      });
    }
    if (lookup.rcode === 'NXDOMAIN') return Promise.resolve({ kind: 'nxdomain' });
    const records = lookup.answers
      .filter((a) => a.type === type)
      .map((a) => recordData(a) as RecordData[T]);
    return Promise.resolve({ kind: 'answer', records });
  };
}

function recordData(record: ZoneRecord): RecordData[RecordType] {
  return record.data;
}
