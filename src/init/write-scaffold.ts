// Writes the scaffold into a directory, all-or-nothing with respect to
// existing files: without `force`, any file already present stops the whole
// write and every conflicting path is named, so nothing of the user's is
// overwritten and they see the full list at once.

import { chmod, lstat, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface ScaffoldFile {
  /** Relative to the target directory, "/"-separated. */
  readonly path: string;
  readonly content: string;
  readonly mode: number;
}

export class ScaffoldConflictError extends Error {
  constructor(
    readonly dir: string,
    readonly conflicts: readonly string[],
  ) {
    super(
      `${dir} already has ${conflicts.length} of the files init writes; nothing was written. ` +
        `Move them away or run again with --force to overwrite:\n` +
        conflicts.map((path) => `  ${path}`).join('\n'),
    );
    this.name = 'ScaffoldConflictError';
  }
}

export async function writeScaffold(
  dir: string,
  files: readonly ScaffoldFile[],
  force: boolean,
): Promise<void> {
  if (!force) {
    const conflicts = await existingPaths(dir, files);
    if (conflicts.length > 0) throw new ScaffoldConflictError(dir, conflicts);
  }
  for (const file of files) {
    const target = join(dir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
    // writeFile keeps an existing file's mode; --force must still make the script executable.
    await chmod(target, file.mode);
  }
}

async function existingPaths(dir: string, files: readonly ScaffoldFile[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    try {
      await lstat(join(dir, file.path));
      found.push(file.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return found;
}
