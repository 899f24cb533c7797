// A local stand-in for the GitHub REST API (DESIGN.md "Tests, in tiers", 3):
// a node:http server on 127.0.0.1 that implements the endpoints the
// publisher uses over an in-memory repository. Git objects are hashed the
// way git hashes them (SHA-1 over "blob N\0...", tree and commit objects), so
// SHAs look and behave like GitHub's: equal content gives an equal blob and tree.
// Every request is recorded (method, decoded path, query, status) for
// assertions, and a test can make the next N matching requests fail.
//
// The base URL works as GITHUB_API_URL; a GitHub Enterprise Server style
// "/api/v3" prefix is accepted and stripped.

import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  readonly method: string;
  /** Decoded, without the query and without an /api/v3 prefix: /repos/o/r/git/ref/heads/x. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly status: number;
  readonly body: unknown;
}

export interface Fault {
  readonly method?: string;
  /** Matched against RecordedCall.path: a string must be equal, a RegExp must match. */
  readonly path: string | RegExp;
  /** How many matching requests fail; later ones are served normally. */
  readonly times: number;
  readonly status: number;
  readonly message?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Carry the request out, then answer with the fault: a response lost on
   * the way back, after which a retried write finds its effect already there.
   */
  readonly afterServing?: boolean;
}

export interface FakePull {
  readonly number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  readonly head: string;
  readonly base: string;
  readonly draft: boolean;
  readonly labels: string[];
  readonly requestedReviewers: string[];
  readonly requestedTeams: string[];
  readonly assignees: string[];
  readonly comments: string[];
}

export interface FakeLabel {
  readonly name: string;
  readonly color: string;
  readonly description: string;
}

export interface FakeGitHubOptions {
  readonly owner?: string;
  readonly repo?: string;
  readonly defaultBranch?: string;
  /** Files of the default branch's first commit. */
  readonly files?: Readonly<Record<string, string>>;
  readonly token?: string;
  /** The contents API leaves out the text of larger files (GitHub: 1 MB). */
  readonly contentsLimitBytes?: number;
}

export interface FakeGitHub {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  readonly calls: readonly RecordedCall[];
  /** The recorded calls as "METHOD /path" strings, for readable assertions. */
  callLines(): string[];
  /** The recorded calls that are not GET. */
  writes(): string[];
  clearCalls(): void;
  injectFault(fault: Fault): void;
  branchHead(branch: string): string | undefined;
  /** A file's text at a branch or commit. */
  readFile(ref: string, path: string): string | undefined;
  commitParents(sha: string): readonly string[];
  commitMessage(sha: string): string;
  /**
   * Commits `files` directly (not through the API, not recorded) on top of
   * `onto` (default: `branch` itself) and points `branch` at the commit.
   */
  commitDirectly(
    branch: string,
    files: Readonly<Record<string, string>>,
    message: string,
    onto?: string,
  ): string;
  readonly pulls: readonly FakePull[];
  readonly labels: ReadonlyMap<string, FakeLabel>;
  close(): Promise<void>;
}

type GitObject =
  | { readonly type: 'blob'; readonly content: Buffer }
  | { readonly type: 'tree'; readonly entries: readonly TreeEntry[] }
  | {
      readonly type: 'commit';
      readonly tree: string;
      readonly parents: readonly string[];
      readonly message: string;
    };

interface TreeEntry {
  readonly name: string;
  readonly mode: '100644' | '40000';
  readonly sha: string;
}

type Json = Readonly<Record<string, unknown>>;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: readonly Json[],
  ) {
    super(message);
  }
}

/** The in-memory repository and the git object store under it. */
class FakeRepository {
  readonly objects = new Map<string, GitObject>();
  readonly refs = new Map<string, string>();
  readonly pulls: FakePull[] = [];
  readonly labels = new Map<string, FakeLabel>();
  private nextNumber = 1;
  private clock = 1_700_000_000;

  constructor(readonly defaultBranch: string) {}

  private store(object: GitObject, payload: Buffer): string {
    const header = Buffer.from(`${object.type} ${payload.length}\0`);
    const sha = createHash('sha1').update(header).update(payload).digest('hex');
    this.objects.set(sha, object);
    return sha;
  }

  storeBlob(content: Buffer): string {
    return this.store({ type: 'blob', content }, content);
  }

