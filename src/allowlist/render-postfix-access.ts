// Renders the allowlist as a Postfix cidr table for check_client_access
// (access(5), cidr_table(5)): one `RANGE<TAB>ACTION` per line. Greylisting
// setups put it in smtpd_recipient_restrictions after
// reject_unauth_destination, so a listed client can never relay, and before
// check_policy_service, so OK skips the greylisting policy server. A
// denylist's table goes right after the allowlist's: the restriction list is
// first-match, so a range in both gets the allowlist's OK.

import { basename } from 'node:path';
import { formatCidr } from '../cidr/format.js';
import type { AccessAction, OutputSpec } from '../config/types.js';
import type { ListKind } from './list-kind.js';
import type { Allowlist } from './model.js';
import { renderLines } from './render-lines.js';

export const DEFAULT_ACCESS_ACTION: AccessAction = 'OK';

/**
 * REJECT answers with access_map_reject_code (554 by default) and a generic
 * "Access denied" (access(5)): a permanent refusal, as postscreen's reject is.
 */
export const DEFAULT_ACCESS_ACTION_OF: Readonly<Record<ListKind, AccessAction>> = {
  allow: DEFAULT_ACCESS_ACTION,
  deny: 'REJECT',
};

export function renderPostfixAccess(
  allowlist: Allowlist,
  spec: OutputSpec,
  list: ListKind = 'allow',
): string {
  const action = spec.action ?? DEFAULT_ACCESS_ACTION_OF[list];
  const table = `cidr:/etc/postfix/${basename(spec.path)}`;
  const head = [...HEADS[list](allowlist.configName), `#   check_client_access ${table}`];
  return renderLines(allowlist, { head, rangeLine: (cidr) => `${formatCidr(cidr)}\t${action}` });
}

const HEADS: Readonly<Record<ListKind, (configName: string) => string[]>> = {
  allow: (configName) => [
    `# Postfix access table (cidr) written by spf-allowlist from ${configName}.`,
    '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
    '# comment naming the SPF record that published it.',
    '# main.cf, in smtpd_recipient_restrictions, after reject_unauth_destination',
    '# (or every listed range could relay) and before check_policy_service:',
  ],
  deny: (configName) => [
    `# Postfix access table (cidr) of denied clients, written by spf-allowlist from ${configName}.`,
    '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
    '# comment naming the SPF record that published it.',
    '# main.cf, in smtpd_recipient_restrictions, after permit_mynetworks and right',
    "# after the allowlist's check_client_access (first match wins):",
  ],
};
