import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';

const EXAMPLES = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples');
const EXAMPLE = join(EXAMPLES, 'spf-allowlist.yml');

// postwhite's default sender domains, in its five groups.
const POSTWHITE_DEFAULTS: [string, string[]][] = [
  [
    'webmail',
    'aol.com fastmail.com google.com gmx.com hotmail.com icloud.com inbox.com mail.com microsoft.com outlook.com secure-mailgate.com zoho.com'.split(
      ' ',
    ),
  ],
  [
    'social',
    'facebook.com facebookmail.com instagram.com linkedin.com pinterest.com reddit.com tumblr.com twitter.com'.split(
      ' ',
    ),
  ],
  ['commerce', 'amazon.com craigslist.org ebay.com paypal.com'.split(' ')],
  [
    'bulk',
    'amazonses.com authsmtp.com constantcontact.com cust-spf.exacttarget.com exacttarget.com fbmta.com fishbowl.com icontact.com mailchimp.com mailgun.com mailjet.com messagelabs.com messagegears.net sendgrid.com sendgrid.net sparkpost.com sparkpostmail.com'.split(
      ' ',
    ),
  ],
  ['misc', ['github.com', 'zendesk.com']],
];

describe('examples/spf-allowlist.yml', () => {
  it("lists postwhite's 43 default domains in 5 groups", async () => {
    const config = await loadConfig(EXAMPLE);
    const groups = config.senders.map((g): [string, string[]] => [
      g.name,
      g.domains.map((d) => d.domain),
    ]);
    expect(groups).toEqual(POSTWHITE_DEFAULTS);
    expect(groups.flatMap(([, domains]) => domains)).toHaveLength(43);
  });

  it('uses the defaults: one postscreen output, the system resolver, no static ranges', async () => {
    const config = await loadConfig(EXAMPLE);
    expect(config.outputs).toEqual([
      { path: join(EXAMPLES, 'postscreen_spf_allowlist.cidr'), format: 'postscreen' },
    ]);
    expect(config.dns).toEqual({
      servers: [],
      timeoutMs: 5000,
      tries: 2,
      concurrency: 32,
      deadlineMs: 120_000,
    });
    expect([config.hosts, config.static]).toEqual([[], []]);
    expect([config.ipv4, config.ipv6, config.strict]).toEqual([true, true, false]);
  });

  it('has commented-out hosts and static examples that are valid once uncommented', async () => {
    const text = await readFile(EXAMPLE, 'utf8');
    const uncommented = text.replace(/^# ((?:hosts|static):| {2}- | {4}note:)/gm, '$1');
    const config = parseConfig(uncommented, EXAMPLE);
    expect(config.hosts.map((h) => h.host)).toEqual(['smtp.partner.example.net']);
    expect(config.static.map((s) => [s.text, s.note])).toEqual([
      ['192.0.2.0/24', 'our backup MX (ticket 1234)'],
    ]);
  });
});