  /** Git's order: byte order of names, with a tree's name compared as "name/". */
  storeTree(entries: readonly TreeEntry[]): string {
    const key = (e: TreeEntry): string => (e.mode === '40000' ? `${e.name}/` : e.name);
    const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const payload = Buffer.concat(
      sorted.flatMap((e) => [Buffer.from(`${e.mode} ${e.name}\0`), Buffer.from(e.sha, 'hex')]),
    );
    return this.store({ type: 'tree', entries: sorted }, payload);
  }

  storeCommit(tree: string, parents: readonly string[], message: string): string {
    this.clock += 1;
    const who = `spf-allowlist fake <fake@example.invalid> ${this.clock} +0000`;
    const text = [
      `tree ${tree}`,
      ...parents.map((p) => `parent ${p}`),
      `author ${who}`,
      `committer ${who}`,
      '',
      message,
    ].join('\n');
    return this.store({ type: 'commit', tree, parents, message }, Buffer.from(text));
  }

  object<T extends GitObject['type']>(sha: string, type: T): Extract<GitObject, { type: T }> {
    const object = this.objects.get(sha);
    if (object?.type !== type) throw new HttpError(404, 'Not Found');
    return object as Extract<GitObject, { type: T }>;
  }

  /** path -> blob SHA of every file under a tree. */
  flatten(treeSha: string, prefix = ''): Map<string, string> {
    const files = new Map<string, string>();
    for (const entry of this.object(treeSha, 'tree').entries) {
      const path = `${prefix}${entry.name}`;
      if (entry.mode === '40000') {
        for (const [p, sha] of this.flatten(entry.sha, `${path}/`)) files.set(p, sha);
      } else {
        files.set(path, entry.sha);
      }
    }
    return files;
  }

  /** Builds nested trees from path -> blob SHA. */
  buildTree(files: ReadonlyMap<string, string>): string {
    const here: TreeEntry[] = [];
    const below = new Map<string, Map<string, string>>();
    for (const [path, sha] of files) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        here.push({ name: path, mode: '100644', sha });
        continue;
      }
      const dir = path.slice(0, slash);
      const inner = below.get(dir) ?? new Map<string, string>();
      inner.set(path.slice(slash + 1), sha);
      below.set(dir, inner);
    }
    for (const [dir, inner] of below) {
      here.push({ name: dir, mode: '40000', sha: this.buildTree(inner) });
    }
    return this.storeTree(here);
  }

  /** A branch name, "heads/<branch>", or a commit SHA, to a commit SHA. */
  resolve(ref: string): string | undefined {
    const branch = this.refs.get(`refs/heads/${ref.replace(/^(refs\/)?heads\//, '')}`);
    if (branch !== undefined) return branch;
    return this.objects.get(ref)?.type === 'commit' ? ref : undefined;
  }

  fileAt(ref: string, path: string): { sha: string; content: Buffer } | 'directory' | undefined {
    const commit = this.resolve(ref);
    if (commit === undefined) return undefined;
    const files = this.flatten(this.object(commit, 'commit').tree);
    const sha = files.get(path);
    if (sha !== undefined) return { sha, content: this.object(sha, 'blob').content };
    return [...files.keys()].some((p) => p.startsWith(`${path}/`)) ? 'directory' : undefined;
  }

  branchHead(branch: string): string {
    const sha = this.refs.get(`refs/heads/${branch}`);
    if (sha === undefined) throw new HttpError(404, 'Branch not found');
    return sha;
  }

  isAncestor(ancestor: string, sha: string): boolean {
    if (ancestor === sha) return true;
    return this.object(sha, 'commit').parents.some((p) => this.isAncestor(ancestor, p));
  }

  newIssueNumber(): number {
    return this.nextNumber++;
  }
}

interface Answer {
  readonly status: number;
  readonly data: unknown;
}

type Route = readonly [
  method: string,
  pattern: RegExp,
  handler: (
    match: readonly string[],
    query: Readonly<Record<string, string>>,
    body: Json,
  ) => Answer,
];

