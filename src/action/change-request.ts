// What a run proposes, as a PublishRequest: the generated files at their
// repository paths, the review as the pull request's body, its headline in
// the title and the commit message (issue #5 scope 3).

import { isAbsolute, relative, sep } from 'node:path';
import { PublishRequestError, type PublishRequest } from '../github/publish-request.js';
import type { GenerateReport } from '../pipeline/generate.js';
import { renderReviewMarkdown } from '../review/review.js';
import type { PublishSettings } from './action-settings.js';

/** GitHub refuses issue and pull request titles longer than this. */
export const GITHUB_TITLE_LIMIT = 256;

export function changeRequest(
  report: GenerateReport,
  workspace: string,
  settings: PublishSettings,
  dryRun: boolean,
): PublishRequest {
  const { headline } = report.review;
  return {
    branch: settings.branch,
    ...(settings.base === undefined ? {} : { baseBranch: settings.base }),
    files: report.outputs.map((output) => ({
      path: repositoryPath(workspace, output.spec.path),
      content: output.content,
    })),
    title: clip(`${settings.title}: ${headline}`, GITHUB_TITLE_LIMIT),
    body: renderReviewMarkdown(report.review),
    commitMessage: `${settings.commitMessage}: ${headline}`,
    labels: settings.labels,
    reviewers: settings.reviewers,
    teamReviewers: settings.teamReviewers,
    assignees: settings.assignees,
    draft: settings.draft,
    needsAttention: report.review.needsAttention,
    dryRun,
  };
}

/** The checkout is the repository, so an output's path in it is its path in the commit. */
export function repositoryPath(workspace: string, file: string): string {
  const path = relative(workspace, file);
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) {
    throw new PublishRequestError(
      `The output ${file} is outside the workspace ${workspace}, so it cannot be committed; ` +
        'give outputs a path inside the repository, relative to the config file.',
    );
  }
  return path.split(sep).join('/');
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
