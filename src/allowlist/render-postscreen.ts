// Renders the allowlist as a Postfix cidr table for postscreen_access_list
// (postconf(5), cidr_table(5)): one `RANGE<TAB>permit` per line, whole-line
// `#` comments only (cidr tables have no trailing comments), no timestamp,
// so the same data always gives the same bytes. parse-postscreen.ts reads it
// back; the comment shapes below are that parser's grammar.

import { formatCidr } from '../cidr/format.js';
import type { Allowlist, Block, RangeGroup } from './model.js';

export const POSTSCREEN_ACTION = 'permit';
export const POSTSCREEN_HEADER =
  '# Postfix postscreen allowlist (cidr table) written by spf-allowlist';

export const MARK = {
  section: (name: string) => `# == ${name} ==`,
  block: (label: string) => `# -- ${label} --`,
  stale: (since: string, reason: string) => `# stale since ${since}: ${reason}`,
  note: (text: string) => `# note: ${text}`,
  origin: (text: string) => `# ${text}`,
  shared: (cidr: string, under: string) => `# also ${cidr} (listed under ${under})`,
};

export function renderPostscreen(allowlist: Allowlist, mainCfPath: string): string {
  const lines: string[] = [
    `${POSTSCREEN_HEADER} from ${allowlist.configName}.`,
    '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
    '# comment naming the SPF record that published it.',
    `# main.cf: postscreen_access_list = permit_mynetworks, cidr:${mainCfPath}`,
  ];
  for (const section of allowlist.sections) {
    lines.push('', MARK.section(section.name));
    for (const block of section.blocks) lines.push('', ...blockLines(block));
  }
  return `${lines.join('\n')}\n`;
}

function blockLines(block: Block): string[] {
  const lines = [MARK.block(`${block.kind} ${block.name}`)];
  if (block.stale) lines.push(MARK.stale(block.stale.since, oneLine(block.stale.reason)));
  for (const note of block.notes) lines.push(MARK.note(oneLine(note)));
  for (const group of block.groups) lines.push(...groupLines(group));
  return lines;
}

function groupLines(group: RangeGroup): string[] {
  return [
    MARK.origin(oneLine(group.origin)),
    ...group.shared.map((s) => MARK.shared(formatCidr(s.cidr), s.under)),
    ...group.cidrs.map((cidr) => `${formatCidr(cidr)}\t${POSTSCREEN_ACTION}`),
  ];
}

/** A comment must stay on one line: a newline in DNS data would start a table entry. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[^\x20-\x7e]/g, '?');
}
