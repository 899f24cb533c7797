// The Action's publishing step: the change request, sent through the GitHub
// REST API by publishChange (issue #5).

import type { PublishOperation, PublishRequest, PublishResult } from '../github/publish-request.js';
import type { RepositoryPort } from '../github/repository-port.js';
import { REAL_TIME } from '../github/retry.js';
import type { PublishSettings } from './action-settings.js';

export interface PublishLog {
  info(message: string): void;
  warning(message: string): void;
}

export async function publishStep(
  request: PublishRequest,
  settings: PublishSettings,
  log: PublishLog,
  connect: () => Promise<RepositoryPort>,
): Promise<PublishResult> {
  const [port, { publishChange, PullRequestDecorationError }] = await Promise.all([
    connect(),
    import('../github/publish.js'),
  ]);
  const base = request.baseBranch ?? 'the default branch';
  log.info(
    `${settings.owner}/${settings.repo}: ${request.files.length} file(s) on branch ${request.branch}, against ${base}${request.dryRun ? ' (dry run: read only)' : ''}`,
  );
  try {
    return await publishChange(port, request);
  } catch (error) {
    // The pull request is open; only its labels, assignees or reviewers are
    // missing. Later runs update it, so say so and carry on.
    if (!(error instanceof PullRequestDecorationError)) throw error;
    log.warning(error.message);
    return error.result;
  }
}

/** The repository through the REST API, retrying as publishing does. */
export async function connectRepository(
  settings: PublishSettings,
  log: PublishLog,
): Promise<RepositoryPort> {
  // Loaded here, not at start-up: Octokit is most of the bundle, and the DNS
  // queries should not wait for it (issue #7, start-up to first query).
  const [{ createGitHubClient }, { OctokitRepository }] = await Promise.all([
    import('../github/client.js'),
    import('../github/octokit-repository.js'),
  ]);
  const client = createGitHubClient(settings.token, {
    retryEnvironment: {
      ...REAL_TIME,
      onRetry: ({ retry, delayMs, reason }) => {
        log.info(`GitHub answered ${reason}; retry ${retry} in ${Math.ceil(delayMs / 1000)} s`);
      },
    },
  });
  return new OctokitRepository(client, settings.owner, settings.repo);
}

/** One line for the log and the job summary. */
export function describePublishResult(result: PublishResult, dryRun: boolean): string {
  const pull = result.number === undefined ? 'a pull request' : `pull request #${result.number}`;
  const link = result.url === undefined ? '' : ` (${result.url})`;
  const held = 'the base branch already holds the generated files';
  const lines: Record<PublishOperation, readonly [done: string, wouldDo: string]> = {
    created: [`Opened ${pull}${link}.`, 'Dry run: would open a pull request.'],
    updated: [`Updated ${pull}${link}.`, `Dry run: would update ${pull}${link}.`],
    closed: [`Closed ${pull}${link}: ${held}.`, `Dry run: would close ${pull}${link}: ${held}.`],
    none: result.changed
      ? [`${capitalized(pull)}${link} is up to date.`, `Dry run: ${pull}${link} is up to date.`]
      : [`No pull request: ${held}.`, `Dry run: no pull request: ${held}.`],
  };
  const [done, wouldDo] = lines[result.operation];
  return dryRun ? wouldDo : done;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
