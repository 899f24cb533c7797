// Renders the allowlist as an nft(8) script that replaces the elements of
// one IPv4 and one IPv6 interval set. `nft -f` applies a whole file as one
// transaction, so the sets change atomically: all new elements or, if any
// line fails, none. The script is idempotent: declaring the table and sets
// adds them only when missing (an existing table keeps its chains, so the
// sets can live in the admin's own table), `flush set` empties them, and the
// `add element` lines refill them.

import { formatCidr } from '../cidr/format.js';
import type { Cidr } from '../cidr/types.js';
import type { NftablesNames, OutputSpec } from '../config/types.js';
import type { ListKind } from './list-kind.js';
import type { Allowlist } from './model.js';
import { renderLines } from './render-lines.js';

export const DEFAULT_NFTABLES_NAMES: NftablesNames = {
  table: 'spf_allowlist',
  family: 'inet',
  set4: 'allow4',
  set6: 'allow6',
};

/**
 * The denylist's sets default to other names in the same table, so loading
 * one file never flushes the other list's sets.
 */
export const DEFAULT_NFTABLES_NAMES_OF: Readonly<Record<ListKind, NftablesNames>> = {
  allow: DEFAULT_NFTABLES_NAMES,
  deny: { ...DEFAULT_NFTABLES_NAMES, set4: 'deny4', set6: 'deny6' },
};

const TITLE: Readonly<Record<ListKind, string>> = {
  allow: 'nftables sets',
  deny: 'nftables denylist sets',
};

export function renderNftables(
  allowlist: Allowlist,
  spec: OutputSpec,
  list: ListKind = 'allow',
): string {
  const names = nftablesNames(spec, list);
  const table = `${names.family} ${names.table}`;
  const head = [
    `# ${TITLE[list]} written by spf-allowlist from ${allowlist.configName}.`,
    '# Do not edit: the next run rewrites this file. Each group of elements follows a',
    '# comment naming the SPF record that published it.',
    '# Load with "nft -f FILE": one transaction, so the sets are replaced atomically.',
    `# Match in a chain of table ${table}: ip saddr @${names.set4}, ip6 saddr @${names.set6}`,
    '',
    `table ${table} {`,
    ...setDeclaration(names.set4, 'ipv4_addr'),
    ...setDeclaration(names.set6, 'ipv6_addr'),
    '}',
    `flush set ${table} ${names.set4}`,
    `flush set ${table} ${names.set6}`,
  ];
  const setOf = (cidr: Cidr) => (cidr.family === 4 ? names.set4 : names.set6);
  return renderLines(allowlist, {
    head,
    rangeLine: (cidr) => `add element ${table} ${setOf(cidr)} { ${formatCidr(cidr)} }`,
  });
}

export function nftablesNames(spec: OutputSpec, list: ListKind = 'allow'): NftablesNames {
  const given = spec.nftables;
  const defaults = DEFAULT_NFTABLES_NAMES_OF[list];
  return {
    table: given?.table ?? defaults.table,
    family: given?.family ?? defaults.family,
    set4: given?.set4 ?? defaults.set4,
    set6: given?.set6 ?? defaults.set6,
  };
}

/**
 * `flags interval` holds prefixes; `auto-merge` joins adjacent or
 * overlapping ones instead of failing with "conflicting intervals".
 */
function setDeclaration(name: string, type: 'ipv4_addr' | 'ipv6_addr'): string[] {
  return [`\tset ${name} {`, `\t\ttype ${type}`, '\t\tflags interval', '\t\tauto-merge', '\t}'];
}
