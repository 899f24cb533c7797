// What one resolved source contributes this run, before comparing with the
// previous file: its ranges grouped by publishing record with the range
// policy applied, or the reason it has nothing trustworthy to contribute.

import { DualSet } from '../cidr/dual-set.js';
import type { Policy } from '../config/types.js';
import type { OriginInput } from '../allowlist/build.js';
import { refusalReason } from '../policy/range-policy.js';
import type { SourceResolution } from '../sources/resolution.js';
import type { Outcome, RefusedRange } from './outcome.js';

export type FreshResult =
  | {
      readonly kind: 'fresh';
      readonly origins: readonly OriginInput[];
      readonly refused: readonly RefusedRange[];
      readonly warnings: readonly string[];
    }
  | {
      readonly kind: 'failed';
      readonly outcome: Outcome;
      readonly reason: string;
      readonly warnings: readonly string[];
    };

interface Published {
  readonly origin: string;
  readonly set: DualSet;
}

export function freshOrigins(source: SourceResolution, policy: Policy): FreshResult {
  switch (source.kind) {
    case 'static':
      return screen(
        [{ origin: `static: ${source.entry.note}`, set: DualSet.fromCidrs([source.entry.range]) }],
        policy,
        [],
      );
    case 'host':
      if (source.transient)
        return { kind: 'failed', outcome: 'stale', reason: source.transient, warnings: [] };
      if (source.empty)
        return {
          kind: 'failed',
          outcome: 'gone',
          reason: `${source.name} has no A or AAAA records`,
          warnings: [],
        };
      return screen(
        [{ origin: `${source.name}: A/AAAA records`, set: source.addresses }],
        policy,
        [],
      );
    case 'sender':
      return senderOrigins(source, policy);
  }
}

function senderOrigins(
  source: Extract<SourceResolution, { kind: 'sender' }>,
  policy: Policy,
): FreshResult {
  const { evaluation } = source;
  const messagesOf = (...kinds: string[]) =>
    evaluation.findings.filter((f) => kinds.includes(f.kind)).map((f) => f.message);
  const warnings = [
    ...new Set(evaluation.findings.filter((f) => f.severity === 'warning').map((f) => f.message)),
  ];
  if (evaluation.status === 'temperror') {
    return {
      kind: 'failed',
      outcome: 'stale',
      reason: messagesOf('dns-transient').join('; '),
      warnings,
    };
  }
  if (evaluation.status === 'none') {
    const why = evaluation.trace.problem ?? 'no SPF record';
    return { kind: 'failed', outcome: 'gone', reason: `${source.name}: ${why}`, warnings };
  }
  const unsafe = messagesOf('unsafe');
  if (unsafe.length > 0)
    return { kind: 'failed', outcome: 'unsafe', reason: unsafe.join('; '), warnings };
  if (evaluation.status === 'permerror') {
    const errors = evaluation.findings.filter((f) => f.severity === 'error').map((f) => f.message);
    return { kind: 'failed', outcome: 'error', reason: errors.join('; ') || 'permerror', warnings };
  }
  const published = evaluation.regions.pass.map((c) => ({
    origin: `${c.origin.name}: ${c.origin.record}`,
    set: c.set,
  }));
  const nothing =
    published.length === 0
      ? [`no address certainly passes ${source.name}'s SPF, so it adds nothing`]
      : [];
  return screen(published, policy, [...warnings, ...nothing]);
}

/** Applies the range policy per published term, then groups by record in walk order. */
function screen(
  published: readonly Published[],
  policy: Policy,
  warnings: readonly string[],
): FreshResult {
  const refused: RefusedRange[] = [];
  const byOrigin = new Map<string, DualSet>();
  for (const { origin, set } of published) {
    const kept = set.toCidrs().filter((cidr) => {
      const reason = refusalReason(cidr, policy);
      if (reason) refused.push({ cidr, origin, reason });
      return reason === undefined;
    });
    byOrigin.set(origin, (byOrigin.get(origin) ?? DualSet.EMPTY).union(DualSet.fromCidrs(kept)));
  }
  const origins = [...byOrigin]
    .map(([text, set]) => ({ text, set }))
    .filter((o) => !o.set.isEmpty());
  return { kind: 'fresh', origins, refused, warnings };
}
