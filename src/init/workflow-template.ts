// The workflow init writes (and examples/workflow.yml, for the config at the
// repository root): a daily run (and a manual one) that opens or
// updates the allowlist pull request. It needs contents: write for the
// branch and pull-requests: write for the PR; `concurrency` keeps a manual
// run from racing the scheduled one on the same branch.

export const WORKFLOW_PATH = '.github/workflows/spf-allowlist.yml';

export function renderWorkflow(configPath: string): string {
  return `# Resolves the senders in ${configPath} each day and keeps one pull request
# with the change up to date (README: "Use it as a GitHub Action"). Merge it
# after review; the mail hosts install only what is merged (mailhost/README.md).
name: SPF allowlist
on:
  schedule:
    - cron: '17 5 * * *' # daily; pick your own minute
  workflow_dispatch:
permissions:
  contents: write # commit the allowlist to the update branch
  pull-requests: write # open, update and close its pull request
concurrency: spf-allowlist # runs never overlap
jobs:
  allowlist:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: allowlist
        uses: owner/spf-allowlist@v1
        with:
          config: ${configPath}
          # reviewers: alice
          # labels: dns
      # Through env, not \${{ }} inside run: (GitHub's script-injection advice).
      - if: steps.allowlist.outputs.needs-attention == 'true'
        env:
          HEADLINE: \${{ steps.allowlist.outputs.headline }}
        run: echo "::warning::$HEADLINE (needs attention)"
`;
}
