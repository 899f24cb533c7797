// The repository port: the only GitHub operations publishing needs (DESIGN.md
// "Parts", github/). publish.ts orchestrates over it; octokit-repository.ts
// implements it with the Git Data API and REST endpoints. A port this small
// keeps the orchestration readable and lets another host (or a test double)
// stand in without Octokit.

/** A file the publisher writes, repo-relative, as UTF-8 text. */
export interface FileContent {
  readonly path: string;
  readonly content: string;
}

export interface CommitInfo {
  readonly sha: string;
  readonly treeSha: string;
  readonly parentShas: readonly string[];
}

/** A blob placed at a path in a new tree (mode 100644, a regular file). */
export interface TreeFile {
  readonly path: string;
  readonly blobSha: string;
}

export interface PullRequest {
  readonly number: number;
  /** The web page of the pull request (html_url), for humans and the Action's outputs. */
  readonly url: string;
  readonly title: string;
  readonly body: string;
  /** Label names, so a run adds only the labels the pull request lacks. */
  readonly labels: readonly string[];
}

export interface NewPullRequest {
  readonly title: string;
  readonly body: string;
  /** The branch name in this repository (not `owner:branch`). */
  readonly head: string;
  readonly base: string;
  readonly draft: boolean;
}

export interface RepositoryPort {
  getDefaultBranch(): Promise<string>;
  /** The commit SHA the branch points at, or undefined when there is no such branch. */
  getBranchHead(branch: string): Promise<string | undefined>;
  getCommit(sha: string): Promise<CommitInfo>;
  /** The file's text at `ref` (branch or commit SHA), or undefined when it does not exist there. */
  getFile(ref: string, path: string): Promise<string | undefined>;

  createBlob(content: string): Promise<string>;
  /** A tree equal to `baseTreeSha` except for `files`; returns its SHA. */
  createTree(baseTreeSha: string, files: readonly TreeFile[]): Promise<string>;
  createCommit(parentSha: string, treeSha: string, message: string): Promise<string>;
  createRef(branch: string, sha: string): Promise<void>;
  /** Moves the branch to `sha` even when that is not a fast-forward. */
  updateRef(branch: string, sha: string): Promise<void>;
  deleteRef(branch: string): Promise<void>;

  /** The open pull request from `head` (a branch of this repository) into `base`, if any. */
  findOpenPull(head: string, base: string): Promise<PullRequest | undefined>;
  createPull(pull: NewPullRequest): Promise<PullRequest>;
  updatePull(number: number, change: { title: string; body: string }): Promise<void>;
  closePull(number: number): Promise<void>;
  addComment(number: number, body: string): Promise<void>;
  /** Creates the label when the repository lacks it; an existing label is left as it is. */
  ensureLabel(name: string, color: string, description: string): Promise<void>;
  addLabels(number: number, labels: readonly string[]): Promise<void>;
  requestReviewers(
    number: number,
    users: readonly string[],
    teams: readonly string[],
  ): Promise<void>;
  addAssignees(number: number, users: readonly string[]): Promise<void>;
}
