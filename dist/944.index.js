export const id = 944;
export const ids = [944];
export const modules = {

/***/ 1944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PullRequestDecorationError: () => (/* binding */ PullRequestDecorationError),
/* harmony export */   closingComment: () => (/* binding */ closingComment),
/* harmony export */   publishChange: () => (/* binding */ publishChange)
/* harmony export */ });
/* harmony import */ var _publish_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9116);
// Publishing a change as one pull request (issue #5 scope 2-4), as pure
// orchestration over the RepositoryPort.
//
// The branch ref is the only state and it moves last: blobs, trees and
// commits nobody points at are invisible (GitHub collects them), so a run
// that fails before the ref moves leaves the repository as it was. After it
// moves, only the pull request is left to open; if GitHub refuses that, the
// branch is deleted again, and if the run dies in between, the next run finds
// the branch ready and only opens the pull request. Every write is skipped
// when what it would write is already there, so a re-run with no DNS change
// writes nothing.

/** The pull request was opened, but labels, assignees or reviewers could not all be added. */
class PullRequestDecorationError extends Error {
    result;
    failures;
    name = 'PullRequestDecorationError';
    constructor(message, result, failures) {
        super(message);
        this.result = result;
        this.failures = failures;
    }
}
async function publishChange(port, request) {
    (0,_publish_request_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPublishRequest */ .RT)(request);
    const state = await readBase(port, request);
    const changed = await filesDifferingAt(port, state.baseHead, request.files);
    const pull = await port.findOpenPull(request.branch, state.base);
    if (changed.length === 0)
        return retire(port, request, pull);
    const commit = await commitToBranch(port, request, state, changed);
    if (pull === undefined)
        return openPull(port, request, state.base, commit.sha);
    return refreshPull(port, request, pull, commit);
}
async function readBase(port, request) {
    const base = request.baseBranch ?? (await port.getDefaultBranch());
    (0,_publish_request_js__WEBPACK_IMPORTED_MODULE_0__/* .checkBranchIsNotBase */ .dm)(request.branch, base);
    const baseHead = await port.getBranchHead(base);
    if (baseHead === undefined) {
        throw new _publish_request_js__WEBPACK_IMPORTED_MODULE_0__/* .PublishRequestError */ .Fu(`The base branch ${base} does not exist (or the token cannot read it); give an existing branch as the base.`);
    }
    return { base, baseHead };
}
async function filesDifferingAt(port, ref, files) {
    const differing = [];
    for (const file of files) {
        if ((await port.getFile(ref, file.path)) !== file.content)
            differing.push(file);
    }
    return differing;
}
/** Nothing to change: an open pull request has become pointless. */
async function retire(port, request, pull) {
    if (pull === undefined)
        return { operation: 'none', changed: false };
    if (!request.dryRun) {
        await port.addComment(pull.number, closingComment(request.branch));
        await port.closePull(pull.number);
        await port.deleteRef(request.branch);
    }
    return { operation: 'closed', number: pull.number, url: pull.url, changed: false };
}
function closingComment(branch) {
    return ('The base branch already holds exactly what spf-allowlist generates now ' +
        '(the change was merged, or the senders went back to their earlier records), ' +
        `so this pull request is no longer needed. Closing it and deleting branch \`${branch}\`.`);
}
async function commitToBranch(port, request, state, changed) {
    const branchHead = await port.getBranchHead(request.branch);
    if (branchHead !== undefined && (await branchIsCurrent(port, branchHead, state, request.files))) {
        return { sha: branchHead, moved: false };
    }
    if (request.dryRun)
        return { sha: undefined, moved: true };
    const baseCommit = await port.getCommit(state.baseHead);
    const entries = [];
    for (const file of changed) {
        entries.push({ path: file.path, blobSha: await port.createBlob(file.content) });
    }
    const tree = await port.createTree(baseCommit.treeSha, entries);
    const sha = await port.createCommit(state.baseHead, tree, request.commitMessage);
    // Last, and the only write that is visible: see the header comment.
    if (branchHead === undefined)
        await port.createRef(request.branch, sha);
    else
        await port.updateRef(request.branch, sha);
    return { sha, moved: true };
}
/** The branch is one commit on top of the current base head and holds exactly these files. */
async function branchIsCurrent(port, branchHead, state, files) {
    const commit = await port.getCommit(branchHead);
    if (commit.parentShas.length !== 1 || commit.parentShas[0] !== state.baseHead)
        return false;
    return (await filesDifferingAt(port, branchHead, files)).length === 0;
}
async function refreshPull(port, request, pull, commit) {
    const retitled = !sameText(pull.title, request.title) || !sameText(pull.body, request.body);
    const relabel = request.needsAttention && !pull.labels.includes(_publish_request_js__WEBPACK_IMPORTED_MODULE_0__/* .NEEDS_ATTENTION_LABEL */ .gO.name);
    if (!request.dryRun) {
        if (retitled)
            await port.updatePull(pull.number, { title: request.title, body: request.body });
        if (relabel)
            await addNeedsAttention(port, pull.number);
    }
    // Reviewers were requested when the pull request was opened; asking again
    // on every scheduled run would notify them each time.
    const operation = commit.moved || retitled || relabel ? 'updated' : 'none';
    return withCommit({ operation, number: pull.number, url: pull.url, changed: true }, commit.sha);
}
/** GitHub may hand back a body edited in the web UI with CRLF line ends. */
function sameText(current, wanted) {
    return current.replace(/\r\n/g, '\n') === wanted.replace(/\r\n/g, '\n');
}
async function addNeedsAttention(port, number) {
    const { name, color, description } = _publish_request_js__WEBPACK_IMPORTED_MODULE_0__/* .NEEDS_ATTENTION_LABEL */ .gO;
    await port.ensureLabel(name, color, description);
    await port.addLabels(number, [name]);
}
async function openPull(port, request, base, commitSha) {
    if (request.dryRun)
        return withCommit({ operation: 'created', changed: true }, commitSha);
    const pull = await createPullOrRetreat(port, request, base);
    const result = withCommit({ operation: 'created', number: pull.number, url: pull.url, changed: true }, commitSha);
    const failures = await decorate(port, request, pull.number);
    if (failures.length > 0) {
        const reasons = failures.map((f) => (f instanceof Error ? f.message : String(f)));
        throw new PullRequestDecorationError(`Opened pull request ${pull.url}, but could not finish setting it up:\n${reasons.join('\n')}`, result, failures);
    }
    return result;
}
/**
 * A refused pull request (a missing permission, or the repository setting
 * that forbids Actions to open one) leaves nothing behind: the branch this
 * run pointed at its commit is deleted again. Should that delete fail too,
 * the branch is still harmless, and the next run opens the pull request from it.
 */
