// A FileStore whose writes wait for a go-ahead. The Action renders the files
// first and writes them into the workspace only once the pull request holds
// them, so a run that fails to publish leaves every file as it was
// (DESIGN.md "Failure policy": a failed run changes nothing). Reads go
// straight through: the pipeline reads each previous file before deciding.

import type { FileStore } from './file-store.js';

type FileWrite = { readonly path: string; readonly content: string };

export interface HeldWrites {
  /** Pass this to the pipeline; its writeAll only takes note. */
  readonly store: FileStore;
  /** Writes what writeAll was given, all or none, as the inner store does. */
  release(): Promise<void>;
}

export function holdWrites(inner: FileStore): HeldWrites {
  let held: readonly FileWrite[] = [];
  return {
    store: {
      read: (path) => inner.read(path),
      writeAll: (files) => {
        held = [...files];
        return Promise.resolve();
      },
    },
    release: async () => {
      const files = held;
      held = [];
      if (files.length > 0) await inner.writeAll(files);
    },
  };
}
