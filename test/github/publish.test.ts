// publishChange through the real Octokit adapter against the fake GitHub
// server: each scenario asserts the repository's state afterwards and the
// exact list of write calls, so a redundant write fails the test.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import {
  GitHubPermissionError,
  GitHubRequestError,
  PullRequestsFromActionsDisabledError,
} from '../../src/github/errors.js';
import { OctokitRepository } from '../../src/github/octokit-repository.js';
import {
  PullRequestDecorationError,
  closingComment,
  publishChange,
} from '../../src/github/publish.js';
import {
  NEEDS_ATTENTION_LABEL,
  PublishRequestError,
  type PublishRequest,
} from '../../src/github/publish-request.js';
import { DEFAULT_RETRY_POLICY } from '../../src/github/retry.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const BRANCH = 'spf-allowlist/update';
const FILE = 'postscreen_spf_allowlist.cidr';
const OLD = '# -- sender example.com --\n192.0.2.0/24\tpermit\n';
const NEW = '# -- sender example.com --\n192.0.2.0/24\tpermit\n198.51.100.0/24\tpermit\n';
const NEWER = '# -- sender example.com --\n198.51.100.0/24\tpermit\n';
const R = '/repos/mail-admins/allowlist';
const BRANCH_REF = `${R}/git/ref/heads/${BRANCH}`;

function publishRequest(overrides: Partial<PublishRequest> = {}): PublishRequest {
  return {
    branch: BRANCH,
    files: [{ path: FILE, content: NEW }],
    title: 'SPF allowlist: +1 / -0 ranges in 1 source',
    body: '## Review\n\n+ 198.51.100.0/24 (example.com)\n',
    commitMessage: 'Update SPF allowlist',
    labels: ['dns'],
    reviewers: ['alice'],
    teamReviewers: ['postmasters'],
    assignees: ['bob'],
    draft: false,
    needsAttention: false,
    dryRun: false,
    ...overrides,
  };
}

let github: FakeGitHub;
let sleeps: number[];

function repositoryAt(baseUrl: string, token = github.token): OctokitRepository {
  const client = createGitHubClient(token, {
    baseUrl,
    retryPolicy: {
      ...DEFAULT_RETRY_POLICY,
      baseDelayMs: 1,
      maxBackoffMs: 4,
      secondaryMinimumMs: 5,
    },
    retryEnvironment: {
      sleep: (ms) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      now: () => 0,
    },
  });
  return new OctokitRepository(client, github.owner, github.repo);
}

let port: OctokitRepository;

beforeEach(async () => {
  github = await startFakeGitHub({ files: { 'README.md': '# allowlist\n', [FILE]: OLD } });
  sleeps = [];
  port = repositoryAt(github.url);
});

afterEach(async () => {
  await github.close();
});

/** Runs once with NEW content and forgets the calls it made. */
async function firstRun(overrides: Partial<PublishRequest> = {}): Promise<void> {
  await publishChange(port, publishRequest(overrides));
  github.clearCalls();
}

const COMMIT_WRITES = [`POST ${R}/git/blobs`, `POST ${R}/git/trees`, `POST ${R}/git/commits`];
const DECORATION_WRITES = [
  `POST ${R}/issues/1/labels`,
  `POST ${R}/issues/1/assignees`,
  `POST ${R}/pulls/1/requested_reviewers`,
];

