import { describe, expect, it } from 'vitest';
import type { Allowlist } from '../../src/allowlist/model.js';
import { renderPostfixAccess } from '../../src/allowlist/render-postfix-access.js';
import type { AccessAction, OutputSpec } from '../../src/config/types.js';
import { cidr, SAMPLE_ALLOWLIST } from '../support/sample-allowlist.js';

const SPEC: OutputSpec = { path: '/srv/out/spf_access.cidr', format: 'postfix-access' };

/** Lines that are table entries (not comments, not blank). */
function entries(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

describe('renderPostfixAccess', () => {
  it('writes a commented cidr table with the greylisting setup in its header', () => {
    const tiny: Allowlist = {
      configName: 'spf-allowlist.yml',
      sections: [
        {
          name: 'senders',
          blocks: [
            {
              kind: 'sender',
              name: 'mail.example',
              stale: undefined,
              notes: [],
              groups: [
                {
                  origin: 'mail.example: v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all',
                  cidrs: [cidr('192.0.2.0/24'), cidr('2001:db8::/32')],
                  shared: [],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(renderPostfixAccess(tiny, SPEC)).toBe(
      [
        '# Postfix access table (cidr) written by spf-allowlist from spf-allowlist.yml.',
        '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
        '# comment naming the SPF record that published it.',
        '# main.cf, in smtpd_recipient_restrictions, after reject_unauth_destination',
        '# (or every listed range could relay) and before check_policy_service:',
        '#   check_client_access cidr:/etc/postfix/spf_access.cidr',
        '',
        '# == senders ==',
        '',
        '# -- sender mail.example --',
        '# mail.example: v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all',
        '192.0.2.0/24\tOK',
        '2001:db8::/32\tOK',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, AccessAction | undefined, string]>([
    ['OK by default', undefined, 'OK'],
    ['the configured action', 'DUNNO', 'DUNNO'],
    ['a logging action', 'WARN', 'WARN'],
  ])('writes %s after every range', (_what, action, expected) => {
    const spec = action === undefined ? SPEC : { ...SPEC, action };
    const lines = entries(renderPostfixAccess(SAMPLE_ALLOWLIST, spec));
    expect(lines).toEqual([
      `192.0.2.0/25\t${expected}`,
      `2001:db8:1::/48\t${expected}`,
      `198.51.100.7/32\t${expected}`,
      `203.0.113.0/24\t${expected}`,
      `198.51.100.9/32\t${expected}`,
      `2001:db8:2::9/128\t${expected}`,
    ]);
  });

  it.each([
    ['a stale mark', '# stale since 2024-05-01: SERVFAIL from every server'],
    ['a note', '# note: ptr term cannot be flattened'],
    ['a shared range', '# also 2001:db8:1::/48 (listed under sender mail.example)'],
    [
      'DNS text made one printable line',
      '# relay.example: A/AAAA records 198.51.100.0/24 permit ?',
    ],
  ])('keeps %s as a whole-line comment', (_what, line) => {
    expect(renderPostfixAccess(SAMPLE_ALLOWLIST, SPEC).split('\n')).toContain(line);
  });

  it('gives the same bytes for the same allowlist', () => {
    expect(renderPostfixAccess(SAMPLE_ALLOWLIST, SPEC)).toBe(
      renderPostfixAccess(structuredClone(SAMPLE_ALLOWLIST), SPEC),
    );
  });
});
