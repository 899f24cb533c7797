// Renders the allowlist as a plain list: one range a line, `#` comments on
// lines of their own. rspamd maps, Exim host lists, sqlgrey and postgrey
// whitelists and OpenSMTPD tables all read this shape.
//
// The first line is always `# @list`. OpenSMTPD (table(5)) decides whether a
// file table is a list or a mapping from its first entry, and a line holding
// ":" reads as "key:value", so a file starting with an IPv6 range would load
// as a mapping; the `# @list` comment before the first entry forces a list.
// Every other consumer reads it as an ordinary comment, so it costs nothing.

import { formatCidr } from '../cidr/format.js';
import type { Family } from '../cidr/types.js';
import type { OutputSpec, PlainFamily } from '../config/types.js';
import { LIST_NOUN, type ListKind } from './list-kind.js';
import type { Allowlist } from './model.js';
import { renderLines } from './render-lines.js';

export const OPENSMTPD_LIST_MARKER = '# @list';
export const DEFAULT_PLAIN_FAMILY: PlainFamily = 'both';

const LISTED_FAMILIES: Record<PlainFamily, readonly Family[]> = {
  ipv4: [4],
  ipv6: [6],
  both: [4, 6],
};

const FAMILY_TEXT: Record<PlainFamily, string> = {
  ipv4: 'IPv4 ranges only',
  ipv6: 'IPv6 ranges only',
  both: 'IPv4 and IPv6 ranges',
};

export function renderPlain(
  allowlist: Allowlist,
  spec: OutputSpec,
  list: ListKind = 'allow',
): string {
  const family = spec.family ?? DEFAULT_PLAIN_FAMILY;
  const head = [
    OPENSMTPD_LIST_MARKER,
    `# Plain ${LIST_NOUN[list]}, one range a line (${FAMILY_TEXT[family]}), written by spf-allowlist from ${allowlist.configName}.`,
    '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
    '# comment naming the SPF record that published it. The first line makes',
    '# OpenSMTPD read the file as a list (table(5)); other readers skip it as a comment.',
  ];
  return renderLines(allowlist, {
    head,
    rangeLine: formatCidr,
    families: LISTED_FAMILIES[family],
  });
}
