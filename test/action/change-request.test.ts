// The pure parts of the Action's publishing: the change request built from a
// run, repository paths, and the line that says what happened.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PublishSettings } from '../../src/action/action-settings.js';
import {
  GITHUB_TITLE_LIMIT,
  changeRequest,
  repositoryPath,
} from '../../src/action/change-request.js';
import { describePublishResult } from '../../src/action/publish-step.js';
import { PublishRequestError, type PublishResult } from '../../src/github/publish-request.js';
import type { GenerateReport } from '../../src/pipeline/generate.js';
import { diffAllowlists } from '../../src/review/diff.js';
import { buildReview, renderReviewMarkdown } from '../../src/review/review.js';
import { SAMPLE_ALLOWLIST } from '../support/sample-allowlist.js';

const WORKSPACE = '/home/runner/work/mail/mail';

const SETTINGS: PublishSettings = {
  token: 't',
  owner: 'mail-admins',
  repo: 'allowlist',
  branch: 'spf-allowlist/update',
  base: undefined,
  title: 'SPF allowlist update',
  commitMessage: 'Update SPF allowlist',
  labels: ['dns'],
  reviewers: ['alice'],
  teamReviewers: [],
  assignees: [],
  draft: true,
};

function report(paths: readonly string[]): GenerateReport {
  const review = buildReview(diffAllowlists(undefined, SAMPLE_ALLOWLIST), []);
  return {
    sources: [],
    outcomes: [],
    allowlist: SAMPLE_ALLOWLIST,
    outputs: paths.map((path, i) => ({
      spec: { path, format: 'postscreen' },
      content: `content ${i}\n`,
      changed: true,
    })),
    written: true,
    review,
    deny: undefined,
  };
}

describe('changeRequest', () => {
  it('proposes every output at its repository path, with the review as body and headline in title and commit', () => {
    const run = report([join(WORKSPACE, 'a.cidr'), join(WORKSPACE, 'postfix/b.cidr')]);
    const request = changeRequest(run, WORKSPACE, SETTINGS, false);
    expect(request).toMatchObject({
      branch: 'spf-allowlist/update',
      files: [
        { path: 'a.cidr', content: 'content 0\n' },
        { path: 'postfix/b.cidr', content: 'content 1\n' },
      ],
      title: `SPF allowlist update: ${run.review.headline}`,
      commitMessage: `Update SPF allowlist: ${run.review.headline}`,
      body: renderReviewMarkdown(run.review),
      labels: ['dns'],
      reviewers: ['alice'],
      draft: true,
      needsAttention: false,
      dryRun: false,
    });
    expect(request).not.toHaveProperty('baseBranch');
    expect(changeRequest(run, WORKSPACE, { ...SETTINGS, base: 'prod' }, true)).toMatchObject({
      baseBranch: 'prod',
      dryRun: true,
    });
  });

  it('clips a title GitHub would refuse, keeping its start', () => {
    const title = 'x'.repeat(300);
    const request = changeRequest(report([]), WORKSPACE, { ...SETTINGS, title }, false);
    expect(request.title).toHaveLength(GITHUB_TITLE_LIMIT);
    expect(request.title).toMatch(/^x+…$/);
  });
});

describe('repositoryPath', () => {
  it.each([
    ['postscreen_spf_allowlist.cidr', 'postscreen_spf_allowlist.cidr'],
    ['postfix/spf.cidr', 'postfix/spf.cidr'],
    ['..data/spf.cidr', '..data/spf.cidr'],
  ])('%s in the workspace is %s', (inside, expected) => {
    expect(repositoryPath(WORKSPACE, join(WORKSPACE, inside))).toBe(expected);
  });

  it.each([
    ['outside it', '/etc/postfix/spf.cidr'],
    ['beside it', `${WORKSPACE}-other/spf.cidr`],
    ['the workspace itself', WORKSPACE],
  ])('refuses a path %s, naming the file', (_, file) => {
    expect(() => repositoryPath(WORKSPACE, file)).toThrow(PublishRequestError);
    expect(() => repositoryPath(WORKSPACE, file)).toThrow(file);
  });
});

describe('describePublishResult', () => {
  const url = 'https://github.com/mail-admins/allowlist/pull/7';
  const pull = { number: 7, url };
  it.each<[PublishResult, boolean, string]>([
    [{ operation: 'created', changed: true, ...pull }, false, `Opened pull request #7 (${url}).`],
    [{ operation: 'created', changed: true }, true, 'Dry run: would open a pull request.'],
    [{ operation: 'updated', changed: true, ...pull }, false, `Updated pull request #7 (${url}).`],
    [
      { operation: 'closed', changed: false, ...pull },
      false,
      `Closed pull request #7 (${url}): the base branch already holds the generated files.`,
    ],
    [
      { operation: 'closed', changed: false, ...pull },
      true,
      `Dry run: would close pull request #7 (${url}): the base branch already holds the generated files.`,
    ],
    [
      { operation: 'none', changed: true, ...pull },
      false,
      `Pull request #7 (${url}) is up to date.`,
    ],
    [
      { operation: 'none', changed: false },
      false,
      'No pull request: the base branch already holds the generated files.',
    ],
  ])('%o (dry run %s)', (result, dryRun, line) => {
    expect(describePublishResult(result, dryRun)).toBe(line);
  });
});
