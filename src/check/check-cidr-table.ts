// Validates a generated Postfix cidr table before anything uses it. Postfix
// fails silently on each problem found here (cidr_table(5), postconf(5)):
// an indented line is joined to the previous one, a range with host bits set
// is skipped with only a log warning, and an action postscreen does not know
// makes it ignore the rest of postscreen_access_list, deny tables included.
// mailhost/spf-allowlist-pull applies the same rules in awk on mail hosts
// without Node.js; test/mailhost checks that both flag the same lines.

import { formatCidr } from '../cidr/format.js';
import { parseCidr } from '../cidr/parse.js';
import { RangeSyntaxError } from '../cidr/types.js';

/**
 * The Postfix cidr tables spf-allowlist writes (output formats of the same
 * name); `postfix-access-deny` is a `postfix-access` output of `deny:`.
 */
export type CidrTableKind = 'postscreen' | 'postfix-access' | 'postfix-access-deny';

/** The results postscreen_access_list accepts from a table (postconf(5)). */
export const POSTSCREEN_ACTIONS: readonly string[] = ['permit', 'reject', 'dunno'];

/**
 * The access(5) actions a postfix-access output may carry (the config's
 * `action` values): each lets the client through or only logs it.
 */
export const ACCESS_ACTIONS: readonly string[] = ['OK', 'DUNNO', 'WARN', 'INFO'];

/**
 * A denylist's access table rejects or only logs; an OK there would let a
 * denied client through, a REJECT in an allowlist would refuse every sender.
 */
export const DENY_ACCESS_ACTIONS: readonly string[] = ['REJECT', 'DUNNO', 'WARN', 'INFO'];

export const TABLE_ACTIONS: Readonly<Record<CidrTableKind, readonly string[]>> = {
  postscreen: POSTSCREEN_ACTIONS,
  'postfix-access': ACCESS_ACTIONS,
  'postfix-access-deny': DENY_ACCESS_ACTIONS,
};

export interface TableProblem {
  readonly file: string;
  /** 1-based line; file-level problems name line 1 or the last line. */
  readonly line: number;
  readonly message: string;
}

export interface CidrTableReport {
  readonly file: string;
  /** RANGE<TAB>ACTION lines that passed every check. */
  readonly entries: number;
  readonly problems: readonly TableProblem[];
}

export function formatTableProblem(problem: TableProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Checks the text of a cidr table; `file` names it in every problem. */
export function checkCidrTable(
  text: string,
  file: string,
  kind: CidrTableKind = 'postscreen',
): CidrTableReport {
  const problems: TableProblem[] = [];
  const add = (line: number, message: string) => problems.push({ file, line, message });
  if (text === '') {
    add(1, 'is empty; an allowlist lists at least one RANGE<TAB>ACTION entry');
    return { file, entries: 0, problems };
  }
  if (text.includes('\0')) {
    add(1, 'contains NUL bytes; a cidr table is plain text');
    return { file, entries: 0, problems };
  }
  const lines = text.split('\n');
  const endsWithNewline = text.endsWith('\n');
  if (endsWithNewline) lines.pop();
  let entries = 0;
  lines.forEach((line, index) => {
    const problem = lineProblem(line, TABLE_ACTIONS[kind]);
    if (problem === undefined) {
      if (isEntry(line)) entries += 1;
    } else {
      add(index + 1, problem);
    }
  });
  if (entries === 0 && problems.length === 0) {
    add(lines.length, 'has no RANGE<TAB>ACTION entry; an allowlist lists at least one range');
  }
  if (!endsWithNewline) {
    add(lines.length, 'does not end with a newline (a truncated file?); every line ends in LF');
  }
  return { file, entries, problems };
}

function isEntry(line: string): boolean {
  return line !== '' && !line.startsWith('#');
}

/** The problem with one line, or undefined when Postfix reads it as we mean it. */
function lineProblem(line: string, actions: readonly string[]): string | undefined {
  if (line.includes('\r')) return 'contains a carriage return; lines end in a bare newline (LF)';
  if (!isEntry(line)) return undefined;
  if (line.startsWith(' ') || line.startsWith('\t')) {
    return 'starts with whitespace, so Postfix joins it to the previous line; entries and # comments start in column 1';
  }
  const fields = line.split('\t');
  const [range, action] = fields;
  if (fields.length !== 2 || range === undefined || action === undefined) {
    return 'is not RANGE<TAB>ACTION: one range, one tab, one action (e.g. "192.0.2.0/24<TAB>permit") and nothing else';
  }
  const problem = rangeProblem(range);
  if (problem !== undefined) return problem;
  if (!actions.includes(action)) {
    return `action "${action}" is not one this table may carry; use one of: ${actions.join(' ')}`;
  }
  return undefined;
}

/** A range is valid exactly when it is the text our renderer writes for it. */
function rangeProblem(range: string): string | undefined {
  let parsed;
  try {
    parsed = parseCidr(range);
  } catch (error) {
    if (error instanceof RangeSyntaxError) return error.message;
    throw error;
  }
  const canonical = formatCidr(parsed.cidr);
  if (parsed.hostBitsSet) {
    return `"${range}" has host bits set, so Postfix skips it; the network is "${canonical}"`;
  }
  if (canonical !== range) {
    return `"${range}" is not in canonical form (address/length, RFC 5952 for IPv6); write "${canonical}"`;
  }
  return undefined;
}
