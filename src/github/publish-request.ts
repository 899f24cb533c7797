// What publishChange is asked to do and what it reports (issue #5 scope 1-3),
// and the checks that keep a bad request from touching the repository.

import type { FileContent } from './repository-port.js';

export interface PublishRequest {
  /** Default: the repository's default branch. */
  readonly baseBranch?: string;
  /** The branch the change is committed to; it is force-updated and deleted by the publisher. */
  readonly branch: string;
  /** Repo-relative paths and the complete text each file must have. */
  readonly files: readonly FileContent[];
  readonly title: string;
  readonly body: string;
  readonly commitMessage: string;
  readonly labels: readonly string[];
  readonly reviewers: readonly string[];
  readonly teamReviewers: readonly string[];
  readonly assignees: readonly string[];
  readonly draft: boolean;
  /** Adds NEEDS_ATTENTION_LABEL (creating it in the repository if missing). */
  readonly needsAttention: boolean;
  /** Read only: report what would be done, write nothing. */
  readonly dryRun: boolean;
}

export type PublishOperation = 'created' | 'updated' | 'closed' | 'none';

export interface PublishResult {
  /** In a dry run: what a real run would have done. */
  readonly operation: PublishOperation;
  /** The pull request's number and web URL; set on 'closed' too (the one just closed). */
  readonly number?: number;
  readonly url?: string;
  /** The branch's commit holding the files; unset when nothing is (or, in a dry run, would be) committed. */
  readonly commitSha?: string;
  /** True when the files differ from the base branch. */
  readonly changed: boolean;
}

export const NEEDS_ATTENTION_LABEL = {
  name: 'spf-allowlist: needs attention',
  color: 'd93f0b',
  description: 'spf-allowlist flagged a source (stale, gone, unsafe or changed sharply): review it',
} as const;

/** The request cannot be carried out as given; nothing was sent to GitHub. */
export class PublishRequestError extends Error {
  override readonly name = 'PublishRequestError';
}

export function checkPublishRequest(request: PublishRequest): void {
  if (request.branch.trim() === '') {
    throw new PublishRequestError(
      'The branch to publish to is empty; give a branch name such as spf-allowlist/update.',
    );
  }
  const seen = new Set<string>();
  for (const file of request.files) {
    checkRepoPath(file.path);
    if (seen.has(file.path)) {
      throw new PublishRequestError(
        `${file.path} is listed twice; each output path must be unique.`,
      );
    }
    seen.add(file.path);
  }
}

/** Git tree paths: relative, '/'-separated, no empty, '.' or '..' segments. */
function checkRepoPath(path: string): void {
  const segments = path.split('/');
  const bad = segments.some((s) => s === '' || s === '.' || s === '..') || path.includes('\\');
  if (bad) {
    throw new PublishRequestError(
      `"${path}" is not a repository-relative file path; expected a path like "postscreen_spf_allowlist.cidr" or "dir/file", without a leading "/", "." or ".." segments or backslashes.`,
    );
  }
}

/** Refuses to publish onto the base itself: the publisher force-updates and deletes its branch. */
export function checkBranchIsNotBase(branch: string, base: string): void {
  if (branch === base) {
    throw new PublishRequestError(
      `The branch to publish to (${branch}) is the base branch; give a separate branch such as spf-allowlist/update.`,
    );
  }
}
