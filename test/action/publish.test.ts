// Issue #5's end-to-end scenarios: the built dist/index.js, run as GitHub
// runs it, resolves from the in-process DNS server and publishes through the
// fake GitHub REST server (test/support/fake-github.ts). Each run starts from
// a fresh checkout of the base branch, as a scheduled workflow does. Every
// scenario asserts the exact list of write calls, so a redundant write fails.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { utcDate } from '../../src/app/generate-settings.js';
import { startFixtureDnsServer, type FixtureDnsServer } from '../../src/fixture-dns/server.js';
import { parseZoneData, type ZoneData } from '../../src/fixture-dns/zonedata.js';
import { runDistAction, type ActionRun } from '../support/dist-action.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

const FIXTURE = new URL('../fixtures/pipeline/', import.meta.url).pathname;
const OUTPUT = 'postscreen_spf_allowlist.cidr';
const BRANCH = 'spf-allowlist/update';
const R = '/repos/mail-admins/allowlist';

// The fixture zone, and the same zone after linkedin.com dropped one range.
const DROPPED = 'ip4:108.174.6.0/24 ';
let zoneText: string;
let dns: FixtureDnsServer;
let github: FakeGitHub;
let expectedAllowlist: string;

function zone(text: string): ZoneData {
  const document = parse(text) as { zonedata: unknown };
  return parseZoneData(document.zonedata, 'pipeline zone.yml');
}

beforeAll(async () => {
  zoneText = await readFile(join(FIXTURE, 'zone.yml'), 'utf8');
  expect(zoneText).toContain(DROPPED);
  expectedAllowlist = await readFile(join(FIXTURE, 'expected', OUTPUT), 'utf8');
  dns = await startFixtureDnsServer({ zone: zone(zoneText) });
});

afterAll(async () => {
  await dns.close();
});

beforeEach(async () => {
  dns.setZone(zone(zoneText));
  dns.setFaults(() => undefined);
  const config = await readFile(join(FIXTURE, 'spf-allowlist.yml'), 'utf8');
  github = await startFakeGitHub({
    files: { 'README.md': '# mail\n', 'spf-allowlist.yml': config },
  });
});

afterEach(async () => {
  await github.close();
});

/** A fresh checkout of the base branch: the files it holds, as the workspace. */
async function checkout(files: readonly string[]): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-publish-'));
  for (const path of files) {
    const content = github.readFile('main', path);
    if (content === undefined) continue;
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), content);
  }
  return workspace;
}

const INPUTS = {
  config: 'spf-allowlist.yml',
  branch: BRANCH,
  title: 'SPF allowlist update',
  'commit-message': 'Update SPF allowlist',
  labels: 'dns, mail',
  reviewers: 'alice',
  'team-reviewers': 'postmasters',
  assignees: 'bob',
  draft: 'false',
  'dry-run': 'false',
};

/** What the runner sets for this repository; GITHUB_API_URL points the Action at the fake. */
function runnerEnv(): Record<string, string> {
  return { GITHUB_REPOSITORY: 'mail-admins/allowlist', GITHUB_API_URL: github.url };
}

async function scheduledRun(inputs: Record<string, string> = {}): Promise<ActionRun> {
  const workspace = await checkout(['spf-allowlist.yml', OUTPUT]);
  github.clearCalls();
  const run = await runDistAction(
    workspace,
    { ...INPUTS, token: github.token, 'dns-servers': dns.address, ...inputs },
    runnerEnv(),
  );
  await rm(workspace, { recursive: true });
  return run;
}

/** No labels, reviewers or assignees: the write list is the commit and the pull request. */
const UNDECORATED = { labels: '', reviewers: '', 'team-reviewers': '', assignees: '' };

const COMMIT_WRITES = [`POST ${R}/git/blobs`, `POST ${R}/git/trees`, `POST ${R}/git/commits`];

