export const id = 636;
export const ids = [636];
export const modules = {

/***/ 636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6042);
// The Octokit client the publisher talks through: @actions/github's (which
// takes its API base from GITHUB_API_URL, so GitHub Enterprise Server works,
// and honours the runner's proxy settings) with our retry wrapper on every request.


function createGitHubClient(token, options = {}) {
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl });
    const policy = options.retryPolicy ?? _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RETRY_POLICY */ .cO;
    const environment = options.retryEnvironment ?? _retry_js__WEBPACK_IMPORTED_MODULE_1__/* .REAL_TIME */ .D;
    // A wrap hook sees every request, including the ones plugins make, and
    // each retry goes through the whole request again (auth, headers).
    client.hook.wrap('request', (request, requestOptions) => (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetries */ .LH)(async () => request(requestOptions), policy, environment));
    return client;
}


/***/ })

};