describe('publishChange: first run', () => {
  it('commits on top of the base head, creates the branch, then opens one decorated pull request', async () => {
    const baseHead = github.branchHead('main')!;
    const result = await publishChange(port, publishRequest());

    expect(github.callLines()).toEqual([
      `GET ${R}`,
      `GET ${R}/git/ref/heads/main`,
      `GET ${R}/contents/${FILE}`,
      `GET ${R}/pulls`,
      `GET ${BRANCH_REF}`,
      `GET ${R}/git/commits/${baseHead}`,
      ...COMMIT_WRITES,
      `POST ${R}/git/refs`,
      `POST ${R}/pulls`,
      ...DECORATION_WRITES,
    ]);
    const head = github.branchHead(BRANCH)!;
    expect(result).toEqual({
      operation: 'created',
      number: 1,
      url: 'https://github.example/mail-admins/allowlist/pull/1',
      commitSha: head,
      changed: true,
    });
    expect(github.commitParents(head)).toEqual([baseHead]);
    expect(github.commitMessage(head)).toBe('Update SPF allowlist');
    expect(github.readFile(BRANCH, FILE)).toBe(NEW);
    expect(github.readFile(BRANCH, 'README.md')).toBe('# allowlist\n');
    expect(github.branchHead('main')).toBe(baseHead);
    expect(github.pulls).toEqual([
      expect.objectContaining({
        number: 1,
        state: 'open',
        head: BRANCH,
        base: 'main',
        title: publishRequest().title,
        body: publishRequest().body,
        draft: false,
        labels: ['dns'],
        requestedReviewers: ['alice'],
        requestedTeams: ['postmasters'],
        assignees: ['bob'],
      }),
    ]);
  });

  it('skips the repository read when the base is given, and the decorations that are empty', async () => {
    await publishChange(
      port,
      publishRequest({
        baseBranch: 'main',
        labels: [],
        reviewers: [],
        teamReviewers: [],
        assignees: [],
        draft: true,
      }),
    );
    expect(github.callLines()).not.toContain(`GET ${R}`);
    expect(github.writes()).toEqual([...COMMIT_WRITES, `POST ${R}/git/refs`, `POST ${R}/pulls`]);
    expect(github.pulls[0]?.draft).toBe(true);
  });

  it('writes a blob only for the files that differ from the base, in nested directories too', async () => {
    await publishChange(
      port,
      publishRequest({
        files: [
          { path: FILE, content: OLD },
          { path: 'tables/plain.txt', content: '# @list\n198.51.100.0/24\n' },
        ],
      }),
    );
    expect(github.writes().filter((w) => w.endsWith('/git/blobs'))).toHaveLength(1);
    expect(github.readFile(BRANCH, 'tables/plain.txt')).toBe('# @list\n198.51.100.0/24\n');
    expect(github.readFile(BRANCH, FILE)).toBe(OLD);
  });

  it('works under a GitHub Enterprise Server style /api/v3 base URL', async () => {
    const result = await publishChange(repositoryAt(`${github.url}/api/v3`), publishRequest());
    expect(result.operation).toBe('created');
    expect(github.readFile(BRANCH, FILE)).toBe(NEW);
  });
});

describe('publishChange: later runs', () => {
  it('makes no write call when nothing changed since the last run', async () => {
    await firstRun();
    const before = github.branchHead(BRANCH);
    const result = await publishChange(port, publishRequest());
    expect(github.writes()).toEqual([]);
    expect(result).toEqual({
      operation: 'none',
      number: 1,
      url: 'https://github.example/mail-admins/allowlist/pull/1',
      commitSha: before,
      changed: true,
    });
    expect(github.branchHead(BRANCH)).toBe(before);
  });

  it('updates the same pull request on a change, without requesting reviewers again', async () => {
    await firstRun();
    const result = await publishChange(
      port,
      publishRequest({ files: [{ path: FILE, content: NEWER }], title: 'SPF allowlist: +1 / -1' }),
    );
    expect(github.writes()).toEqual([
      ...COMMIT_WRITES,
      `PATCH ${R}/git/refs/heads/${BRANCH}`,
      `PATCH ${R}/pulls/1`,
    ]);
    expect(result).toMatchObject({ operation: 'updated', number: 1, changed: true });
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({
      title: 'SPF allowlist: +1 / -1',
      requestedReviewers: ['alice'],
      labels: ['dns'],
    });
    expect(github.readFile(BRANCH, FILE)).toBe(NEWER);
    expect(github.commitParents(github.branchHead(BRANCH)!)).toEqual([github.branchHead('main')]);
  });

  it('leaves the pull request alone when only the files changed', async () => {
    await firstRun();
    await publishChange(port, publishRequest({ files: [{ path: FILE, content: NEWER }] }));
    expect(github.writes()).toEqual([...COMMIT_WRITES, `PATCH ${R}/git/refs/heads/${BRANCH}`]);
  });

  it('edits only the pull request when only the body changed', async () => {
    await firstRun();
    const result = await publishChange(port, publishRequest({ body: 'new review text' }));
    expect(github.writes()).toEqual([`PATCH ${R}/pulls/1`]);
    expect(result.operation).toBe('updated');
    expect(github.pulls[0]?.body).toBe('new review text');
  });

  it('recommits on top of a base that moved, even with the same files', async () => {
    await firstRun();
    const moved = github.commitDirectly('main', { 'README.md': '# edited\n' }, 'Edit README');
    await publishChange(port, publishRequest());
    expect(github.writes()).toEqual([...COMMIT_WRITES, `PATCH ${R}/git/refs/heads/${BRANCH}`]);
    const head = github.branchHead(BRANCH)!;
    expect(github.commitParents(head)).toEqual([moved]);
    expect(github.readFile(head, 'README.md')).toBe('# edited\n');
    expect(github.readFile(head, FILE)).toBe(NEW);
  });

  it('closes the pull request with a comment and deletes the branch once the base holds the files', async () => {
    await firstRun();
    github.commitDirectly('main', { [FILE]: NEW }, 'Merge the allowlist update');
    const result = await publishChange(port, publishRequest());
    expect(github.writes()).toEqual([
      `POST ${R}/issues/1/comments`,
      `PATCH ${R}/pulls/1`,
      `DELETE ${R}/git/refs/heads/${BRANCH}`,
    ]);
    expect(result).toEqual({
      operation: 'closed',
      number: 1,
      url: 'https://github.example/mail-admins/allowlist/pull/1',
      changed: false,
    });
    expect(github.pulls[0]).toMatchObject({ state: 'closed', comments: [closingComment(BRANCH)] });
    expect(github.branchHead(BRANCH)).toBeUndefined();

    github.clearCalls();
    const after = await publishChange(port, publishRequest());
    expect(after).toEqual({ operation: 'none', changed: false });
    expect(github.writes()).toEqual([]);
  });

  it('does nothing when the base already holds the files and no pull request is open', async () => {
    const result = await publishChange(
      port,
      publishRequest({ files: [{ path: FILE, content: OLD }] }),
    );
    expect(result).toEqual({ operation: 'none', changed: false });
    expect(github.writes()).toEqual([]);
  });
});

