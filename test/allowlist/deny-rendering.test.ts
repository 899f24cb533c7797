// The denylist through the same renderers and parsers (issue #9 scope 1):
// every format says it is a denylist, deny entries carry reject / REJECT,
// the deny nftables sets do not touch the allow sets, and each parser reads
// its own list's file back and refuses the other list's.

import { describe, expect, it } from 'vitest';
import { AllowlistFileError, parsePostscreen } from '../../src/allowlist/parse-postscreen.js';
import { AllowlistJsonError, parseJsonAllowlist } from '../../src/allowlist/parse-json.js';
import { renderJson } from '../../src/allowlist/render-json.js';
import { renderNftables } from '../../src/allowlist/render-nftables.js';
import { renderPlain } from '../../src/allowlist/render-plain.js';
import { renderPostfixAccess } from '../../src/allowlist/render-postfix-access.js';
import { renderPostscreen } from '../../src/allowlist/render-postscreen.js';
import type { OutputSpec } from '../../src/config/types.js';
import { SAMPLE_ALLOWLIST } from '../support/sample-allowlist.js';

const MAIN_CF = '/etc/postfix/postscreen_spf_denylist.cidr';

function entries(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

describe('the postscreen denylist', () => {
  const text = renderPostscreen(SAMPLE_ALLOWLIST, MAIN_CF, 'reject');

  it('says denylist and where it goes in main.cf, and rejects every range', () => {
    expect(text.split('\n').slice(0, 4)).toEqual([
      '# Postfix postscreen denylist (cidr table) written by spf-allowlist from spf-allowlist.yml.',
      '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
      '# comment naming the SPF record that published it.',
      `# main.cf, after the allowlists (first match wins): postscreen_access_list = permit_mynetworks, cidr:ALLOWLIST, cidr:${MAIN_CF}`,
    ]);
    expect(entries(text).every((line) => line.endsWith('\treject'))).toBe(true);
  });

  it('is the allowlist with reject for permit below its header', () => {
    const allow = renderPostscreen(SAMPLE_ALLOWLIST, MAIN_CF);
    const body = (t: string) => t.split('\n').slice(4).join('\n');
    expect(body(text)).toBe(body(allow).replaceAll('\tpermit', '\treject'));
  });

  it('parses back to a model that renders the same bytes', () => {
    expect(renderPostscreen(parsePostscreen(text, 'd.cidr', 'reject'), MAIN_CF, 'reject')).toBe(
      text,
    );
  });

  it.each([
    ['a denylist read as an allowlist', text, 'permit' as const, 1, 'first line is not'],
    [
      'an allowlist read as a denylist',
      renderPostscreen(SAMPLE_ALLOWLIST, MAIN_CF),
      'reject' as const,
      1,
      'first line is not "# Postfix postscreen denylist',
    ],
    [
      'a permit line in a denylist',
      text.replace('192.0.2.0/25\treject', '192.0.2.0/25\tpermit'),
      'reject' as const,
      text.split('\n').indexOf('192.0.2.0/25\treject') + 1,
      'the action is "permit", not "reject"',
    ],
  ])('refuses %s, naming the line', (_what, file, action, line, reason) => {
    let error: unknown;
    try {
      parsePostscreen(file, 'f.cidr', action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AllowlistFileError);
    expect(error).toMatchObject({ line });
    expect((error as Error).message).toContain(reason);
  });
});

describe('the other formats of a denylist', () => {
  const spec = (format: OutputSpec['format'], extra: Partial<OutputSpec> = {}): OutputSpec => ({
    path: '/srv/out/spf_denylist',
    format,
    ...extra,
  });

  it.each([
    ['default', spec('postfix-access'), 'REJECT'],
    ['a trial', spec('postfix-access', { action: 'WARN' }), 'WARN'],
  ])('postfix-access (%s) writes %s after every range', (_what, output, action) => {
    const text = renderPostfixAccess(SAMPLE_ALLOWLIST, output, 'deny');
    expect(text.split('\n')[0]).toBe(
      '# Postfix access table (cidr) of denied clients, written by spf-allowlist from spf-allowlist.yml.',
    );
    expect(text).toContain("after the allowlist's check_client_access (first match wins)");
    expect(entries(text).every((line) => line.endsWith(`\t${action}`))).toBe(true);
  });

  it('plain says denylist and lists the same lines', () => {
    const deny = renderPlain(SAMPLE_ALLOWLIST, spec('plain'), 'deny');
    expect(deny.split('\n').slice(0, 2)).toEqual([
      '# @list',
      '# Plain denylist, one range a line (IPv4 and IPv6 ranges), written by spf-allowlist from spf-allowlist.yml.',
    ]);
    expect(entries(deny)).toEqual(entries(renderPlain(SAMPLE_ALLOWLIST, spec('plain'))));
  });

  it('nftables fills deny4 and deny6 and never names the allow sets', () => {
    const deny = renderNftables(SAMPLE_ALLOWLIST, spec('nftables'), 'deny');
    expect(deny.split('\n')[0]).toBe(
      '# nftables denylist sets written by spf-allowlist from spf-allowlist.yml.',
    );
    expect(deny).toContain(
      'flush set inet spf_allowlist deny4\nflush set inet spf_allowlist deny6\n',
    );
    expect(deny).toContain('add element inet spf_allowlist deny4 { 192.0.2.0/25 }\n');
    expect(deny).toContain('add element inet spf_allowlist deny6 { 2001:db8:1::/48 }\n');
    expect(deny).not.toMatch(/allow[46]/);
  });

  it('nftables keeps names the config gives', () => {
    const names = { table: 'filter', set4: 'spam4', set6: 'spam6' };
    const deny = renderNftables(SAMPLE_ALLOWLIST, spec('nftables', { nftables: names }), 'deny');
    expect(deny).toContain('add element inet filter spam4 { 192.0.2.0/25 }\n');
  });

  it('json is format spf-denylist, parses back only as a denylist', () => {
    const deny = renderJson(SAMPLE_ALLOWLIST, 'deny');
    expect(deny.split('\n').slice(0, 3)).toEqual([
      '{',
      '  "format": "spf-denylist",',
      '  "version": 1,',
    ]);
    expect(deny.split('\n').slice(2)).toEqual(renderJson(SAMPLE_ALLOWLIST).split('\n').slice(2));
    expect(renderJson(parseJsonAllowlist(deny, 'deny'), 'deny')).toBe(deny);
    expect(() => parseJsonAllowlist(deny)).toThrow(AllowlistJsonError);
    expect(() => parseJsonAllowlist(renderJson(SAMPLE_ALLOWLIST), 'deny')).toThrow(
      'format: expected "spf-denylist", got "spf-allowlist"',
    );
  });
});
