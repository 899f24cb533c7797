// holdWrites: the Action's file store writes into the workspace only when
// released (after publishing), through the real node store in a temp dir.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileStore } from '../../src/files/file-store.js';
import { holdWrites } from '../../src/files/held-writes.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spf-allowlist-held-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true });
});

describe('holdWrites', () => {
  it('reads through, and writes nothing until released', async () => {
    const path = join(dir, 'allowlist.cidr');
    await writeFile(path, 'old\n');
    const writes = holdWrites(nodeFileStore);
    expect(await writes.store.read(path)).toBe('old\n');
    await writes.store.writeAll([{ path, content: 'new\n' }]);
    expect(await readFile(path, 'utf8')).toBe('old\n');
    await writes.release();
    expect(await readFile(path, 'utf8')).toBe('new\n');
  });

  it('writes each held file once: a second release has nothing left', async () => {
    const path = join(dir, 'allowlist.cidr');
    const writes = holdWrites(nodeFileStore);
    await writes.store.writeAll([{ path, content: 'first\n' }]);
    await writes.release();
    await writeFile(path, 'changed by hand\n');
    await writes.release();
    expect(await readFile(path, 'utf8')).toBe('changed by hand\n');
  });

  it('never released, it leaves the directory as it was', async () => {
    const writes = holdWrites(nodeFileStore);
    await writes.store.writeAll([{ path: join(dir, 'new.cidr'), content: 'x\n' }]);
    expect(await nodeFileStore.read(join(dir, 'new.cidr'))).toBeUndefined();
  });
});
