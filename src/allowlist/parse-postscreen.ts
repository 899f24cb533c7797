// Reads a postscreen allowlist (or denylist) written by render-postscreen.ts
// back into the model: the previous file is the record of what each source
// held (issue #4). Anything else (a hand edit, a foreign file, the other
// list's file) is an error naming the line, because guessing would lose or
// invent ranges.

import { parseCidr } from '../cidr/parse.js';
import { RangeSyntaxError, type Cidr } from '../cidr/types.js';
import type { Allowlist, Block, RangeGroup, SharedRange, SourceKind, StaleMark } from './model.js';
import { postscreenHeader, type PostscreenAction } from './render-postscreen.js';

export class AllowlistFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(
      `${file}:${line}: ${reason}. This file does not look like one spf-allowlist wrote; if it was edited by hand, restore it from git, or move it away to start afresh`,
    );
    this.name = 'AllowlistFileError';
  }
}

const SECTION = /^# == (.+) ==$/;
const BLOCK = /^# -- (sender|host|static) (.+) --$/;
const STALE = /^# stale since (\d{4}-\d{2}-\d{2}): (.*)$/;
const NOTE = /^# note: (.*)$/;
const SHARED = /^# also (\S+) \(listed under ((?:sender|host|static) .+)\)$/;
const ENTRY = /^([^\s#]\S*)\t(\S+)$/;

interface MutableGroup {
  origin: string;
  cidrs: Cidr[];
  shared: SharedRange[];
}

interface MutableBlock {
  kind: SourceKind;
  name: string;
  stale: StaleMark | undefined;
  notes: string[];
  groups: MutableGroup[];
}

/** `action`: what every entry must carry, `permit` (allowlist) or `reject` (denylist). */
export function parsePostscreen(
  text: string,
  file: string,
  action: PostscreenAction = 'permit',
): Allowlist {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  const header = postscreenHeader(action);
  const configMatch = first.startsWith(header) ? / from (.+)\.$/.exec(first) : null;
  if (!configMatch)
    throw new AllowlistFileError(file, 1, `the first line is not "${header} from ..."`);
  if (!text.endsWith('\n'))
    throw new AllowlistFileError(
      file,
      lines.length,
      'the file does not end with a newline (truncated?)',
    );
  const sections: { name: string; blocks: MutableBlock[] }[] = [];
  let block: MutableBlock | undefined;
  let group: MutableGroup | undefined;
  const fail = (index: number, reason: string): never => {
    throw new AllowlistFileError(file, index + 1, reason);
  };
  lines.slice(0, -1).forEach((line, index) => {
    if (index < 4 || line === '') return;
    let m: RegExpExecArray | null;
    if ((m = SECTION.exec(line))) {
      sections.push({ name: m[1]!, blocks: [] });
      block = group = undefined;
    } else if ((m = BLOCK.exec(line))) {
      const section =
        sections.at(-1) ?? fail(index, 'a block starts before any "# == section ==" line');
      block = { kind: m[1] as SourceKind, name: m[2]!, stale: undefined, notes: [], groups: [] };
      section.blocks.push(block);
      group = undefined;
    } else if (!block) {
      fail(index, 'expected a "# == section ==" or "# -- kind name --" line');
    } else if ((m = STALE.exec(line)) && !group && block.notes.length === 0) {
      block.stale = { since: m[1]!, reason: m[2]! };
    } else if ((m = NOTE.exec(line)) && !group) {
      block.notes.push(m[1]!);
    } else if ((m = SHARED.exec(line))) {
      if (!group) fail(index, 'an "# also ..." line before the record comment it belongs to');
      group!.shared.push({ cidr: cidrAt(m[1]!, index, fail), under: m[2]! });
    } else if (line.startsWith('# ')) {
      group = { origin: line.slice(2), cidrs: [], shared: [] };
      block.groups.push(group);
    } else if ((m = ENTRY.exec(line))) {
      if (!group) fail(index, 'a range before the record comment it belongs to');
      if (m[2] !== action) fail(index, `the action is "${m[2]!}", not "${action}"`);
      group!.cidrs.push(cidrAt(m[1]!, index, fail));
    } else {
      fail(index, `"${line.slice(0, 60)}" is neither a comment nor "RANGE<TAB>${action}"`);
    }
  });
  return {
    configName: configMatch[1]!,
    sections: sections.map((s) => ({ name: s.name, blocks: s.blocks.map(freezeBlock) })),
  };
}

function cidrAt(text: string, index: number, fail: (index: number, reason: string) => never): Cidr {
  try {
    const { cidr, hostBitsSet } = parseCidr(text);
    if (hostBitsSet)
      fail(index, `"${text}" has host bits set; we always write the network address`);
    return cidr;
  } catch (error) {
    if (error instanceof RangeSyntaxError) fail(index, error.message);
    throw error;
  }
}

function freezeBlock(block: MutableBlock): Block {
  const groups: RangeGroup[] = block.groups;
  return { ...block, groups };
}