/** The REST endpoints, over one FakeRepository. Shapes follow GitHub's responses, trimmed. */
class FakeApi {
  private readonly routes: readonly Route[] = [
    ['GET', /^$/, () => ok(this.repository())],
    ['GET', /^git\/ref\/(.+)$/, (m) => ok(this.getRef(m[1]!))],
    ['POST', /^git\/refs$/, (_, __, b) => created(this.createRef(b))],
    ['PATCH', /^git\/refs\/(.+)$/, (m, _, b) => ok(this.updateRef(m[1]!, b))],
    ['DELETE', /^git\/refs\/(.+)$/, (m) => this.deleteRef(m[1]!)],
    ['GET', /^git\/commits\/([0-9a-f]{40})$/, (m) => ok(this.commit(m[1]!))],
    ['POST', /^git\/commits$/, (_, __, b) => created(this.createCommit(b))],
    ['GET', /^git\/blobs\/([0-9a-f]{40})$/, (m) => ok(this.blob(m[1]!))],
    ['POST', /^git\/blobs$/, (_, __, b) => created(this.createBlob(b))],
    ['POST', /^git\/trees$/, (_, __, b) => created(this.createTree(b))],
    ['GET', /^contents\/(.+)$/, (m, q) => ok(this.contents(m[1]!, q))],
    ['GET', /^pulls$/, (_, q) => ok(this.listPulls(q))],
    ['POST', /^pulls$/, (_, __, b) => created(this.createPull(b))],
    ['GET', /^pulls\/(\d+)$/, (m) => ok(this.pullJson(this.pull(m[1]!)))],
    ['PATCH', /^pulls\/(\d+)$/, (m, _, b) => ok(this.updatePull(m[1]!, b))],
    [
      'POST',
      /^pulls\/(\d+)\/requested_reviewers$/,
      (m, _, b) => created(this.requestReviewers(m[1]!, b)),
    ],
    ['POST', /^issues\/(\d+)\/comments$/, (m, _, b) => created(this.comment(m[1]!, b))],
    ['POST', /^issues\/(\d+)\/labels$/, (m, _, b) => ok(this.addLabels(m[1]!, b))],
    ['POST', /^issues\/(\d+)\/assignees$/, (m, _, b) => created(this.addAssignees(m[1]!, b))],
    ['GET', /^labels\/(.+)$/, (m) => ok(this.label(m[1]!))],
    ['POST', /^labels$/, (_, __, b) => created(this.createLabel(b))],
  ];

  constructor(
    private readonly state: FakeRepository,
    private readonly owner: string,
    private readonly repo: string,
    private readonly contentsLimitBytes: number,
  ) {}

  handle(
    method: string,
    path: string,
    query: Readonly<Record<string, string>>,
    body: Json,
  ): Answer {
    const prefix = `/repos/${this.owner}/${this.repo}`;
    if (path !== prefix && !path.startsWith(`${prefix}/`)) throw new HttpError(404, 'Not Found');
    const rest = path.slice(prefix.length + 1);
    for (const [routeMethod, pattern, handler] of this.routes) {
      const match = routeMethod === method ? pattern.exec(rest) : null;
      if (match !== null) return handler(match, query, body);
    }
    throw new HttpError(404, 'Not Found');
  }

  private repository(): Json {
    return {
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: { login: this.owner },
      default_branch: this.state.defaultBranch,
    };
  }

  private refJson(ref: string): Json {
    return { ref, object: { type: 'commit', sha: this.state.refs.get(ref) } };
  }

  private getRef(ref: string): Json {
    if (!this.state.refs.has(`refs/${ref}`)) throw new HttpError(404, 'Not Found');
    return this.refJson(`refs/${ref}`);
  }

  private createRef(body: Json): Json {
    const ref = stringField(body, 'ref');
    const sha = stringField(body, 'sha');
    if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
      throw new HttpError(
        422,
        "Reference name must start with 'refs/' and have at least two slashes.",
      );
    }
    this.state.object(sha, 'commit');
    if (this.state.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
    this.state.refs.set(ref, sha);
    return this.refJson(ref);
  }

  private updateRef(ref: string, body: Json): Json {
    const sha = stringField(body, 'sha');
    const current = this.state.refs.get(`refs/${ref}`);
    if (current === undefined) throw new HttpError(422, 'Reference does not exist');
    this.state.object(sha, 'commit');
    if (body['force'] !== true && !this.state.isAncestor(current, sha)) {
      throw new HttpError(422, 'Update is not a fast forward');
    }
    this.state.refs.set(`refs/${ref}`, sha);
    return this.refJson(`refs/${ref}`);
  }

