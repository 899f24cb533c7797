// Tests of real Debian-packaged tools (postmap, knotd, shellcheck, git…):
// run them where the tool is installed; in CI (CI=true, where .ci/run
// installs them) a missing tool is a failure, never a silent skip.
//
//   describe.skipIf(!requireTool('postmap'))('postmap reads …', () => { … });

import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The tool's path on PATH, or undefined. */
export function findTool(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * True when `name` is an executable on PATH. When it is not: throws in CI
 * (so the test file fails), otherwise prints why the tests are skipped and
 * returns false.
 */
export function requireTool(name: string): boolean {
  if (findTool(name) !== undefined) return true;
  const reason = `"${name}" is not on PATH (${process.env.PATH ?? ''}); .ci/run installs the Debian packages that provide it`;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true and ${reason}: the tests that need it must run in CI`);
  }
  process.stderr.write(`skipping the tests that need ${name}: ${reason}\n`);
  return false;
}
