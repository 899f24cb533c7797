// Errors a user can act on. A bare "Resource not accessible by integration"
// does not say what to change; these name the permission the workflow must
// grant, or the repository setting that refuses pull requests from Actions.

import { headerText, httpFailureOf, type HttpFailure } from './http-failure.js';

/** The workflow `permissions:` entry an operation needs. */
export type Permission = 'contents: read' | 'contents: write' | 'pull-requests: write';

/** What the adapter was doing, for the message: "create the branch commit in owner/repo". */
export interface RequestContext {
  /** An infinitive phrase: "create the commit", "open the pull request". */
  readonly action: string;
  readonly permission: Permission;
  readonly repository: string;
}

const PERMISSIONS_BLOCK = ['permissions:', '  contents: write', '  pull-requests: write'].join(
  '\n',
);

/** The token was refused (401) or lacks a permission (403, or 404 for a repository it cannot see). */
export class GitHubPermissionError extends Error {
  override readonly name = 'GitHubPermissionError';
  constructor(
    message: string,
    readonly status: number,
    readonly permission: Permission,
  ) {
    super(message);
  }
}

/** The repository (or organization) setting forbids GITHUB_TOKEN from opening pull requests. */
export class PullRequestsFromActionsDisabledError extends Error {
  override readonly name = 'PullRequestsFromActionsDisabledError';
}

/** Any other failed request, after retries: the status and GitHub's own message. */
export class GitHubRequestError extends Error {
  override readonly name = 'GitHubRequestError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const ACTIONS_MAY_NOT_CREATE_PULLS =
  /GitHub Actions is not permitted to create or approve pull requests/i;

/** Turns what Octokit threw into one of the errors above; anything else passes through. */
export function explainRequestFailure(error: unknown, context: RequestContext): unknown {
  const failure = httpFailureOf(error);
  if (failure === undefined) return error;
  if (failure.status === 403 && ACTIONS_MAY_NOT_CREATE_PULLS.test(failure.message)) {
    return new PullRequestsFromActionsDisabledError(pullsDisabledMessage(context));
  }
  if (failure.status === 401) {
    return new GitHubPermissionError(
      unauthorizedMessage(failure, context),
      401,
      context.permission,
    );
  }
  if ((failure.status === 403 && !isRateLimit(failure)) || failure.status === 404) {
    return new GitHubPermissionError(
      forbiddenMessage(failure, context),
      failure.status,
      context.permission,
    );
  }
  const advice = isRateLimit(failure)
    ? " GitHub's rate limit still held after the retries; the next run tries again."
    : '';
  return new GitHubRequestError(
    `GitHub could not ${context.action} in ${context.repository} (HTTP ${failure.status}: ${failure.message}).${advice}`,
    failure.status,
  );
}

function isRateLimit(failure: HttpFailure): boolean {
  return (
    /rate limit/i.test(failure.message) || headerText(failure, 'x-ratelimit-remaining') === '0'
  );
}

function unauthorizedMessage(failure: HttpFailure, context: RequestContext): string {
  return (
    `GitHub rejected the token (HTTP 401: ${failure.message}) when trying to ${context.action} ` +
    `in ${context.repository}. The \`token\` input is missing, expired or revoked; ` +
    'leave it at its default (${{ github.token }}) or pass a valid GitHub App or personal token.'
  );
}

function forbiddenMessage(failure: HttpFailure, context: RequestContext): string {
  // GitHub answers 404 instead of 403 when the token may not even see the repository.
  const seen =
    failure.status === 404
      ? ' (GitHub answers 404 when the token cannot see the repository or its branch)'
      : '';
  const accepted = headerText(failure, 'x-accepted-github-permissions');
  const acceptedNote = accepted === undefined ? '' : ` GitHub accepts: ${accepted}.`;
  return (
    `GitHub refused to ${context.action} in ${context.repository} ` +
    `(HTTP ${failure.status}: ${failure.message})${seen}. ` +
    `The token needs \`${context.permission}\`.${acceptedNote} ` +
    `Grant it in the workflow (or to the GitHub App whose token you pass):\n${PERMISSIONS_BLOCK}`
  );
}

function pullsDisabledMessage(context: RequestContext): string {
  return (
    `GitHub refused to ${context.action} in ${context.repository}: ` +
    'GitHub Actions is not permitted to create or approve pull requests. ' +
    'Turn on Settings → Actions → General → Workflow permissions → ' +
    '"Allow GitHub Actions to create and approve pull requests" ' +
    "(for an organization's repository the organization's Actions settings must allow it first), " +
    'or pass a GitHub App installation token as the `token` input. ' +
    'The branch may already exist: the next run reuses it and opens the pull request once this is allowed.'
  );
}