  /** GitHub closes the open pull requests whose head branch is deleted. */
  private deleteRef(ref: string): Answer {
    if (!this.state.refs.delete(`refs/${ref}`))
      throw new HttpError(422, 'Reference does not exist');
    const branch = ref.replace(/^heads\//, '');
    for (const pull of this.state.pulls) if (pull.head === branch) pull.state = 'closed';
    return { status: 204, data: undefined };
  }

  private commit(sha: string): Json {
    const commit = this.state.object(sha, 'commit');
    return {
      sha,
      message: commit.message,
      tree: { sha: commit.tree },
      parents: commit.parents.map((p) => ({ sha: p })),
      verification: { verified: true, reason: 'valid' },
    };
  }

  private createCommit(body: Json): Json {
    const tree = stringField(body, 'tree');
    this.state.object(tree, 'tree');
    const parents = stringList(body, 'parents');
    for (const parent of parents) this.state.object(parent, 'commit');
    return this.commit(this.state.storeCommit(tree, parents, stringField(body, 'message')));
  }

  private blob(sha: string): Json {
    const { content } = this.state.object(sha, 'blob');
    return { sha, size: content.length, encoding: 'base64', content: wrapBase64(content) };
  }

  private createBlob(body: Json): Json {
    const encoding = body['encoding'] ?? 'utf-8';
    if (encoding !== 'utf-8' && encoding !== 'base64') throw new HttpError(422, 'Invalid encoding');
    const content = Buffer.from(
      stringField(body, 'content'),
      encoding === 'base64' ? 'base64' : 'utf8',
    );
    return { sha: this.state.storeBlob(content) };
  }

  private createTree(body: Json): Json {
    const base = body['base_tree'];
    const files = typeof base === 'string' ? this.state.flatten(base) : new Map<string, string>();
    const entries = body['tree'];
    if (!Array.isArray(entries)) throw new HttpError(422, 'tree must be an array');
    for (const entry of entries as Json[]) {
      if (entry['mode'] !== '100644' || entry['type'] !== 'blob') {
        throw new HttpError(422, 'The fake only accepts regular files (mode 100644, type blob)');
      }
      const path = stringField(entry, 'path');
      if (entry['sha'] === null) {
        files.delete(path);
        continue;
      }
      const sha = stringField(entry, 'sha');
      this.state.object(sha, 'blob'); // 404 (GitHub: 422) for a blob that does not exist
      files.set(path, sha);
    }
    return { sha: this.state.buildTree(files) };
  }

  private contents(path: string, query: Readonly<Record<string, string>>): unknown {
    const ref = query['ref'] ?? this.state.defaultBranch;
    const file = this.state.fileAt(ref, path);
    if (file === undefined) throw new HttpError(404, 'Not Found');
    if (file === 'directory') return [];
    const name = path.split('/').pop() ?? path;
    const fits = file.content.length <= this.contentsLimitBytes;
    return {
      type: 'file',
      name,
      path,
      sha: file.sha,
      size: file.content.length,
      encoding: fits ? 'base64' : 'none',
      content: fits ? wrapBase64(file.content) : '',
    };
  }

  pull(number: string): FakePull {
    const pull = this.state.pulls.find((p) => p.number === Number(number));
    if (pull === undefined) throw new HttpError(404, 'Not Found');
    return pull;
  }

  private pullJson(pull: FakePull): Json {
    return {
      number: pull.number,
      html_url: `https://github.example/${this.owner}/${this.repo}/pull/${pull.number}`,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
      head: { ref: pull.head, sha: this.state.refs.get(`refs/heads/${pull.head}`) },
      base: { ref: pull.base },
      labels: pull.labels.map((name) => ({ name })),
      requested_reviewers: pull.requestedReviewers.map((login) => ({ login })),
      requested_teams: pull.requestedTeams.map((slug) => ({ slug })),
      assignees: pull.assignees.map((login) => ({ login })),
    };
  }

  private listPulls(query: Readonly<Record<string, string>>): Json[] {
    const state = query['state'] ?? 'open';
    return this.state.pulls
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => query['head'] === undefined || `${this.owner}:${p.head}` === query['head'])
      .filter((p) => query['base'] === undefined || p.base === query['base'])
      .map((p) => this.pullJson(p));
  }

