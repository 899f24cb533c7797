// Files init copies from this package. src/init/ compiles to lib/init/ with
// the same layout, so the package root is two levels up in both.

import { readFile, stat } from 'node:fs/promises';

const PACKAGE_ROOT = new URL('../../', import.meta.url);

/** The mail-host files every host receives through the reviewed repo. */
export const MAILHOST_FILES: readonly string[] = [
  'spf-allowlist-pull',
  'spf-allowlist-pull.env.example',
  'spf-allowlist-pull.service',
  'spf-allowlist-pull.timer',
  'spf-allowlist-pull.cron',
  'README.md',
];

export interface PackageFile {
  readonly content: string;
  /** Permission bits, so the pull script stays executable. */
  readonly mode: number;
}

/** Reads a file by its path relative to the package root (e.g. "examples/spf-allowlist.yml"). */
export async function readPackageFile(relativePath: string): Promise<PackageFile> {
  const url = new URL(relativePath, PACKAGE_ROOT);
  const [content, info] = await Promise.all([readFile(url, 'utf8'), stat(url)]);
  return { content, mode: info.mode & 0o777 };
}