async function createPullOrRetreat(port, request, base) {
    try {
        return await port.createPull({
            title: request.title,
            body: request.body,
            head: request.branch,
            base,
            draft: request.draft,
        });
    }
    catch (error) {
        await port.deleteRef(request.branch).catch(() => undefined);
        throw error;
    }
}
/**
 * Labels, assignees and reviewers, each tried even when another fails: the
 * pull request exists either way, and later runs only update it.
 */
async function decorate(port, request, number) {
    const { name, color, description } = _publish_request_js__WEBPACK_IMPORTED_MODULE_0__/* .NEEDS_ATTENTION_LABEL */ .gO;
    const labels = [...new Set([...request.labels, ...(request.needsAttention ? [name] : [])])];
    const steps = [];
    // Created first with our colour and text: adding a missing label creates a plain grey one.
    if (request.needsAttention)
        steps.push(() => port.ensureLabel(name, color, description));
    if (labels.length > 0)
        steps.push(() => port.addLabels(number, labels));
    if (request.assignees.length > 0)
        steps.push(() => port.addAssignees(number, request.assignees));
    if (request.reviewers.length > 0 || request.teamReviewers.length > 0) {
        steps.push(() => port.requestReviewers(number, request.reviewers, request.teamReviewers));
    }
    const failures = [];
    for (const step of steps) {
        try {
            await step();
        }
        catch (error) {
            failures.push(error);
        }
    }
    return failures;
}
function withCommit(result, commitSha) {
    return commitSha === undefined ? result : { ...result, commitSha };
}


/***/ })

};