  private createPull(body: Json): Json {
    const head = stringField(body, 'head');
    const base = stringField(body, 'base');
    const headSha = this.state.refs.get(`refs/heads/${head}`);
    if (headSha === undefined) {
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'PullRequest', field: 'head', code: 'invalid' },
      ]);
    }
    if (this.state.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
      throw new HttpError(422, 'Validation Failed', [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${this.owner}:${head}.`,
        },
      ]);
    }
    if (headSha === this.state.refs.get(`refs/heads/${base}`)) {
      throw new HttpError(422, 'Validation Failed', [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${base} and ${head}`,
        },
      ]);
    }
    const pull: FakePull = {
      number: this.state.newIssueNumber(),
      state: 'open',
      title: stringField(body, 'title'),
      body: typeof body['body'] === 'string' ? body['body'] : '',
      head,
      base,
      draft: body['draft'] === true,
      labels: [],
      requestedReviewers: [],
      requestedTeams: [],
      assignees: [],
      comments: [],
    };
    this.state.pulls.push(pull);
    return this.pullJson(pull);
  }

  private updatePull(number: string, body: Json): Json {
    const pull = this.pull(number);
    if (typeof body['title'] === 'string') pull.title = body['title'];
    if (typeof body['body'] === 'string') pull.body = body['body'];
    if (body['state'] === 'closed' || body['state'] === 'open') pull.state = body['state'];
    return this.pullJson(pull);
  }

  private requestReviewers(number: string, body: Json): Json {
    const pull = this.pull(number);
    pull.requestedReviewers.push(...optionalStringList(body, 'reviewers'));
    pull.requestedTeams.push(...optionalStringList(body, 'team_reviewers'));
    return this.pullJson(pull);
  }

  private comment(number: string, body: Json): Json {
    const pull = this.pull(number);
    pull.comments.push(stringField(body, 'body'));
    return { id: pull.comments.length, body: stringField(body, 'body') };
  }

  /** Like GitHub, adding a label the repository lacks creates it (grey, no description). */
  private addLabels(number: string, body: Json): Json[] {
    const pull = this.pull(number);
    for (const name of stringList(body, 'labels')) {
      if (!this.state.labels.has(name))
        this.state.labels.set(name, { name, color: 'ededed', description: '' });
      if (!pull.labels.includes(name)) pull.labels.push(name);
    }
    return pull.labels.map((name) => ({ ...this.state.labels.get(name) }));
  }

  private addAssignees(number: string, body: Json): Json {
    const pull = this.pull(number);
    for (const login of stringList(body, 'assignees')) {
      if (!pull.assignees.includes(login)) pull.assignees.push(login);
    }
    return this.pullJson(pull);
  }

  private label(name: string): Json {
    const label = this.state.labels.get(name);
    if (label === undefined) throw new HttpError(404, 'Not Found');
    return { ...label };
  }

  private createLabel(body: Json): Json {
    const name = stringField(body, 'name');
    if (this.state.labels.has(name)) {
      throw new HttpError(422, 'Validation Failed', [
        { resource: 'Label', code: 'already_exists', field: 'name' },
      ]);
    }
    const label = {
      name,
      color: stringField(body, 'color'),
      description: typeof body['description'] === 'string' ? body['description'] : '',
    };
    this.state.labels.set(name, label);
    return { ...label };
  }
}

function ok(data: unknown): Answer {
  return { status: 200, data };
}

function created(data: unknown): Answer {
  return { status: 201, data };
}

function stringField(body: Json, name: string): string {
  const value = body[name];
  if (typeof value !== 'string')
    throw new HttpError(422, `Invalid request: "${name}" must be a string`);
  return value;
}

function stringList(body: Json, name: string): string[] {
  const value = body[name];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new HttpError(422, `Invalid request: "${name}" must be a list of strings`);
  }
  return value;
}

function optionalStringList(body: Json, name: string): string[] {
  return body[name] === undefined ? [] : stringList(body, name);
}

