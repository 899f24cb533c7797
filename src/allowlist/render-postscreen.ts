// Renders the allowlist as a Postfix cidr table for postscreen_access_list
// (postconf(5), cidr_table(5)): one `RANGE<TAB>permit` per line (`reject`
// for the denylist), whole-line `#` comments only (cidr tables have no
// trailing comments), no timestamp, so the same data always gives the same
// bytes. parse-postscreen.ts reads it back; the comment shapes below are that
// parser's grammar.

import { formatCidr } from '../cidr/format.js';
import { LIST_NOUN, type ListKind } from './list-kind.js';
import type { Allowlist, Block, RangeGroup } from './model.js';

/** The postscreen_access_list results our two lists write (postconf(5)). */
export type PostscreenAction = 'permit' | 'reject';

export const POSTSCREEN_ACTION_OF: Readonly<Record<ListKind, PostscreenAction>> = {
  allow: 'permit',
  deny: 'reject',
};

/** The first line's start, which says which list the file is. */
export function postscreenHeader(action: PostscreenAction): string {
  const noun = LIST_NOUN[action === 'permit' ? 'allow' : 'deny'];
  return `# Postfix postscreen ${noun} (cidr table) written by spf-allowlist`;
}

export const MARK = {
  section: (name: string) => `# == ${name} ==`,
  block: (label: string) => `# -- ${label} --`,
  stale: (since: string, reason: string) => `# stale since ${since}: ${reason}`,
  note: (text: string) => `# note: ${text}`,
  origin: (text: string) => `# ${text}`,
  shared: (cidr: string, under: string) => `# also ${cidr} (listed under ${under})`,
};

export function renderPostscreen(
  allowlist: Allowlist,
  mainCfPath: string,
  action: PostscreenAction = 'permit',
): string {
  const lines: string[] = [
    `${postscreenHeader(action)} from ${allowlist.configName}.`,
    '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
    '# comment naming the SPF record that published it.',
    mainCfLine(mainCfPath, action),
  ];
  for (const section of allowlist.sections) {
    lines.push('', MARK.section(section.name));
    for (const block of section.blocks) lines.push('', ...blockLines(block, action));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * postscreen_access_list is first-match: a denylist goes after the
 * allowlists, so a range in both is permitted (README "Deny entries").
 */
function mainCfLine(mainCfPath: string, action: PostscreenAction): string {
  return action === 'permit'
    ? `# main.cf: postscreen_access_list = permit_mynetworks, cidr:${mainCfPath}`
    : `# main.cf, after the allowlists (first match wins): postscreen_access_list = permit_mynetworks, cidr:ALLOWLIST, cidr:${mainCfPath}`;
}

function blockLines(block: Block, action: PostscreenAction): string[] {
  const lines = [MARK.block(`${block.kind} ${block.name}`)];
  if (block.stale) lines.push(MARK.stale(block.stale.since, oneLine(block.stale.reason)));
  for (const note of block.notes) lines.push(MARK.note(oneLine(note)));
  for (const group of block.groups) lines.push(...groupLines(group, action));
  return lines;
}

function groupLines(group: RangeGroup, action: PostscreenAction): string[] {
  return [
    MARK.origin(oneLine(group.origin)),
    ...group.shared.map((s) => MARK.shared(formatCidr(s.cidr), s.under)),
    ...group.cidrs.map((cidr) => `${formatCidr(cidr)}\t${action}`),
  ];
}

/** A comment must stay on one line: a newline in DNS data would start a table entry. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[^\x20-\x7e]/g, '?');
}
