// A small hand-built Allowlist exercising every part of the model the
// renderers write: two sections, a stale block, notes, a group with both
// families, ranges shared with an earlier block, and DNS text that must not
// break a comment line. Documentation ranges (RFC 5737, RFC 3849) only.

import { parseCidr } from '../../src/cidr/parse.js';
import type { Cidr } from '../../src/cidr/types.js';
import type { Allowlist } from '../../src/allowlist/model.js';

export function cidr(text: string): Cidr {
  return parseCidr(text).cidr;
}

export const SAMPLE_ALLOWLIST: Allowlist = {
  configName: 'spf-allowlist.yml',
  sections: [
    {
      name: 'webmail',
      blocks: [
        {
          kind: 'sender',
          name: 'mail.example',
          stale: undefined,
          notes: ['ptr term cannot be flattened'],
          groups: [
            {
              origin: '_spf.mail.example: v=spf1 ip4:192.0.2.0/25 ip6:2001:db8:1::/48 -all',
              cidrs: [cidr('192.0.2.0/25'), cidr('2001:db8:1::/48')],
              shared: [],
            },
            {
              origin: 'mail.example: v=spf1 include:_spf.mail.example ip4:198.51.100.7 -all',
              cidrs: [cidr('198.51.100.7/32')],
              shared: [],
            },
          ],
        },
        {
          kind: 'sender',
          name: 'alias.example',
          stale: { since: '2024-05-01', reason: 'SERVFAIL from every server' },
          notes: [],
          groups: [
            {
              origin: 'alias.example: v=spf1 include:_spf.mail.example ip4:203.0.113.0/24 -all',
              cidrs: [cidr('203.0.113.0/24')],
              shared: [
                { cidr: cidr('192.0.2.0/25'), under: 'sender mail.example' },
                { cidr: cidr('2001:db8:1::/48'), under: 'sender mail.example' },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'hosts',
      blocks: [
        {
          kind: 'host',
          name: 'relay.example',
          stale: undefined,
          notes: [],
          groups: [
            {
              origin: 'relay.example: A/AAAA records\n198.51.100.0/24\tpermit \u00e9',
              cidrs: [cidr('198.51.100.9/32'), cidr('2001:db8:2::9/128')],
              shared: [],
            },
          ],
        },
      ],
    },
  ],
};
