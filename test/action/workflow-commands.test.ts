// The runner protocol the Action speaks instead of @actions/core (issue #7,
// start-up): commands and their escaping, outputs through GITHUB_OUTPUT read
// back the way the runner reads them, and the job summary file.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  annotate,
  appendJobSummary,
  fail,
  inGroup,
  setOutput,
  workflowCommand,
} from '../../src/action/workflow-commands.js';
import { parseOutputFile } from '../support/dist-action.js';

describe('workflowCommand', () => {
  it.each([
    ['warning', {}, 'plain', '::warning::plain'],
    ['notice', {}, 'two\nlines', '::notice::two%0Alines'],
    ['error', {}, '100% sure\r\n', '::error::100%25 sure%0D%0A'],
    // A newline in the message must not start a second command.
    ['warning', {}, 'x\n::add-mask::y', '::warning::x%0A::add-mask::y'],
    [
      'error',
      { file: 'spf-allowlist.yml', line: 3, col: 7 },
      'bad',
      '::error file=spf-allowlist.yml,line=3,col=7::bad',
    ],
    // Colons and commas in a property would end it or start another.
    ['error', { file: 'a,b:c.yml', line: 1 }, 'm', '::error file=a%2Cb%3Ac.yml,line=1::m'],
    ['error', { file: undefined, line: 2, col: undefined }, 'm', '::error line=2::m'],
    ['group', {}, 'Resolve SPF records', '::group::Resolve SPF records'],
    ['set-output', { name: 'headline' }, '+1 range', '::set-output name=headline::+1 range'],
  ] as const)('%s %o %j', (name, properties, message, expected) => {
    expect(workflowCommand(name, properties, message)).toBe(expected);
  });
});

describe('log lines', () => {
  const lines: string[] = [];
  const write = (line: string): void => {
    lines.push(line);
  };
  beforeEach(() => {
    lines.length = 0;
  });
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('annotations name the file, line and column GitHub shows them on', () => {
    annotate(
      'error',
      'unknown key',
      { file: 'spf-allowlist.yml', startLine: 4, startColumn: 1 },
      write,
    );
    expect(lines).toEqual(['::error file=spf-allowlist.yml,line=4,col=1::unknown key']);
  });

  it('fail marks the step failed and says why', () => {
    fail('no config', write);
    expect(process.exitCode).toBe(1);
    expect(lines).toEqual(['::error::no config']);
  });

  it('a group is closed when its task throws', async () => {
    await expect(
      inGroup('Publish the change', () => Promise.reject(new Error('403')), write),
    ).rejects.toThrow('403');
    expect(lines).toEqual(['::group::Publish the change', '::endgroup::']);
  });
});

describe('runner files', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'spf-allowlist-runner-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true });
  });

  it('outputs, multi-line and hostile ones included, read back exactly', async () => {
    const file = join(dir, 'output');
    await writeFile(file, '');
    const values = {
      changed: 'true',
      'review-json': '{\n  "headline": "+3 ranges"\n}',
      // A value that tries to close its block and set another output.
      headline: 'x\nEOF\nchanged<<EOF\nfalse\nEOF',
      empty: '',
    };
    for (const [name, value] of Object.entries(values)) setOutput(file, name, value);
    expect(parseOutputFile(await readFile(file, 'utf8'))).toEqual(values);
  });

  it('without GITHUB_OUTPUT an output is a set-output command', () => {
    const lines: string[] = [];
    setOutput(undefined, 'changed', 'false', (line) => lines.push(line));
    expect(lines).toEqual(['::set-output name=changed::false']);
  });

  it('the job summary is appended to, and skipped without a file', async () => {
    const file = join(dir, 'summary');
    await writeFile(file, '# Earlier step\n');
    appendJobSummary(file, '## SPF allowlist\n');
    appendJobSummary(undefined, 'nowhere');
    expect(await readFile(file, 'utf8')).toBe('# Earlier step\n## SPF allowlist\n');
  });
});
