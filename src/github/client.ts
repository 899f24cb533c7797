// The Octokit client the publisher talks through: @actions/github's (which
// takes its API base from GITHUB_API_URL, so GitHub Enterprise Server works,
// and honours the runner's proxy settings) with our retry wrapper on every request.

import { getOctokit } from '@actions/github';
import { DEFAULT_RETRY_POLICY, REAL_TIME, withRetries } from './retry.js';
import type { RetryEnvironment, RetryPolicy } from './retry.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** Overrides GITHUB_API_URL (which @actions/github reads when it is first imported). */
  readonly baseUrl?: string;
  readonly retryPolicy?: RetryPolicy;
  /** Clock and sleep; tests pass instant ones. */
  readonly retryEnvironment?: RetryEnvironment;
}

export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const client = getOctokit(
    token,
    options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl },
  );
  const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  const environment = options.retryEnvironment ?? REAL_TIME;
  // A wrap hook sees every request, including the ones plugins make, and
  // each retry goes through the whole request again (auth, headers).
  client.hook.wrap('request', (request, requestOptions) =>
    withRetries(async () => request(requestOptions), policy, environment),
  );
  return client;
}
