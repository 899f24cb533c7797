// The resolver port: the only way the SPF walk talks to DNS (DESIGN.md "Parts").
// Adapters: node-resolver.ts (node:dns/promises) and, in tests and the offline
// example, the same adapter pointed at the in-process fixture server.

export type RecordType = 'TXT' | 'A' | 'AAAA' | 'MX';

export interface MxRecord {
  readonly exchange: string;
  readonly priority: number;
}

/** What each record type answers with: a TXT record is its list of character-strings. */
export interface RecordData {
  TXT: readonly string[];
  A: string;
  AAAA: string;
  MX: MxRecord;
}

/**
 * Transient failures never mean "no record" (DESIGN.md "Failure policy"):
 * the caller keeps the previous data instead of shrinking the allowlist.
 */
export type TransientReason = 'SERVFAIL' | 'REFUSED' | 'TIMEOUT' | 'CONNECTION' | 'OTHER';

export type DnsResult<T> =
  /** NOERROR; `records` is empty for NODATA. */
  | { readonly kind: 'answer'; readonly records: readonly T[] }
  | { readonly kind: 'nxdomain' }
  | { readonly kind: 'transient'; readonly reason: TransientReason; readonly message: string };

export type Resolve = <T extends RecordType>(
  name: string,
  type: T,
) => Promise<DnsResult<RecordData[T]>>;

/** RFC 7208 section 4.6.4: a void lookup is NXDOMAIN or an answer with no records. */
export function isVoid(result: DnsResult<unknown>): boolean {
  return result.kind === 'nxdomain' || (result.kind === 'answer' && result.records.length === 0);
}
