// Every table the generator writes (each fixture's expected output) is read
// by Postfix itself as we mean it: `postmap -q` answers addresses inside the
// ranges with the action and nothing outside, with no warning on stderr
// (postmap's exit status ignores warnings such as a skipped host-bit line);
// and postscreen's own stand-alone mode allowlists a client in the table.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatAddress } from '../../src/cidr/format.js';
import { parseCidr } from '../../src/cidr/parse.js';
import { addressBits, type Cidr, type Family } from '../../src/cidr/types.js';
import { checkCidrTable, type CidrTableKind } from '../../src/check/check-cidr-table.js';
import { postscreenLog, postscreenPath } from '../support/postscreen-standalone.js';
import { requireTool } from '../support/require-tool.js';
import { PULL_SCRIPT } from './pull-harness.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const TABLES = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((path) => /(^|\/)expected\/[^/]+\.cidr$/.test(path))
  .sort()
  .map((path) => join(FIXTURES, path));

const work = mkdtempSync(join(tmpdir(), 'spf-allowlist-postfix-'));
writeFileSync(join(work, 'main.cf'), '');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Which kind of table a generated file is, from the first line its renderer writes. */
function kindOf(text: string): CidrTableKind {
  return text.startsWith('# Postfix access table') ? 'postfix-access' : 'postscreen';
}

interface Entry {
  readonly cidr: Cidr;
  readonly action: string;
}

function entries(table: string): Entry[] {
  return table
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [range = '', action = ''] = line.split('\t');
      return { cidr: parseCidr(range).cidr, action };
    });
}

function contains(cidr: Cidr, family: Family, value: bigint): boolean {
  const shift = BigInt(addressBits(family) - cidr.prefix);
  return cidr.family === family && cidr.network >> shift === value >> shift;
}

/** First match wins in a cidr table (cidr_table(5)). */
function expectedAnswer(
  table: readonly Entry[],
  family: Family,
  value: bigint,
): string | undefined {
  return table.find((entry) => contains(entry.cidr, family, value))?.action;
}

/** Each range's first and last address, and the addresses just outside it. */
function probes(table: readonly Entry[]): { family: Family; value: bigint }[] {
  const found: { family: Family; value: bigint }[] = [];
  for (const { cidr } of table) {
    const size = 1n << BigInt(addressBits(cidr.family) - cidr.prefix);
    const max = (1n << BigInt(addressBits(cidr.family))) - 1n;
    for (const value of [
      cidr.network - 1n,
      cidr.network,
      cidr.network + size - 1n,
      cidr.network + size,
    ]) {
      if (value >= 0n && value <= max) found.push({ family: cidr.family, value });
    }
  }
  return found;
}

function postmapQuery(file: string, keys: readonly string[]) {
  const result = spawnSync('postmap', ['-c', work, '-q', '-', `cidr:${file}`], {
    input: `${keys.join('\n')}\n`,
    encoding: 'utf8',
  });
  const answers = new Map<string, string>();
  for (const line of result.stdout.split('\n').filter(Boolean)) {
    const [key = '', value = ''] = line.split('\t');
    answers.set(key, value);
  }
  return { answers, stderr: result.stderr };
}

describe.skipIf(!requireTool('postmap'))('postmap reads every generated table', () => {
  it('finds the fixtures', () => {
    expect(TABLES.length).toBeGreaterThan(0);
  });

  it.each(TABLES.map((file) => [relative(FIXTURES, file), file]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const kind = kindOf(text);
    expect(checkCidrTable(text, file, kind).problems).toEqual([]);
    const table = entries(text);
    const keys = probes(table).map((p) => ({ ...p, key: formatAddress(p.family, p.value) }));
    const { answers, stderr } = postmapQuery(
      file,
      keys.map((k) => k.key),
    );
    expect(stderr).toBe('');
    for (const { family, value, key } of keys) {
      expect([key, answers.get(key)]).toEqual([key, expectedAnswer(table, family, value)]);
    }
    // Both kinds of answer were asked about.
    expect(keys.some((k) => expectedAnswer(table, k.family, k.value) === undefined)).toBe(true);
    expect(keys.some((k) => expectedAnswer(table, k.family, k.value) !== undefined)).toBe(true);

    const script = spawnSync('sh', [PULL_SCRIPT, '--check', '--format', kind, file], {
      env: { PATH: process.env.PATH, POSTFIX_CONFIG_DIR: work, TMPDIR: work },
      encoding: 'utf8',
    });
    expect(script.stdout + script.stderr).toBe('');
    expect(script.status).toBe(0);
  });

  it('answers the pipeline fixture: inside gets permit, outside nothing', () => {
    const file = join(FIXTURES, 'pipeline/expected/postscreen_spf_allowlist.cidr');
    const { answers, stderr } = postmapQuery(file, [
      '40.92.1.1',
      '2a01:111:f400::25',
      '192.0.2.1',
      '2001:db8::1',
    ]);
    expect(stderr).toBe('');
    expect(Object.fromEntries(answers)).toEqual({
      '40.92.1.1': 'permit',
      '2a01:111:f400::25': 'permit',
    });
  });

  it('warns on stderr for a host-bit line while exiting 0, which is why the script reads stderr', () => {
    const file = join(work, 'host-bits.cidr');
    writeFileSync(file, '192.0.2.1/24\tpermit\n198.51.100.0/24\tpermit\n');
    const result = spawnSync('postmap', ['-c', work, '-q', '198.51.100.7', `cidr:${file}`], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('non-null host address bits');
    const script = spawnSync('sh', [PULL_SCRIPT, '--check', file], {
      env: { PATH: process.env.PATH, POSTFIX_CONFIG_DIR: work, TMPDIR: work },
      encoding: 'utf8',
    });
    expect(script.status).toBe(1);
  });
});

const POSTSCREEN = postscreenPath(work);

/** postscreen's log for a client at 127.0.0.1, with `table` as the only table. */
function postscreenWith(table: string): Promise<string> {
  return postscreenLog(POSTSCREEN!, work, { 'table.cidr': table });
}

describe.skipIf(POSTSCREEN === undefined)('postscreen stand-alone mode (postscreen -V -S)', () => {
  const generated = readFileSync(
    join(FIXTURES, 'pipeline/expected/postscreen_spf_allowlist.cidr'),
    'utf8',
  );

  it('logs ALLOWLISTED for a client whose address is in the table', async () => {
    const log = await postscreenWith(`${generated}127.0.0.1/32\tpermit\n`);
    expect(log).toMatch(/CONNECT from \[127\.0\.0\.1\]/);
    expect(log).toMatch(/ALLOWLISTED \[127\.0\.0\.1\]:\d+/);
    expect(log).not.toMatch(/warning: cidr map/);
  });

  it('does not allowlist a client outside the table', async () => {
    const log = await postscreenWith(generated);
    expect(log).toMatch(/CONNECT from \[127\.0\.0\.1\]/);
    expect(log).not.toContain('ALLOWLISTED');
    expect(log).not.toMatch(/warning: cidr map/);
  });
});
