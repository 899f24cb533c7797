export const id = 891;
export const ids = [891];
export const modules = {

/***/ 4891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OctokitRepository: () => (/* binding */ OctokitRepository)
});

// EXTERNAL MODULE: ./lib/github/http-failure.js
var http_failure = __webpack_require__(5748);
;// CONCATENATED MODULE: ./lib/github/errors.js
// Errors a user can act on. A bare "Resource not accessible by integration"
// does not say what to change; these name the permission the workflow must
// grant, or the repository setting that refuses pull requests from Actions.

const PERMISSIONS_BLOCK = ['permissions:', '  contents: write', '  pull-requests: write'].join('\n');
/** The token was refused (401) or lacks a permission (403, or 404 for a repository it cannot see). */
class GitHubPermissionError extends Error {
    status;
    permission;
    name = 'GitHubPermissionError';
    constructor(message, status, permission) {
        super(message);
        this.status = status;
        this.permission = permission;
    }
}
/** The repository (or organization) setting forbids GITHUB_TOKEN from opening pull requests. */
class PullRequestsFromActionsDisabledError extends Error {
    name = 'PullRequestsFromActionsDisabledError';
}
/** Any other failed request, after retries: the status and GitHub's own message. */
class GitHubRequestError extends Error {
    status;
    name = 'GitHubRequestError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const ACTIONS_MAY_NOT_CREATE_PULLS = /GitHub Actions is not permitted to create or approve pull requests/i;
/** Turns what Octokit threw into one of the errors above; anything else passes through. */
function explainRequestFailure(error, context) {
    const failure = (0,http_failure/* httpFailureOf */.S)(error);
    if (failure === undefined)
        return error;
    if (failure.status === 403 && ACTIONS_MAY_NOT_CREATE_PULLS.test(failure.message)) {
        return new PullRequestsFromActionsDisabledError(pullsDisabledMessage(context));
    }
    if (failure.status === 401) {
        return new GitHubPermissionError(unauthorizedMessage(failure, context), 401, context.permission);
    }
    if ((failure.status === 403 && !isRateLimit(failure)) || failure.status === 404) {
        return new GitHubPermissionError(forbiddenMessage(failure, context), failure.status, context.permission);
    }
    const advice = isRateLimit(failure)
        ? " GitHub's rate limit still held after the retries; the next run tries again."
        : '';
    return new GitHubRequestError(`GitHub could not ${context.action} in ${context.repository} (HTTP ${failure.status}: ${failure.message}).${advice}`, failure.status);
}
function isRateLimit(failure) {
    return (/rate limit/i.test(failure.message) || (0,http_failure/* headerText */.T)(failure, 'x-ratelimit-remaining') === '0');
}
function unauthorizedMessage(failure, context) {
    return (`GitHub rejected the token (HTTP 401: ${failure.message}) when trying to ${context.action} ` +
        `in ${context.repository}. The \`token\` input is missing, expired or revoked; ` +
        'leave it at its default (${{ github.token }}) or pass a valid GitHub App or personal token.');
}
function forbiddenMessage(failure, context) {
    // GitHub answers 404 instead of 403 when the token may not even see the repository.
    const seen = failure.status === 404
        ? ' (GitHub answers 404 when the token cannot see the repository or its branch)'
        : '';
    const accepted = (0,http_failure/* headerText */.T)(failure, 'x-accepted-github-permissions');
    const acceptedNote = accepted === undefined ? '' : ` GitHub accepts: ${accepted}.`;
    return (`GitHub refused to ${context.action} in ${context.repository} ` +
        `(HTTP ${failure.status}: ${failure.message})${seen}. ` +
        `The token needs \`${context.permission}\`.${acceptedNote} ` +
        `Grant it in the workflow (or to the GitHub App whose token you pass):\n${PERMISSIONS_BLOCK}`);
}
function pullsDisabledMessage(context) {
    return (`GitHub refused to ${context.action} in ${context.repository}: ` +
        'GitHub Actions is not permitted to create or approve pull requests. ' +
        'Turn on Settings → Actions → General → Workflow permissions → ' +
        '"Allow GitHub Actions to create and approve pull requests" ' +
        "(for an organization's repository the organization's Actions settings must allow it first), " +
        'or pass a GitHub App installation token as the `token` input. ' +
        'The branch may already exist: the next run reuses it and opens the pull request once this is allowed.');
}

;// CONCATENATED MODULE: ./lib/github/octokit-repository.js
// RepositoryPort over GitHub's REST API: Git Data endpoints (blobs, trees,
// commits, refs) for the commit, so no git binary or checkout is involved
// and GitHub signs commits made with the workflow token; pulls and issues
// endpoints for the pull request. Every failure is explained by errors.ts.


class OctokitRepository {
    client;
    owner;
    repo;
    constructor(client, owner, repo) {
        this.client = client;
        this.owner = owner;
        this.repo = repo;
    }
    get where() {
        return { owner: this.owner, repo: this.repo };
    }
    async call(action, permission, send) {
        try {
            return await send();
        }
        catch (error) {
            throw explainRequestFailure(error, {
                action,
                permission,
                repository: `${this.owner}/${this.repo}`,
            });
        }
    }
    /** A read where 404 means "not there" rather than an error. */
    async lookup(action, send) {
        try {
            return await send();
        }
        catch (error) {
            if ((0,http_failure/* httpFailureOf */.S)(error)?.status === 404)
                return undefined;
            throw explainRequestFailure(error, {
                action,
                permission: 'contents: read',
                repository: `${this.owner}/${this.repo}`,
            });
        }
    }
    async getDefaultBranch() {
        const { data } = await this.call('read the repository', 'contents: read', () => this.client.rest.repos.get(this.where));
        return data.default_branch;
    }
    async getBranchHead(branch) {
        const response = await this.lookup(`read branch ${branch}`, () => this.client.rest.git.getRef({ ...this.where, ref: `heads/${branch}` }));
        return response?.data.object.sha;
    }
    async getCommit(sha) {
        const { data } = await this.call(`read commit ${sha}`, 'contents: read', () => this.client.rest.git.getCommit({ ...this.where, commit_sha: sha }));
        return { sha: data.sha, treeSha: data.tree.sha, parentShas: data.parents.map((p) => p.sha) };
    }
    async getFile(ref, path) {
        const response = await this.lookup(`read ${path}`, () => this.client.rest.repos.getContent({ ...this.where, path, ref }));
        if (response === undefined)
            return undefined;
        const data = response.data;
        if (Array.isArray(data) || data.type !== 'file') {
            throw new Error(`${path} in ${this.owner}/${this.repo} is not a regular file; expected a file.`);
        }
        // The contents API omits the text of files over 1 MB (encoding "none"); the blob API has it.
        if ('encoding' in data && data.encoding === 'base64')
            return decodeBase64(data.content);
        return this.getBlobText(data.sha, path);
    }
    async getBlobText(sha, path) {
        const { data } = await this.call(`read ${path}`, 'contents: read', () => this.client.rest.git.getBlob({ ...this.where, file_sha: sha }));
        return data.encoding === 'base64' ? decodeBase64(data.content) : data.content;
    }
    async createBlob(content) {
        // base64 carries the exact bytes; GitHub's "utf-8" encoding is also exact, but says less.
        const { data } = await this.call('create a blob', 'contents: write', () => this.client.rest.git.createBlob({
            ...this.where,
            content: Buffer.from(content, 'utf8').toString('base64'),
            encoding: 'base64',
        }));
        return data.sha;
    }
    async createTree(baseTreeSha, files) {
        const tree = files.map((file) => ({
            path: file.path,
            mode: '100644',
            type: 'blob',
            sha: file.blobSha,
        }));
        const { data } = await this.call('create a tree', 'contents: write', () => this.client.rest.git.createTree({ ...this.where, base_tree: baseTreeSha, tree }));
        return data.sha;
    }
    async createCommit(parentSha, treeSha, message) {
        const { data } = await this.call('create the commit', 'contents: write', () => this.client.rest.git.createCommit({
            ...this.where,
            message,
            tree: treeSha,
            parents: [parentSha],
        }));
        return data.sha;
    }
    async createRef(branch, sha) {
        try {
            await this.call(`create branch ${branch}`, 'contents: write', () => this.client.rest.git.createRef({ ...this.where, ref: `refs/heads/${branch}`, sha }));
        }
        catch (error) {
            // The branch appeared since we looked (a retried request that had
            // succeeded, or another run): it is ours by name, so move it.
            if (!isUnprocessable(error, /reference already exists/i))
                throw error;
            await this.updateRef(branch, sha);
        }
    }
    async updateRef(branch, sha) {
        await this.call(`update branch ${branch}`, 'contents: write', () => this.client.rest.git.updateRef({ ...this.where, ref: `heads/${branch}`, sha, force: true }));
    }
    async deleteRef(branch) {
        await this.call(`delete branch ${branch}`, 'contents: write', () => this.client.rest.git.deleteRef({ ...this.where, ref: `heads/${branch}` }));
    }
    async findOpenPull(head, base) {
        const { data } = await this.call('list pull requests', 'contents: read', () => this.client.rest.pulls.list({
            ...this.where,
            head: `${this.owner}:${head}`,
            base,
            state: 'open',
        }));
        const first = data[0];
        return first === undefined ? undefined : toPullRequest(first);
    }
    async createPull(pull) {
        try {
            const { data } = await this.call('open the pull request', 'pull-requests: write', () => this.client.rest.pulls.create({ ...this.where, ...pull }));
            return toPullRequest(data);
        }
        catch (error) {
            // A retried request that had succeeded: the pull request is there.
            if (!isUnprocessable(error, /pull request already exists/i))
                throw error;
            const existing = await this.findOpenPull(pull.head, pull.base);
            if (existing === undefined)
                throw error;
            return existing;
        }
    }
    async updatePull(number, change) {
        await this.call(`update pull request #${number}`, 'pull-requests: write', () => this.client.rest.pulls.update({ ...this.where, pull_number: number, ...change }));
    }
    async closePull(number) {
        await this.call(`close pull request #${number}`, 'pull-requests: write', () => this.client.rest.pulls.update({ ...this.where, pull_number: number, state: 'closed' }));
    }
    async addComment(number, body) {
        await this.call(`comment on pull request #${number}`, 'pull-requests: write', () => this.client.rest.issues.createComment({ ...this.where, issue_number: number, body }));
    }
    async ensureLabel(name, color, description) {
        const existing = await this.lookup(`read label ${name}`, () => this.client.rest.issues.getLabel({ ...this.where, name }));
        if (existing !== undefined)
            return;
        try {
            await this.call(`create label "${name}"`, 'pull-requests: write', () => this.client.rest.issues.createLabel({ ...this.where, name, color, description }));
        }
        catch (error) {
            // Created meanwhile by someone else: what we wanted.
            if (!isUnprocessable(error, /already_exists|already exists/i))
                throw error;
        }
    }
    async addLabels(number, labels) {
        await this.call(`label pull request #${number}`, 'pull-requests: write', () => this.client.rest.issues.addLabels({
            ...this.where,
            issue_number: number,
            labels: [...labels],
        }));
    }
    async requestReviewers(number, users, teams) {
        await this.call(`request reviewers on pull request #${number}`, 'pull-requests: write', () => this.client.rest.pulls.requestReviewers({
            ...this.where,
            pull_number: number,
            reviewers: [...users],
            team_reviewers: [...teams],
        }));
    }
    async addAssignees(number, users) {
        await this.call(`assign pull request #${number}`, 'pull-requests: write', () => this.client.rest.issues.addAssignees({
            ...this.where,
            issue_number: number,
            assignees: [...users],
        }));
    }
}
function toPullRequest(data) {
    return {
        number: data.number,
        url: data.html_url,
        title: data.title,
        body: data.body ?? '',
        labels: data.labels.flatMap((label) => (label.name === undefined ? [] : [label.name])),
    };
}
/** A 422 whose message matches: GitHub's way of saying "that already exists". */
function isUnprocessable(error, message) {
    // explainRequestFailure keeps the status and GitHub's message (with its `errors` details).
    if (!(error instanceof Error) || !('status' in error) || error.status !== 422)
        return false;
    return message.test(error.message);
}
function decodeBase64(content) {
    // The contents API wraps base64 at 60 columns; Buffer skips the newlines.
    return Buffer.from(content, 'base64').toString('utf8');
}


/***/ })

};
