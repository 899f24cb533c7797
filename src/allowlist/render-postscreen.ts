// Renders the allowlist as a Postfix cidr table for postscreen_access_list
// (postconf(5), cidr_table(5)): one `RANGE<TAB>permit` per line, whole-line
// `#` comments only (cidr tables have no trailing comments), no timestamp,
// so the same data always gives the same bytes.

import { formatCidr } from '../cidr/format.js';
import type { Allowlist, Block, RangeGroup } from './model.js';

export const POSTSCREEN_ACTION = 'permit';

export function renderPostscreen(allowlist: Allowlist, mainCfPath: string): string {
  const lines: string[] = [
    `# Postfix postscreen allowlist (cidr table) written by spf-allowlist from ${allowlist.configName}.`,
    '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
    '# comment naming the SPF record that published it.',
    `# main.cf: postscreen_access_list = permit_mynetworks, cidr:${mainCfPath}`,
  ];
  for (const section of allowlist.sections) {
    lines.push('', `# == ${section.name} ==`);
    for (const block of section.blocks) lines.push('', ...blockLines(block));
  }
  return `${lines.join('\n')}\n`;
}

function blockLines(block: Block): string[] {
  const lines = [`# -- ${block.kind} ${block.name} --`];
  for (const note of block.notes) lines.push(`# note: ${oneLine(note)}`);
  for (const group of block.groups) lines.push(...groupLines(group));
  return lines;
}

function groupLines(group: RangeGroup): string[] {
  const lines = [`# ${oneLine(group.origin)}`];
  if (group.alsoListedUnder.length > 0) {
    const where = group.alsoListedUnder.join(', ');
    lines.push(
      group.cidrs.length > 0
        ? `# (some of its ranges are listed above under ${where})`
        : `# (its ranges are listed above under ${where})`,
    );
  }
  for (const cidr of group.cidrs) lines.push(`${formatCidr(cidr)}\t${POSTSCREEN_ACTION}`);
  return lines;
}

/** A comment must stay on one line: a newline in DNS data would start a table entry. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[^\x20-\x7e]/g, '?');
}
