// What `spf-allowlist init` writes into the user's allowlist repository: the
// commented example config, the workflow, a README for the review flow, and
// mailhost/ with the pull script and units from this package.

import { MAILHOST_FILES, readPackageFile } from './package-files.js';
import { renderRepoReadme, REPO_README_PATH } from './repo-readme.js';
import { renderWorkflow, WORKFLOW_PATH } from './workflow-template.js';
import type { ScaffoldFile } from './write-scaffold.js';

export const CONFIG_PATH = 'spf-allowlist.yml';

const TEXT_MODE = 0o644;

export async function planScaffold(): Promise<ScaffoldFile[]> {
  const config = await readPackageFile('examples/spf-allowlist.yml');
  const files: ScaffoldFile[] = [
    { path: CONFIG_PATH, content: config.content, mode: TEXT_MODE },
    { path: WORKFLOW_PATH, content: renderWorkflow(CONFIG_PATH), mode: TEXT_MODE },
    {
      path: REPO_README_PATH,
      content: renderRepoReadme(CONFIG_PATH, WORKFLOW_PATH),
      mode: TEXT_MODE,
    },
  ];
  for (const name of MAILHOST_FILES) {
    const file = await readPackageFile(`mailhost/${name}`);
    // Only the executable bit is carried over; the rest is the usual 644/755.
    const mode = file.mode & 0o100 ? 0o755 : TEXT_MODE;
    files.push({ path: `mailhost/${name}`, content: file.content, mode });
  }
  return files;
}
