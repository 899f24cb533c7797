// explainRequestFailure: which error class and which advice for each failure.

import { describe, expect, it } from 'vitest';
import {
  GitHubPermissionError,
  GitHubRequestError,
  PullRequestsFromActionsDisabledError,
  explainRequestFailure,
  type RequestContext,
} from '../../src/github/errors.js';

class HttpishError extends Error {
  readonly response: { headers: Record<string, string> };
  constructor(
    readonly status: number,
    message: string,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.response = { headers };
  }
}

const write: RequestContext = {
  action: 'create the commit',
  permission: 'contents: write',
  repository: 'mail-admins/allowlist',
};
const pulls: RequestContext = {
  action: 'open the pull request',
  permission: 'pull-requests: write',
  repository: 'mail-admins/allowlist',
};

describe('explainRequestFailure', () => {
  it.each([
    [
      '401',
      new HttpishError(401, 'Bad credentials'),
      write,
      GitHubPermissionError,
      [/HTTP 401: Bad credentials/, /`token` input/, /github\.token/],
    ],
    [
      '403 on a git data write',
      new HttpishError(403, 'Resource not accessible by integration'),
      write,
      GitHubPermissionError,
      [
        /refused to create the commit in mail-admins\/allowlist/,
        /`contents: write`/,
        /permissions:\n {2}contents: write\n {2}pull-requests: write/,
      ],
    ],
    [
      '403 on a pull request, with the permission GitHub accepts',
      new HttpishError(403, 'Resource not accessible by integration', {
        'x-accepted-github-permissions': 'pull_requests=write',
      }),
      pulls,
      GitHubPermissionError,
      [/`pull-requests: write`/, /GitHub accepts: pull_requests=write/],
    ],
    [
      '404 (repository not visible to the token)',
      new HttpishError(404, 'Not Found'),
      write,
      GitHubPermissionError,
      [/HTTP 404/, /cannot see the repository/, /`contents: write`/],
    ],
    [
      'pull requests from Actions disabled',
      new HttpishError(
        403,
        'GitHub Actions is not permitted to create or approve pull requests. - https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      ),
      pulls,
      PullRequestsFromActionsDisabledError,
      [
        /Settings → Actions → General/,
        /"Allow GitHub Actions to create and approve pull requests"/,
        /GitHub App installation token/,
      ],
    ],
    [
      'a rate limit left after the retries',
      new HttpishError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }),
      write,
      GitHubRequestError,
      [/HTTP 403: API rate limit exceeded/, /rate limit still held after the retries/],
    ],
    [
      '422',
      new HttpishError(422, 'Validation Failed'),
      pulls,
      GitHubRequestError,
      [/could not open the pull request in mail-admins\/allowlist \(HTTP 422: Validation Failed\)/],
    ],
  ])('explains %s', (_, error, context, type, messages) => {
    const explained = explainRequestFailure(error, context);
    expect(explained).toBeInstanceOf(type);
    for (const message of messages) expect((explained as Error).message).toMatch(message);
  });

  it('keeps the status and the permission for callers that branch on them', () => {
    const explained = explainRequestFailure(new HttpishError(404, 'Not Found'), pulls);
    expect(explained).toMatchObject({ status: 404, permission: 'pull-requests: write' });
  });

  it('passes an error that is not an HTTP failure through unchanged', () => {
    const error = new TypeError('not http');
    expect(explainRequestFailure(error, write)).toBe(error);
  });
});
