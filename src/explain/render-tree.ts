// `spf-allowlist explain` text: the domain's record tree, what each term
// contributed, what was unflattenable or taken by an earlier term, the
// section 4.6.4 counts, and the final pass set.

import { formatCidr } from '../cidr/format.js';
import { RFC_LIMITS } from '../spf/findings.js';
import { passSet } from '../spf/partition.js';
import type { RecordTrace, TermTrace } from '../spf/trace.js';
import type { SpfEvaluation } from '../spf/walk.js';

const MAX_LISTED = 8;

export function renderExplainTree(evaluation: SpfEvaluation): string {
  const lines = [...recordLines(evaluation.trace, 0), ''];
  const { lookups, voids, mxNames } = evaluation.limits;
  lines.push(
    `DNS-querying terms: ${lookups} of ${RFC_LIMITS.lookups}; void lookups: ${voids} of ${RFC_LIMITS.voids}; MX records for one term: ${mxNames} of ${RFC_LIMITS.mxNames}`,
    `Status: ${evaluation.status}`,
  );
  for (const finding of evaluation.findings) lines.push(`${finding.severity}: ${finding.message}`);
  const pass = passSet(evaluation.regions).toCidrs();
  lines.push('', `Pass set (${pass.length} ranges):`, ...pass.map((c) => `  ${formatCidr(c)}`));
  if (!evaluation.regions.unknown.isEmpty()) {
    lines.push(
      '',
      'Not covered: addresses whose result depends on each message (unflattenable terms above) are not in the pass set.',
    );
  }
  return `${lines.join('\n')}\n`;
}

function recordLines(trace: RecordTrace, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const head = `${pad}${trace.name}: ${trace.record ?? `(${trace.problem ?? 'no record'})`}`;
  const lines = [head];
  if (trace.record && trace.problem) lines.push(`${pad}  ! ${trace.problem}`);
  for (const term of trace.terms) lines.push(...termLines(term, depth + 1));
  return lines;
}

function termLines(term: TermTrace, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const passed = term.addresses?.passed.toCidrs() ?? [];
  const lines = [`${pad}${term.term}  -> ${describeTerm(term, passed.length)}`];
  if (passed.length > 0 && !term.child) {
    const shown = passed.slice(0, MAX_LISTED).map(formatCidr).join(' ');
    const more = passed.length > MAX_LISTED ? ` (+${passed.length - MAX_LISTED} more)` : '';
    lines.push(`${pad}   ${shown}${more}`);
  }
  if (term.note) lines.push(`${pad}   ! ${term.note}`);
  if (term.child) lines.push(...recordLines(term.child, depth + 1));
  return lines;
}

function describeTerm(term: TermTrace, passedCount: number): string {
  if (term.result !== 'pass') return `${term.result} for what it matches (adds nothing)`;
  const { addresses } = term;
  if (addresses === undefined) return 'pass (addresses not traced)';
  const shadowed = !addresses.matched.subtract(addresses.passed).isEmpty();
  const base = `pass: ${passedCount} range${passedCount === 1 ? '' : 's'}`;
  return shadowed ? `${base} (part of what it matches was decided by an earlier term)` : base;
}