describe('dist/index.js publishes one pull request', () => {
  it('first run: commits on the base head, creates the branch, opens and decorates the pull request', async () => {
    const baseHead = github.branchHead('main');
    const run = await scheduledRun();
    expect(run.code, run.stdout).toBe(0);
    expect(github.writes()).toEqual([
      ...COMMIT_WRITES,
      `POST ${R}/git/refs`,
      `POST ${R}/pulls`,
      `POST ${R}/issues/1/labels`,
      `POST ${R}/issues/1/assignees`,
      `POST ${R}/pulls/1/requested_reviewers`,
    ]);
    const head = github.branchHead(BRANCH);
    expect(github.commitParents(head!)).toEqual([baseHead]);
    expect(github.commitMessage(head!)).toBe('Update SPF allowlist: +43 / -0 ranges in 8 sources');
    expect(github.readFile(BRANCH, OUTPUT)).toBe(expectedAllowlist);
    expect(github.readFile('main', OUTPUT)).toBeUndefined();
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({
      number: 1,
      head: BRANCH,
      base: 'main',
      title: 'SPF allowlist update: +43 / -0 ranges in 8 sources',
      labels: ['dns', 'mail'],
      requestedReviewers: ['alice'],
      requestedTeams: ['postmasters'],
      assignees: ['bob'],
    });
    expect(github.pulls[0]!.body).toMatch(/^### spf-allowlist: \+43 \/ -0 ranges/);
    expect(run.outputs).toMatchObject({
      changed: 'true',
      'pull-request-operation': 'created',
      'pull-request-number': '1',
      'commit-sha': head,
    });
    expect(run.outputs['pull-request-url']).toBe(
      'https://github.example/mail-admins/allowlist/pull/1',
    );
    expect(run.summary).toMatch(/^Opened pull request #1 \(/);
  });

  it('a later run with a DNS change updates the same pull request; one without writes nothing', async () => {
    await scheduledRun();
    const firstHead = github.branchHead(BRANCH);
    dns.setZone(zone(zoneText.replace(DROPPED, '')));

    const changed = await scheduledRun();
    expect(changed.code, changed.stdout).toBe(0);
    expect(github.writes()).toEqual([
      ...COMMIT_WRITES,
      `PATCH ${R}/git/refs/heads/${BRANCH}`,
      `PATCH ${R}/pulls/1`,
    ]);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]!.title).toBe('SPF allowlist update: +42 / -0 ranges in 8 sources');
    expect(github.branchHead(BRANCH)).not.toBe(firstHead);
    expect(github.readFile(BRANCH, OUTPUT)).not.toContain('108.174.6.0/24');
    expect(changed.outputs).toMatchObject({
      'pull-request-operation': 'updated',
      'pull-request-number': '1',
      'commit-sha': github.branchHead(BRANCH),
    });

    const same = await scheduledRun();
    expect(same.code, same.stdout).toBe(0);
    expect(github.writes()).toEqual([]);
    expect(same.outputs).toMatchObject({ changed: 'true', 'pull-request-operation': 'none' });
  });

  it('a run that finds the base already current closes the pull request with a comment and deletes the branch', async () => {
    github.commitDirectly('main', { [OUTPUT]: expectedAllowlist }, 'Install the allowlist');
    dns.setZone(zone(zoneText.replace(DROPPED, '')));
    await scheduledRun();
    expect(github.pulls).toHaveLength(1);
    dns.setZone(zone(zoneText));

    const run = await scheduledRun();
    expect(run.code, run.stdout).toBe(0);
    expect(github.writes()).toEqual([
      `POST ${R}/issues/1/comments`,
      `PATCH ${R}/pulls/1`,
      `DELETE ${R}/git/refs/heads/${BRANCH}`,
    ]);
    expect(github.pulls[0]).toMatchObject({ state: 'closed' });
    expect(github.pulls[0]!.comments[0]).toMatch(/no longer needed/);
    expect(github.branchHead(BRANCH)).toBeUndefined();
    expect(run.outputs).toMatchObject({
      changed: 'false',
      'pull-request-operation': 'closed',
      'pull-request-number': '1',
      'commit-sha': '',
    });
    expect(run.outputs['pull-request-url']).toBe(
      'https://github.example/mail-admins/allowlist/pull/1',
    );
  });

  it('an outage that lasts keeps the stale date the open pull request has, and commits nothing', async () => {
    github.commitDirectly('main', { [OUTPUT]: expectedAllowlist }, 'Install the allowlist');
    dns.setFaults((query) => (query.name === 'linkedin.com' ? { kind: 'servfail' } : undefined));
    await scheduledRun();
    const proposed = github.readFile(BRANCH, OUTPUT) ?? '';
    const [, firstDay = ''] = /# stale since (\d{4}-\d{2}-\d{2})/.exec(proposed) ?? [];
    // As if that run had been the day before (one commit on the base head, as
    // the Action makes it): the base checkout still has no mark.
    const dayBefore = utcDate(new Date(Date.parse(firstDay) - 86_400_000));
    const marked = proposed.replaceAll(`since ${firstDay}`, `since ${dayBefore}`);
    const head = github.commitDirectly(BRANCH, { [OUTPUT]: marked }, 'The day before', 'main');

    const run = await scheduledRun();
    expect(run.code, run.stdout).toBe(0);
    // Only the body, which this test left with the first run's date; on real
    // consecutive days it says the same and nothing is written at all.
    expect(github.writes()).toEqual([`PATCH ${R}/pulls/1`]);
    expect(github.branchHead(BRANCH)).toBe(head);
    expect(github.pulls[0]!.body).toContain(`kept since ${dayBefore}`);
  });

  it.each([
    [
      'the token lacks pull-requests: write',
      'Resource not accessible by integration',
      /`pull-requests: write`/,
    ],
    [
      'the repository forbids Actions to open pull requests',
      'GitHub Actions is not permitted to create or approve pull requests.',
      /Allow GitHub Actions to create and approve pull requests/,
    ],
  ])('fails with the fix and leaves nothing when %s', async (_, message, advice) => {
    github.injectFault({ method: 'POST', path: `${R}/pulls`, times: 1, status: 403, message });
    const run = await scheduledRun();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(advice);
    expect(run.stdout).toMatch(/^::error::/m);
    expect(github.pulls).toEqual([]);
    expect(github.branchHead(BRANCH)).toBeUndefined();
    expect(github.labels.size).toBe(0);
  });

  it('retries a server error and then writes each object once', async () => {
    github.injectFault({ method: 'POST', path: `${R}/git/trees`, times: 1, status: 500 });
    const run = await scheduledRun(UNDECORATED);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('GitHub answered HTTP 500; retry 1 in 1 s');
    expect(
      github.calls
        .filter((c) => c.method !== 'GET')
        .map((c) => `${c.status} ${c.method} ${c.path}`),
    ).toEqual([
      `201 POST ${R}/git/blobs`,
      `500 POST ${R}/git/trees`,
      `201 POST ${R}/git/trees`,
      `201 POST ${R}/git/commits`,
      `201 POST ${R}/git/refs`,
      `201 POST ${R}/pulls`,
    ]);
    expect(run.outputs['pull-request-operation']).toBe('created');
  });

  it('a run that cannot publish fails and leaves the workspace files as they were', async () => {
    github.commitDirectly('main', { [OUTPUT]: expectedAllowlist }, 'Install the allowlist');
    dns.setZone(zone(zoneText.replace(DROPPED, '')));
    // Forbidden is not retried: the token may not write the repository's contents.
    github.injectFault({ method: 'POST', path: `${R}/git/blobs`, times: 1, status: 403 });
    const workspace = await checkout(['spf-allowlist.yml', OUTPUT]);
    const run = await runDistAction(
      workspace,
      { ...INPUTS, ...UNDECORATED, token: github.token, 'dns-servers': dns.address },
      runnerEnv(),
    );
    expect(run.code, run.stdout).not.toBe(0);
    expect(github.writes()).toEqual([`POST ${R}/git/blobs`]);
    expect(await readFile(join(workspace, OUTPUT), 'utf8')).toBe(expectedAllowlist);
    expect(run.summary).toContain(`- \`${OUTPUT}\`: not written (the run failed)`);
    await rm(workspace, { recursive: true });

    // The same run with the token's rights back writes the file once the pull request holds it.
    const next = await checkout(['spf-allowlist.yml', OUTPUT]);
    const published = await runDistAction(
      next,
      { ...INPUTS, ...UNDECORATED, token: github.token, 'dns-servers': dns.address },
      runnerEnv(),
    );
    expect(published.code, published.stdout).toBe(0);
    expect(await readFile(join(next, OUTPUT), 'utf8')).toBe(github.readFile(BRANCH, OUTPUT));
    expect(published.summary).toContain(`- \`${OUTPUT}\`: written`);
    await rm(next, { recursive: true });
  });

  it('dry run reads only, reports the pull request it would open, and writes no file', async () => {
    const workspace = await checkout(['spf-allowlist.yml']);
    const run = await runDistAction(
      workspace,
      { ...INPUTS, token: github.token, 'dns-servers': dns.address, 'dry-run': 'true' },
      runnerEnv(),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(github.callLines().length).toBeGreaterThan(0);
    expect(github.writes()).toEqual([]);
    expect(run.outputs).toMatchObject({
      changed: 'true',
      'pull-request-operation': 'created',
      'pull-request-number': '',
    });
    expect(run.stdout).toContain('Dry run: would open a pull request.');
    await expect(readFile(join(workspace, OUTPUT))).rejects.toThrow(/ENOENT/);
    await rm(workspace, { recursive: true });
  });

  it('labels the pull request when a source needs attention, creating the label', async () => {
    github.commitDirectly('main', { [OUTPUT]: expectedAllowlist }, 'Install the allowlist');
    dns.setFaults((query) => (query.name === 'linkedin.com' ? { kind: 'servfail' } : undefined));
    try {
      const run = await scheduledRun(UNDECORATED);
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs).toMatchObject({ 'needs-attention': 'true', stale: '1' });
      expect(github.labels.get('spf-allowlist: needs attention')).toBeDefined();
      expect(github.pulls[0]!.labels).toEqual(['spf-allowlist: needs attention']);
    } finally {
      dns.setFaults(() => undefined);
    }
  });
});
