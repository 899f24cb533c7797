// Renders the allowlist as a Postfix cidr table for check_client_access
// (access(5), cidr_table(5)): one `RANGE<TAB>ACTION` per line. Greylisting
// setups put it in smtpd_recipient_restrictions after
// reject_unauth_destination, so a listed client can never relay, and before
// check_policy_service, so OK skips the greylisting policy server.

import { basename } from 'node:path';
import { formatCidr } from '../cidr/format.js';
import type { AccessAction, OutputSpec } from '../config/types.js';
import type { Allowlist } from './model.js';
import { renderLines } from './render-lines.js';

export const DEFAULT_ACCESS_ACTION: AccessAction = 'OK';

export function renderPostfixAccess(allowlist: Allowlist, spec: OutputSpec): string {
  const action = spec.action ?? DEFAULT_ACCESS_ACTION;
  const table = `cidr:/etc/postfix/${basename(spec.path)}`;
  const head = [
    `# Postfix access table (cidr) written by spf-allowlist from ${allowlist.configName}.`,
    '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
    '# comment naming the SPF record that published it.',
    '# main.cf, in smtpd_recipient_restrictions, after reject_unauth_destination',
    '# (or every listed range could relay) and before check_policy_service:',
    `#   check_client_access ${table}`,
  ];
  return renderLines(allowlist, { head, rangeLine: (cidr) => `${formatCidr(cidr)}\t${action}` });
}
