import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/types.js';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spf-allowlist-config-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function loadError(file: string): Promise<ConfigError> {
  const error: unknown = await loadConfig(file).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof ConfigError) return error;
  throw new Error(`expected a ConfigError, got ${String(error)}`);
}

describe('loadConfig', () => {
  it('reads a file and resolves outputs against its directory', async () => {
    const file = join(dir, 'valid.yml');
    await writeFile(file, 'senders: [google.com]\noutputs:\n  - path: out/allow.cidr\n');
    const config = await loadConfig(file);
    expect(config.file).toBe(file);
    expect(config.outputs).toEqual([
      { path: join(dir, 'out', 'allow.cidr'), format: 'postscreen' },
    ]);
  });

  it('names the file in every issue', async () => {
    const file = join(dir, 'invalid.yml');
    await writeFile(file, 'senders: []\n');
    const error = await loadError(file);
    expect(error.issues).toEqual([
      { file, line: 1, column: 10, message: 'senders is empty; list at least one domain name' },
    ]);
  });

  it.each([
    ['a missing file', 'missing.yml', 'the config file does not exist'],
    ['a directory', '.', 'this is a directory'],
  ])('reports %s at line 1, column 1', async (_what, name, fragment) => {
    const file = join(dir, name);
    const error = await loadError(file);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ file, line: 1, column: 1 });
    expect(error.issues[0]?.message).toContain(fragment);
  });
});
