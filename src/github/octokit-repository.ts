// RepositoryPort over GitHub's REST API: Git Data endpoints (blobs, trees,
// commits, refs) for the commit, so no git binary or checkout is involved
// and GitHub signs commits made with the workflow token; pulls and issues
// endpoints for the pull request. Every failure is explained by errors.ts.

import type { GitHubClient } from './client.js';
import { explainRequestFailure, type Permission } from './errors.js';
import { httpFailureOf } from './http-failure.js';
import type {
  CommitInfo,
  NewPullRequest,
  PullRequest,
  RepositoryPort,
  TreeFile,
} from './repository-port.js';

interface PullData {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  labels: readonly { name?: string }[];
}

export class OctokitRepository implements RepositoryPort {
  constructor(
    private readonly client: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
  ) {}

  private get where(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo };
  }

  private async call<T>(
    action: string,
    permission: Permission,
    send: () => Promise<T>,
  ): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw explainRequestFailure(error, {
        action,
        permission,
        repository: `${this.owner}/${this.repo}`,
      });
    }
  }

  /** A read where 404 means "not there" rather than an error. */
  private async lookup<T>(action: string, send: () => Promise<T>): Promise<T | undefined> {
    try {
      return await send();
    } catch (error) {
      if (httpFailureOf(error)?.status === 404) return undefined;
      throw explainRequestFailure(error, {
        action,
        permission: 'contents: read',
        repository: `${this.owner}/${this.repo}`,
      });
    }
  }

  async getDefaultBranch(): Promise<string> {
    const { data } = await this.call('read the repository', 'contents: read', () =>
      this.client.rest.repos.get(this.where),
    );
    return data.default_branch;
  }

  async getBranchHead(branch: string): Promise<string | undefined> {
    const response = await this.lookup(`read branch ${branch}`, () =>
      this.client.rest.git.getRef({ ...this.where, ref: `heads/${branch}` }),
    );
    return response?.data.object.sha;
  }

  async getCommit(sha: string): Promise<CommitInfo> {
    const { data } = await this.call(`read commit ${sha}`, 'contents: read', () =>
      this.client.rest.git.getCommit({ ...this.where, commit_sha: sha }),
    );
    return { sha: data.sha, treeSha: data.tree.sha, parentShas: data.parents.map((p) => p.sha) };
  }

  async getFile(ref: string, path: string): Promise<string | undefined> {
    const response = await this.lookup(`read ${path}`, () =>
      this.client.rest.repos.getContent({ ...this.where, path, ref }),
    );
    if (response === undefined) return undefined;
    const data = response.data;
    if (Array.isArray(data) || data.type !== 'file') {
      throw new Error(
        `${path} in ${this.owner}/${this.repo} is not a regular file; expected a file.`,
      );
    }
    // The contents API omits the text of files over 1 MB (encoding "none"); the blob API has it.
    if ('encoding' in data && data.encoding === 'base64') return decodeBase64(data.content);
    return this.getBlobText(data.sha, path);
  }

  private async getBlobText(sha: string, path: string): Promise<string> {
    const { data } = await this.call(`read ${path}`, 'contents: read', () =>
      this.client.rest.git.getBlob({ ...this.where, file_sha: sha }),
    );
    return data.encoding === 'base64' ? decodeBase64(data.content) : data.content;
  }

  async createBlob(content: string): Promise<string> {
    // base64 carries the exact bytes; GitHub's "utf-8" encoding is also exact, but says less.
    const { data } = await this.call('create a blob', 'contents: write', () =>
      this.client.rest.git.createBlob({
        ...this.where,
        content: Buffer.from(content, 'utf8').toString('base64'),
        encoding: 'base64',
      }),
    );
    return data.sha;
  }

  async createTree(baseTreeSha: string, files: readonly TreeFile[]): Promise<string> {
    const tree = files.map((file) => ({
      path: file.path,
      mode: '100644' as const,
      type: 'blob' as const,
      sha: file.blobSha,
    }));
    const { data } = await this.call('create a tree', 'contents: write', () =>
      this.client.rest.git.createTree({ ...this.where, base_tree: baseTreeSha, tree }),
    );
    return data.sha;
  }

  async createCommit(parentSha: string, treeSha: string, message: string): Promise<string> {
    const { data } = await this.call('create the commit', 'contents: write', () =>
      this.client.rest.git.createCommit({
        ...this.where,
        message,
        tree: treeSha,
        parents: [parentSha],
      }),
    );
    return data.sha;
  }

  async createRef(branch: string, sha: string): Promise<void> {
    try {
      await this.call(`create branch ${branch}`, 'contents: write', () =>
        this.client.rest.git.createRef({ ...this.where, ref: `refs/heads/${branch}`, sha }),
      );
    } catch (error) {
      // The branch appeared since we looked (a retried request that had
      // succeeded, or another run): it is ours by name, so move it.
      if (!isUnprocessable(error, /reference already exists/i)) throw error;
      await this.updateRef(branch, sha);
    }
  }

  async updateRef(branch: string, sha: string): Promise<void> {
    await this.call(`update branch ${branch}`, 'contents: write', () =>
      this.client.rest.git.updateRef({ ...this.where, ref: `heads/${branch}`, sha, force: true }),
    );
  }

  async deleteRef(branch: string): Promise<void> {
    await this.call(`delete branch ${branch}`, 'contents: write', () =>
      this.client.rest.git.deleteRef({ ...this.where, ref: `heads/${branch}` }),
    );
  }

  async findOpenPull(head: string, base: string): Promise<PullRequest | undefined> {
    const { data } = await this.call('list pull requests', 'contents: read', () =>
      this.client.rest.pulls.list({
        ...this.where,
        head: `${this.owner}:${head}`,
        base,
        state: 'open',
      }),
    );
    const first = data[0];
    return first === undefined ? undefined : toPullRequest(first);
  }

  async createPull(pull: NewPullRequest): Promise<PullRequest> {
    try {
      const { data } = await this.call('open the pull request', 'pull-requests: write', () =>
        this.client.rest.pulls.create({ ...this.where, ...pull }),
      );
      return toPullRequest(data);
    } catch (error) {
      // A retried request that had succeeded: the pull request is there.
      if (!isUnprocessable(error, /pull request already exists/i)) throw error;
      const existing = await this.findOpenPull(pull.head, pull.base);
      if (existing === undefined) throw error;
      return existing;
    }
  }

  async updatePull(number: number, change: { title: string; body: string }): Promise<void> {
    await this.call(`update pull request #${number}`, 'pull-requests: write', () =>
      this.client.rest.pulls.update({ ...this.where, pull_number: number, ...change }),
    );
  }

  async closePull(number: number): Promise<void> {
    await this.call(`close pull request #${number}`, 'pull-requests: write', () =>
      this.client.rest.pulls.update({ ...this.where, pull_number: number, state: 'closed' }),
    );
  }

  async addComment(number: number, body: string): Promise<void> {
    await this.call(`comment on pull request #${number}`, 'pull-requests: write', () =>
      this.client.rest.issues.createComment({ ...this.where, issue_number: number, body }),
    );
  }

  async ensureLabel(name: string, color: string, description: string): Promise<void> {
    const existing = await this.lookup(`read label ${name}`, () =>
      this.client.rest.issues.getLabel({ ...this.where, name }),
    );
    if (existing !== undefined) return;
    try {
      await this.call(`create label "${name}"`, 'pull-requests: write', () =>
        this.client.rest.issues.createLabel({ ...this.where, name, color, description }),
      );
    } catch (error) {
      // Created meanwhile by someone else: what we wanted.
      if (!isUnprocessable(error, /already_exists|already exists/i)) throw error;
    }
  }

  async addLabels(number: number, labels: readonly string[]): Promise<void> {
    await this.call(`label pull request #${number}`, 'pull-requests: write', () =>
      this.client.rest.issues.addLabels({
        ...this.where,
        issue_number: number,
        labels: [...labels],
      }),
    );
  }

  async requestReviewers(
    number: number,
    users: readonly string[],
    teams: readonly string[],
  ): Promise<void> {
    await this.call(`request reviewers on pull request #${number}`, 'pull-requests: write', () =>
      this.client.rest.pulls.requestReviewers({
        ...this.where,
        pull_number: number,
        reviewers: [...users],
        team_reviewers: [...teams],
      }),
    );
  }

  async addAssignees(number: number, users: readonly string[]): Promise<void> {
    await this.call(`assign pull request #${number}`, 'pull-requests: write', () =>
      this.client.rest.issues.addAssignees({
        ...this.where,
        issue_number: number,
        assignees: [...users],
      }),
    );
  }
}

function toPullRequest(data: PullData): PullRequest {
  return {
    number: data.number,
    url: data.html_url,
    title: data.title,
    body: data.body ?? '',
    labels: data.labels.flatMap((label) => (label.name === undefined ? [] : [label.name])),
  };
}

/** A 422 whose message matches: GitHub's way of saying "that already exists". */
function isUnprocessable(error: unknown, message: RegExp): boolean {
  // explainRequestFailure keeps the status and GitHub's message (with its `errors` details).
  if (!(error instanceof Error) || !('status' in error) || error.status !== 422) return false;
  return message.test(error.message);
}

function decodeBase64(content: string): string {
  // The contents API wraps base64 at 60 columns; Buffer skips the newlines.
  return Buffer.from(content, 'base64').toString('utf8');
}
