// The JSON format and its reader: render -> parse gives the same model and
// render -> parse -> render the same bytes; anything we would not have
// written is refused with the place in the document.

import { describe, expect, it } from 'vitest';
import type { Allowlist } from '../../src/allowlist/model.js';
import { AllowlistJsonError, parseJsonAllowlist } from '../../src/allowlist/parse-json.js';
import { renderJson } from '../../src/allowlist/render-json.js';
import { SAMPLE_ALLOWLIST } from '../support/sample-allowlist.js';

const EMPTY: Allowlist = { configName: 'spf-allowlist.yml', sections: [] };

describe('renderJson', () => {
  it.each<[string, Allowlist]>([
    ['the sample allowlist', SAMPLE_ALLOWLIST],
    ['an empty allowlist', EMPTY],
  ])('round-trips %s: same model, same bytes', (_what, allowlist) => {
    const text = renderJson(allowlist);
    const parsed = parseJsonAllowlist(text);
    expect(parsed).toEqual(allowlist);
    expect(renderJson(parsed)).toBe(text);
  });

  it('writes the top-level keys in a fixed order, format and version first', () => {
    const document = JSON.parse(renderJson(SAMPLE_ALLOWLIST)) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(['format', 'version', 'config', 'sections', 'ranges']);
    expect(document.format).toBe('spf-allowlist');
    expect(document.version).toBe(1);
  });

  it('writes one range a line, each with its family, section, source and origin', () => {
    const lines = renderJson(SAMPLE_ALLOWLIST).split('\n');
    const first = lines.findIndex((line) => line.includes('"range":"192.0.2.0/25"'));
    expect(JSON.parse(lines[first]!.replace(/,$/, ''))).toEqual({
      range: '192.0.2.0/25',
      family: 'ipv4',
      section: 'webmail',
      source: { kind: 'sender', name: 'mail.example' },
      origin: '_spf.mail.example: v=spf1 ip4:192.0.2.0/25 ip6:2001:db8:1::/48 -all',
    });
    const ipv6 = lines.find((line) => line.includes('"range":"2001:db8:2::9/128"'));
    expect(ipv6).toContain('"family":"ipv6","section":"hosts","source":{"kind":"host"');
  });

  it('writes ranges as "[]" when there are none', () => {
    expect(renderJson(EMPTY)).toContain('"ranges": []\n}\n');
  });
});

/** The sample's JSON document as data, to break one field at a time. */
function sampleDocument(): Record<string, unknown> {
  return JSON.parse(renderJson(SAMPLE_ALLOWLIST)) as Record<string, unknown>;
}

type Edit = (doc: Record<string, unknown>) => unknown;

function parseError(text: string): AllowlistJsonError {
  try {
    parseJsonAllowlist(text);
  } catch (error) {
    if (error instanceof AllowlistJsonError) return error;
    throw error;
  }
  throw new Error('expected an AllowlistJsonError');
}

function at(doc: unknown, ...path: (string | number)[]): Record<string, unknown> {
  let node = doc;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node as Record<string, unknown>;
}

describe('parseJsonAllowlist refuses', () => {
  it.each<[string, Edit, string, string]>([
    ['another format', (d) => (d.format = 'postwhite'), 'format', 'expected "spf-allowlist"'],
    ['a newer version', (d) => (d.version = 2), 'version', 'this reader knows version 1, got 2'],
    ['an unknown key', (d) => (d.extra = true), '(top level)', 'unknown key "extra"'],
    ['a missing key', (d) => delete d.config, '(top level)', 'missing key "config"'],
    [
      'a range with host bits',
      (d) => (at(d, 'ranges', 0).range = '192.0.2.1/25'),
      'ranges[0].range',
      'expected "192.0.2.0/25"',
    ],
    [
      'IPv6 not in RFC 5952 form',
      (d) => (at(d, 'ranges', 1).range = '2001:DB8:1:0::/48'),
      'ranges[1].range',
      'expected "2001:db8:1::/48"',
    ],
    [
      'a malformed range',
      (d) => (at(d, 'ranges', 0).range = '192.0.2/25'),
      'ranges[0].range',
      'invalid range',
    ],
    [
      'a family that does not match the range',
      (d) => (at(d, 'ranges', 0).family = 'ipv6'),
      'ranges[0].family',
      'does not match the range 192.0.2.0/25',
    ],
    [
      'an unknown source kind',
      (d) => (at(d, 'ranges', 0, 'source').kind = 'domain'),
      'ranges[0].source.kind',
      'expected one of "sender", "host", "static"',
    ],
    [
      'a range that names another source than its group',
      (d) => (at(d, 'ranges', 2, 'source').name = 'alias.example'),
      'ranges[2]',
      'names section "webmail", sender "alias.example"',
    ],
    [
      'a group counting more ranges than are left',
      (d) => (at(d, 'sections', 1, 'sources', 0, 'groups', 0).rangeCount = 3),
      'sections[1].sources[0].groups[0].rangeCount',
      'only 2 are left',
    ],
    [
      'a range no group counts',
      (d) => (at(d, 'sections', 1, 'sources', 0, 'groups', 0).rangeCount = 1),
      'ranges[5]',
      'is not counted by any group',
    ],
    [
      'ranges out of order in a group',
      (d) => {
        const ranges = d.ranges as unknown[];
        [ranges[0], ranges[1]] = [ranges[1], ranges[0]];
      },
      'ranges[1]',
      '192.0.2.0/25 must come after 2001:db8:1::/48',
    ],
    [
      'a stale day that is not a date',
      (d) => (at(d, 'sections', 0, 'sources', 1).stale = { since: 'May 1', reason: 'x' }),
      'sections[0].sources[1].stale.since',
      'expected a day as YYYY-MM-DD',
    ],
    [
      'a note that is not text',
      (d) => (at(d, 'sections', 0, 'sources', 0).notes = [42]),
      'sections[0].sources[0].notes[0]',
      'expected a string, got 42',
    ],
  ])('%s', (_what, edit, where, problem) => {
    const doc = sampleDocument();
    edit(doc);
    const error = parseError(JSON.stringify(doc));
    expect(error.at).toBe(where);
    expect(error.message).toContain(problem);
  });

  it('text that is not JSON, naming the parser error', () => {
    expect(parseError('{"format": ').message).toMatch(
      /^not a valid spf-allowlist JSON file: \(file\): not JSON: /,
    );
  });
});