describe('publishChange: needs attention', () => {
  const { name, color, description } = NEEDS_ATTENTION_LABEL;

  it('creates the label when the repository lacks it and adds it with the others', async () => {
    await publishChange(port, publishRequest({ needsAttention: true }));
    expect(github.writes()).toEqual([
      ...COMMIT_WRITES,
      `POST ${R}/git/refs`,
      `POST ${R}/pulls`,
      `POST ${R}/labels`,
      ...DECORATION_WRITES,
    ]);
    expect(github.labels.get(name)).toEqual({ name, color, description });
    expect(github.pulls[0]?.labels).toEqual(['dns', name]);
  });

  it('reuses an existing label as it is', async () => {
    // A label a human created first, with their own colour.
    await port.ensureLabel(name, '000000', 'ours');
    github.clearCalls();
    await publishChange(port, publishRequest({ needsAttention: true, labels: [] }));
    expect(github.callLines()).toContain(`GET ${R}/labels/${name}`);
    expect(github.writes()).not.toContain(`POST ${R}/labels`);
    expect(github.labels.get(name)?.color).toBe('000000');
    expect(github.pulls[0]?.labels).toEqual([name]);
  });

  it('labels an existing pull request once, when a later run needs attention', async () => {
    await firstRun();
    const result = await publishChange(port, publishRequest({ needsAttention: true }));
    expect(github.writes()).toEqual([`POST ${R}/labels`, `POST ${R}/issues/1/labels`]);
    expect(result.operation).toBe('updated');
    github.clearCalls();
    await publishChange(port, publishRequest({ needsAttention: true }));
    expect(github.writes()).toEqual([]);
  });
});

describe('publishChange: dry run', () => {
  it('reads only, and reports the pull request it would open', async () => {
    const result = await publishChange(
      port,
      publishRequest({ dryRun: true, needsAttention: true }),
    );
    expect(github.calls.every((c) => c.method === 'GET')).toBe(true);
    expect(github.calls.length).toBeGreaterThan(0);
    expect(result).toEqual({ operation: 'created', changed: true });
    expect(github.branchHead(BRANCH)).toBeUndefined();
    expect(github.pulls).toEqual([]);
  });

  it('reads only, and reports the update it would make', async () => {
    await firstRun();
    const result = await publishChange(
      port,
      publishRequest({ dryRun: true, files: [{ path: FILE, content: NEWER }] }),
    );
    expect(github.writes()).toEqual([]);
    expect(result).toEqual({
      operation: 'updated',
      number: 1,
      url: 'https://github.example/mail-admins/allowlist/pull/1',
      changed: true,
    });
  });

  it('reads only, and reports the pull request it would close', async () => {
    await firstRun();
    const result = await publishChange(
      port,
      publishRequest({ dryRun: true, files: [{ path: FILE, content: OLD }] }),
    );
    expect(github.writes()).toEqual([]);
    expect(result).toMatchObject({ operation: 'closed', number: 1, changed: false });
    expect(github.pulls[0]?.state).toBe('open');
  });
});

