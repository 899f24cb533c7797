// The file port: the pipeline reads previous outputs and writes new ones only
// through this, so tests can inject faults and the write stays all-or-nothing.

import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface FileStore {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  /**
   * Writes every file or none: each goes to a temp file beside its target and
   * is fsynced; only then are they renamed over the targets.
   */
  writeAll(files: readonly { path: string; content: string }[]): Promise<void>;
}

export const nodeFileStore: FileStore = {
  async read(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
  async writeAll(files) {
    const staged: { temp: string; path: string }[] = [];
    try {
      for (const file of files) {
        const temp = join(
          dirname(file.path),
          `.${basename(file.path)}.${randomBytes(6).toString('hex')}.tmp`,
        );
        staged.push({ temp, path: file.path });
        await mkdir(dirname(file.path), { recursive: true });
        const handle = await open(temp, 'wx', 0o644);
        try {
          await handle.writeFile(file.content, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
      }
    } catch (error) {
      await Promise.all(staged.map((s) => unlink(s.temp).catch(() => undefined)));
      throw error;
    }
    // rename(2) replaces each target atomically: a reader sees the old file or the new one.
    for (const { temp, path } of staged) await rename(temp, path);
  },
};
