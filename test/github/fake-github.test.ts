// The fake GitHub server hashes like git (so tests that compare SHAs mean
// what they would against GitHub) and injects faults as asked.

import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/client.js';
import { OctokitRepository } from '../../src/github/octokit-repository.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';

let github: FakeGitHub | undefined;

afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function start(
  files: Record<string, string>,
): Promise<{ server: FakeGitHub; port: OctokitRepository }> {
  const server = await startFakeGitHub({ files });
  github = server;
  const client = createGitHubClient(server.token, { baseUrl: server.url });
  return { server, port: new OctokitRepository(client, server.owner, server.repo) };
}

describe('fake GitHub server', () => {
  it('hashes blobs and trees exactly as git does', async () => {
    // Expected values from `git hash-object` and `git write-tree` over the same files;
    // "tables-b" sorts before the directory "tables" because git compares "tables/".
    const { server, port } = await start({
      'README.md': '# allowlist\n',
      'tables/a.txt': 'a\n',
      'tables-b': 'b\n',
    });
    const head = server.branchHead('main')!;
    expect(head).toMatch(/^[0-9a-f]{40}$/);
    expect((await port.getCommit(head)).treeSha).toBe('588e49033cbd5f2d19a61c3efb286ceb165ef7d0');
    expect(await port.createBlob('# allowlist\n')).toBe('3ebb9be17fd59d22b2a947ec1fb6253f3d1300bd');
  });

  it('fails the next N matching calls, records them, then serves normally', async () => {
    const { server, port } = await start({ 'README.md': 'x\n' });
    server.injectFault({
      method: 'GET',
      path: /\/git\/ref\//,
      times: 1,
      status: 418,
      message: 'teapot',
    });
    await expect(port.getBranchHead('main')).rejects.toThrow(/HTTP 418: teapot/);
    await expect(port.getBranchHead('main')).resolves.toBe(server.branchHead('main'));
    expect(server.calls.map((c) => c.status)).toEqual([418, 200]);
  });

  it('answers 401 to a wrong token and 404 to another repository', async () => {
    const { server } = await start({ 'README.md': 'x\n' });
    const stranger = new OctokitRepository(
      createGitHubClient('wrong', { baseUrl: server.url }),
      server.owner,
      server.repo,
    );
    await expect(stranger.getDefaultBranch()).rejects.toThrow(/HTTP 401/);
    const elsewhere = new OctokitRepository(
      createGitHubClient(server.token, { baseUrl: server.url }),
      'someone',
      'else',
    );
    await expect(elsewhere.getDefaultBranch()).rejects.toThrow(/HTTP 404/);
  });
});