describe('publishChange: failures', () => {
  it('explains a refused pull request and leaves nothing: the branch is deleted again', async () => {
    github.injectFault({
      method: 'POST',
      path: `${R}/pulls`,
      times: 1,
      status: 403,
      message: 'GitHub Actions is not permitted to create or approve pull requests.',
    });
    const failure = publishChange(port, publishRequest());
    await expect(failure).rejects.toBeInstanceOf(PullRequestsFromActionsDisabledError);
    await expect(failure).rejects.toThrow(
      /Allow GitHub Actions to create and approve pull requests/,
    );
    await expect(failure).rejects.toThrow(/GitHub App/);
    expect(github.pulls).toEqual([]);
    expect(github.branchHead(BRANCH)).toBeUndefined();
    expect(github.writes()).toEqual([
      ...COMMIT_WRITES,
      `POST ${R}/git/refs`,
      `POST ${R}/pulls`,
      `DELETE ${R}/git/refs/heads/${BRANCH}`,
    ]);
  });

  it('opens the pull request from the branch a refused run could not delete', async () => {
    github.injectFault({ method: 'POST', path: `${R}/pulls`, times: 1, status: 403 });
    github.injectFault({ method: 'DELETE', path: /git\/refs/, times: 1, status: 403 });
    await expect(publishChange(port, publishRequest())).rejects.toThrow(/`pull-requests: write`/);
    const head = github.branchHead(BRANCH);
    expect(head).toBeDefined();

    github.clearCalls();
    const retry = await publishChange(port, publishRequest());
    expect(github.writes()).toEqual([`POST ${R}/pulls`, ...DECORATION_WRITES]);
    expect(retry).toMatchObject({ operation: 'created', commitSha: head });
  });

  it.each([
    ['a blob', `${R}/git/blobs`, '`contents: write`'],
    ['the pull request', `${R}/pulls`, '`pull-requests: write`'],
  ])('names the missing permission when creating %s is forbidden', async (_, path, permission) => {
    github.injectFault({
      method: 'POST',
      path,
      times: 1,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const failure = publishChange(port, publishRequest());
    await expect(failure).rejects.toBeInstanceOf(GitHubPermissionError);
    await expect(failure).rejects.toThrow(permission);
    expect(github.pulls).toEqual([]);
  });

  it('creates no branch when a write before the ref fails', async () => {
    github.injectFault({
      method: 'POST',
      path: `${R}/git/commits`,
      times: 1,
      status: 404,
      message: 'Not Found',
    });
    await expect(publishChange(port, publishRequest())).rejects.toThrow(/`contents: write`/);
    expect(github.branchHead(BRANCH)).toBeUndefined();
    expect(github.writes()).not.toContain(`POST ${R}/git/refs`);
  });

  it('explains a rejected token', async () => {
    const failure = publishChange(repositoryAt(github.url, 'expired'), publishRequest());
    await expect(failure).rejects.toBeInstanceOf(GitHubPermissionError);
    await expect(failure).rejects.toThrow(/HTTP 401.*`token` input/s);
  });

  it('retries server errors with backoff, then succeeds without duplicate writes', async () => {
    github.injectFault({ method: 'POST', path: `${R}/git/trees`, times: 2, status: 500 });
    github.injectFault({ method: 'GET', path: `${R}/pulls`, times: 1, status: 502 });
    const result = await publishChange(port, publishRequest());
    expect(result.operation).toBe('created');
    expect(sleeps).toEqual([1, 1, 2]);
    expect(github.calls.filter((c) => c.path === `${R}/git/trees`).map((c) => c.status)).toEqual([
      500, 500, 201,
    ]);
    expect(github.writes().filter((w) => w !== `POST ${R}/git/trees`)).toEqual([
      `POST ${R}/git/blobs`,
      `POST ${R}/git/commits`,
      `POST ${R}/git/refs`,
      `POST ${R}/pulls`,
      ...DECORATION_WRITES,
    ]);
  });

  it('waits out a secondary rate limit as long as retry-after says', async () => {
    github.injectFault({
      method: 'POST',
      path: `${R}/git/blobs`,
      times: 1,
      status: 403,
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '3' },
    });
    await publishChange(port, publishRequest());
    expect(sleeps).toEqual([3000]);
    expect(github.pulls).toHaveLength(1);
  });

  it('gives up after the retries and moves no ref', async () => {
    github.injectFault({ method: 'POST', path: `${R}/git/commits`, times: 99, status: 503 });
    const failure = publishChange(port, publishRequest());
    await expect(failure).rejects.toBeInstanceOf(GitHubRequestError);
    await expect(failure).rejects.toThrow(/HTTP 503/);
    expect(sleeps).toHaveLength(DEFAULT_RETRY_POLICY.maxRetries);
    expect(github.branchHead(BRANCH)).toBeUndefined();
  });

  it('treats a created ref whose answer was lost as created, and moves it', async () => {
    github.injectFault({
      method: 'POST',
      path: `${R}/git/refs`,
      times: 1,
      status: 502,
      afterServing: true,
    });
    const result = await publishChange(port, publishRequest());
    expect(github.writes()).toEqual([
      ...COMMIT_WRITES,
      `POST ${R}/git/refs`,
      `POST ${R}/git/refs`,
      `PATCH ${R}/git/refs/heads/${BRANCH}`,
      `POST ${R}/pulls`,
      ...DECORATION_WRITES,
    ]);
    expect(github.branchHead(BRANCH)).toBe(result.commitSha);
  });

  it('finds the pull request a lost answer created instead of opening a second one', async () => {
    github.injectFault({
      method: 'POST',
      path: `${R}/pulls`,
      times: 1,
      status: 500,
      afterServing: true,
    });
    const result = await publishChange(port, publishRequest());
    expect(github.pulls).toHaveLength(1);
    expect(result).toMatchObject({ operation: 'created', number: 1 });
    expect(github.pulls[0]?.requestedReviewers).toEqual(['alice']);
  });

  it('still labels and assigns when requesting reviewers fails, then reports it with the result', async () => {
    github.injectFault({
      method: 'POST',
      path: `${R}/pulls/1/requested_reviewers`,
      times: 1,
      status: 422,
      message: 'Reviews may only be requested from collaborators.',
    });
    const failure = publishChange(port, publishRequest());
    await expect(failure).rejects.toBeInstanceOf(PullRequestDecorationError);
    const error = (await failure.catch((e: unknown) => e)) as PullRequestDecorationError;
    expect(error.message).toMatch(/collaborators/);
    expect(error.result).toMatchObject({ operation: 'created', number: 1 });
    expect(github.pulls[0]).toMatchObject({ labels: ['dns'], assignees: ['bob'] });
  });

  it.each([
    [{ baseBranch: BRANCH }, /is the base branch/],
    [{ baseBranch: 'release' }, /base branch release does not exist/],
    [{ files: [{ path: '../etc/passwd', content: '' }] }, /not a repository-relative/],
    [{ files: [{ path: '/abs', content: '' }] }, /not a repository-relative/],
    [
      {
        files: [
          { path: FILE, content: '' },
          { path: FILE, content: 'x' },
        ],
      },
      /listed twice/,
    ],
  ])('refuses a bad request %# before writing anything', async (overrides, message) => {
    const failure = publishChange(port, publishRequest(overrides));
    await expect(failure).rejects.toBeInstanceOf(PublishRequestError);
    await expect(failure).rejects.toThrow(message);
    expect(github.writes()).toEqual([]);
  });
});

describe('OctokitRepository.getFile', () => {
  it('reads a file too large for the contents API through the blob API', async () => {
    await github.close();
    github = await startFakeGitHub({ files: { [FILE]: OLD }, contentsLimitBytes: 10 });
    port = repositoryAt(github.url);
    expect(await port.getFile('main', FILE)).toBe(OLD);
    expect(github.callLines()).toEqual([
      `GET ${R}/contents/${FILE}`,
      expect.stringMatching(new RegExp(`^GET ${R}/git/blobs/[0-9a-f]{40}$`)),
    ]);
  });

  it('answers undefined for a missing file and refuses a directory', async () => {
    await publishChange(
      port,
      publishRequest({ files: [{ path: 'tables/a.txt', content: 'a\n' }] }),
    );
    expect(await port.getFile('main', 'missing.txt')).toBeUndefined();
    await expect(port.getFile(BRANCH, 'tables')).rejects.toThrow(/not a regular file/);
  });
});
