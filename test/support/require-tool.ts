// Tests of real Debian-packaged tools (postmap, knotd, shellcheck, git…):
// run them where the tool is installed; in CI (CI=true, where .ci/run
// installs them) a missing tool is a failure, never a silent skip.
//
//   describe.skipIf(!requireTool('postmap'))('postmap reads …', () => { … });

import { accessSync, constants } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/**
 * Debian installs postmap, postconf and knotd in /usr/sbin, which a non-root
 * user's PATH often lacks; they are searched after PATH.
 */
const SBIN_DIRS = ['/usr/local/sbin', '/usr/sbin', '/sbin'];

function searchDirs(): string[] {
  const path = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  return [...path, ...SBIN_DIRS.filter((dir) => !path.includes(dir))];
}

/** The tool's path on PATH (or in an sbin directory), or undefined. */
export function findTool(name: string): string | undefined {
  for (const dir of searchDirs()) {
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
 * True when `name` is an executable on PATH or in an sbin directory (which
 * is then added to PATH). When it is not: throws in CI
 * (so the test file fails), otherwise prints why the tests are skipped and
 * returns false.
 */
export function requireTool(name: string): boolean {
  const found = findTool(name);
  if (found !== undefined) {
    // Tests and the tools they start (postconf runs postmap) call it by name.
    const dir = dirname(found);
    const path = (process.env.PATH ?? '').split(delimiter);
    if (!path.includes(dir)) process.env.PATH = [...path, dir].join(delimiter);
    return true;
  }
  const reason = `"${name}" is not on PATH (${process.env.PATH ?? ''}) or in ${SBIN_DIRS.join(', ')}; .ci/run installs the Debian packages that provide it`;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true and ${reason}: the tests that need it must run in CI`);
  }
  process.stderr.write(`skipping the tests that need ${name}: ${reason}\n`);
  return false;
}
