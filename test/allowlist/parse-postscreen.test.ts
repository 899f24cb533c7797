// The previous file is the state of the last good run: our own files parse
// back to the same model, anything else is refused with the line named.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AllowlistFileError, parsePostscreen } from '../../src/allowlist/parse-postscreen.js';
import { renderPostscreen } from '../../src/allowlist/render-postscreen.js';

const EXPECTED = new URL(
  '../fixtures/pipeline/expected/postscreen_spf_allowlist.cidr',
  import.meta.url,
);
const STALE = new URL('../fixtures/safe-updates/expected/servfail-stale.cidr', import.meta.url);
const MAIN_CF = '/etc/postfix/postscreen_spf_allowlist.cidr';

describe('parsePostscreen', () => {
  it.each([
    ['the pipeline fixture', EXPECTED],
    ['a file with a stale block', STALE],
  ])('reads %s back to a model that renders the same bytes', (_name, url) => {
    const text = readFileSync(url, 'utf8');
    expect(renderPostscreen(parsePostscreen(text, 'f.cidr'), MAIN_CF)).toBe(text);
  });

  it('keeps shared ranges, notes and stale marks', () => {
    const model = parsePostscreen(readFileSync(STALE, 'utf8'), 'f.cidr');
    const blocks = model.sections.flatMap((s) => s.blocks);
    expect(blocks.find((b) => b.name === 'hotmail.com')?.groups[0]?.shared).toHaveLength(11);
    expect(blocks.find((b) => b.name === 'google.com')?.stale?.since).toBe('2026-11-21');
  });

  const header = `# Postfix postscreen allowlist (cidr table) written by spf-allowlist from spf-allowlist.yml.\n# 2\n# 3\n# 4\n`;
  it.each([
    ['a foreign first line', '# my list\n192.0.2.0/24\tpermit\n', 1, 'the first line is not'],
    ['no final newline', `${header}\n# == s ==`, 6, 'does not end with a newline'],
    [
      'a block before a section',
      `${header}\n# -- sender a.example --\n`,
      6,
      'before any "# == section ==" line',
    ],
    [
      'a range before any record comment',
      `${header}# == s ==\n# -- sender a.example --\n192.0.2.0/24\tpermit\n`,
      7,
      'before the record comment',
    ],
    [
      'an indented line',
      `${header}# == s ==\n# -- sender a.example --\n# r\n 192.0.2.0/24\tpermit\n`,
      8,
      'neither a comment nor',
    ],
    [
      'another action',
      `${header}# == s ==\n# -- sender a.example --\n# r\n192.0.2.0/24\treject\n`,
      8,
      'the action is "reject"',
    ],
    [
      'host bits',
      `${header}# == s ==\n# -- sender a.example --\n# r\n192.0.2.1/24\tpermit\n`,
      8,
      'host bits set',
    ],
    [
      'a bad range',
      `${header}# == s ==\n# -- sender a.example --\n# r\n192.0.2.0/33\tpermit\n`,
      8,
      'invalid range',
    ],
  ])('refuses %s, naming line %i', (_name, text, line, reason) => {
    try {
      parsePostscreen(text, 'prev.cidr');
      expect.unreachable('expected an AllowlistFileError');
    } catch (error) {
      if (!(error instanceof AllowlistFileError)) throw error;
      expect(error.line).toBe(line);
      expect(error.message).toContain(`prev.cidr:${line}: `);
      expect(error.reason).toContain(reason);
    }
  });
});
