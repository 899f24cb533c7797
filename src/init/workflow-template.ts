// The workflow init writes: a daily run (and a manual one) that opens or
// updates the allowlist pull request. It needs contents: write for the
// branch and pull-requests: write for the PR; `concurrency` keeps a manual
// run from racing the scheduled one on the same branch.

export const WORKFLOW_PATH = '.github/workflows/spf-allowlist.yml';

export function renderWorkflow(configPath: string): string {
  return `# Resolves the senders in ${configPath} and opens (or updates) one pull
# request when the allowlist changes. Merge it after review; the mail hosts
# install only what is merged (see mailhost/README.md).
name: SPF allowlist
on:
  schedule:
    - cron: '17 5 * * *'
  workflow_dispatch:
permissions:
  contents: write
  pull-requests: write
concurrency: spf-allowlist
jobs:
  allowlist:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: allowlist
        uses: owner/spf-allowlist@v1
        with:
          config: ${configPath}
      - run: echo "changed=\${{ steps.allowlist.outputs.changed }}"
`;
}