/** GitHub wraps base64 content at 60 columns. */
function wrapBase64(content: Buffer): string {
  return (content.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'mail-admins';
  const repo = options.repo ?? 'allowlist';
  const token = options.token ?? 'fake-token';
  const limit = options.contentsLimitBytes ?? 1024 * 1024;
  const state = new FakeRepository(options.defaultBranch ?? 'main');
  const initialFiles = new Map(
    Object.entries(options.files ?? { 'README.md': '# allowlist\n' }).map(([path, text]) => [
      path,
      state.storeBlob(Buffer.from(text)),
    ]),
  );
  const root = state.storeCommit(state.buildTree(initialFiles), [], 'Initial commit');
  state.refs.set(`refs/heads/${state.defaultBranch}`, root);

  const calls: RecordedCall[] = [];
  const faults: { fault: Fault; left: number }[] = [];
  const api = new FakeApi(state, owner, repo, limit);
  let url = '';

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      // Unparsable JSON and the like: say so instead of leaving the client waiting.
      response.writeHead(400).end(`fake-github: ${String(error)}`);
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const parsed = new URL(request.url ?? '/', url);
    const path = decodePath(parsed.pathname.replace(/^\/api\/v3(?=\/)/, ''));
    const query = Object.fromEntries(parsed.searchParams);
    const text = await readBody(request);
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    const answer = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      calls.push({ method, path, query, status, body });
      send(response, status, data, headers);
    };
    const fault = takeFault(faults, method, path);
    if (fault !== undefined && fault.afterServing !== true) {
      answer(fault.status, { message: fault.message ?? 'Injected fault' }, { ...fault.headers });
      return;
    }
    const result = authorized(request) ? serveApi(method, path, query, body) : unauthorized;
    if (fault === undefined) answer(result.status, result.data);
    else answer(fault.status, { message: fault.message ?? 'Injected fault' }, { ...fault.headers });
  }

  const unauthorized: Answer = { status: 401, data: { message: 'Bad credentials' } };
  const authorized = (request: IncomingMessage): boolean =>
    request.headers.authorization === `token ${token}`;

  function serveApi(
    method: string,
    path: string,
    query: Readonly<Record<string, string>>,
    body: unknown,
  ): Answer {
    try {
      return api.handle(method, path, query, (body ?? {}) as Json);
    } catch (error) {
      if (!(error instanceof HttpError)) {
        // A bug in the fake must fail the test, not hang it.
        return { status: 599, data: { message: `fake-github: ${String(error)}` } };
      }
      const data: Json = { message: error.message };
      return {
        status: error.status,
        data: error.errors ? { ...data, errors: error.errors } : data,
      };
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    owner,
    repo,
    token,
    calls,
    callLines: () => calls.map((c) => `${c.method} ${c.path}`),
    writes: () => calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`),
    clearCalls: () => {
      calls.length = 0;
    },
    injectFault: (fault) => {
      faults.push({ fault, left: fault.times });
    },
    branchHead: (branch) => state.refs.get(`refs/heads/${branch}`),
    readFile: (ref, path) => {
      const file = state.fileAt(ref, path);
      return typeof file === 'object' ? file.content.toString('utf8') : undefined;
    },
    commitParents: (sha) => state.object(sha, 'commit').parents,
    commitMessage: (sha) => state.object(sha, 'commit').message,
    commitDirectly: (branch, files, message, onto = branch) => {
      const head = state.branchHead(onto);
      const tree = state.flatten(state.object(head, 'commit').tree);
      for (const [path, text] of Object.entries(files))
        tree.set(path, state.storeBlob(Buffer.from(text)));
      const sha = state.storeCommit(state.buildTree(tree), [head], message);
      state.refs.set(`refs/heads/${branch}`, sha);
      return sha;
    },
    pulls: state.pulls,
    labels: state.labels,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
        server.closeAllConnections();
      }),
  };
}

/** Path segments are decoded one by one: Octokit sends "heads%2Fspf-allowlist%2Fupdate". */
function decodePath(pathname: string): string {
  return pathname.split('/').map(decodeURIComponent).join('/');
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(
  response: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string>,
): void {
  if (status === 204) {
    response.writeHead(204, headers).end();
    return;
  }
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(data));
}

function takeFault(
  faults: { fault: Fault; left: number }[],
  method: string,
  path: string,
): Fault | undefined {
  const pending = faults.find(
    ({ fault, left }) =>
      left > 0 &&
      (fault.method === undefined || fault.method === method) &&
      (typeof fault.path === 'string' ? fault.path === path : fault.path.test(path)),
  );
  if (pending === undefined) return undefined;
  pending.left -= 1;
  return pending.fault;
}
