// The output files as the Action's open pull request proposes them, for the
// stale marks it already carries (decideBlocks). Without this, every run
// compared with the merged files alone, dated a continuing outage "stale
// since" today, and so rewrote the pull request daily until someone merged it.

import type { RepositoryPort } from '../github/repository-port.js';
import type { FileReader } from '../pipeline/generate.js';
import type { PublishSettings } from './action-settings.js';
import { repositoryPath } from './change-request.js';

/**
 * Reads through `connect` on first use only: after resolving, so Octokit
 * never delays the first DNS query. Only a branch with an open pull request
 * counts; a branch left from a closed one holds marks no one is reviewing.
 */
export function proposedFiles(
  settings: PublishSettings,
  workspace: string,
  connect: () => Promise<RepositoryPort>,
): FileReader {
  let head: Promise<{ port: RepositoryPort; sha: string } | undefined> | undefined;
  return {
    async read(path) {
      head ??= openPullHead(settings, connect);
      const found = await head;
      return found && found.port.getFile(found.sha, repositoryPath(workspace, path));
    },
  };
}

async function openPullHead(
  settings: PublishSettings,
  connect: () => Promise<RepositoryPort>,
): Promise<{ port: RepositoryPort; sha: string } | undefined> {
  const port = await connect();
  const base = settings.base ?? (await port.getDefaultBranch());
  const pull = await port.findOpenPull(settings.branch, base);
  const sha = pull && (await port.getBranchHead(settings.branch));
  return sha === undefined ? undefined : { port, sha };
}
