// The README of the user's allowlist repository: how a change travels from
// DNS to a mail server, and what a reviewer and an admin do at each step.

export const REPO_README_PATH = 'README.md';

export function renderRepoReadme(configPath: string, workflowPath: string): string {
  return `# Postfix postscreen allowlist

This repository holds the allowlist of mail senders (Microsoft 365, Google,
Amazon SES…) that our Postfix servers let past postscreen's tests, and the
history of every change to it. Nothing reaches a mail server without a merge.

## How a change travels

1. **Daily**, the workflow \`${workflowPath}\` runs
   [spf-allowlist](https://github.com/owner/spf-allowlist): it resolves the SPF
   records of the senders in \`${configPath}\` exactly as RFC 7208 defines
   who gets \`pass\`, renders \`postscreen_spf_allowlist.cidr\` and, when it
   changed, opens or updates **one pull request** whose body explains the
   change sender by sender.
2. **A human reviews** the pull request. Every range sits under a comment
   naming the SPF record that published it, so the diff says which sender
   added or dropped what. Be suspicious of a sender that shrinks sharply,
   vanishes, or grows by a huge range (the pull request flags those).
3. **Merge** it. Protect the default branch (require a pull request and a
   review) so that merging is the only way in.
4. **Each mail server** pulls the branch hourly with
   \`mailhost/spf-allowlist-pull\`, which refuses a rewritten history, can
   verify the merge commit's signature, validates the file, installs it
   atomically and runs \`postfix reload\` only when it changed. See
   [mailhost/README.md](mailhost/README.md) for the install steps.

To change the senders, edit \`${configPath}\` in a pull request; the next run
(or a manual "Run workflow") updates the allowlist. Run the workflow by hand
at any time from the Actions tab.

## Files

| path                            | what                                                          |
| ------------------------------- | ------------------------------------------------------------- |
| \`${configPath}\`               | the senders and policy (every key is commented)               |
| \`postscreen_spf_allowlist.cidr\` | the generated allowlist (do not edit: the next run rewrites it) |
| \`${workflowPath}\`             | the scheduled workflow                                        |
| \`mailhost/\`                     | the pull script, its settings example, systemd and cron units |

Changes to \`mailhost/\` reach the mail hosts' clones through the same
reviewed history; an admin copies the script into place when it changes
(see mailhost/README.md).

## Postfix

\`\`\`
# /etc/postfix/main.cf
postscreen_access_list = permit_mynetworks, cidr:/etc/postfix/postscreen_spf_allowlist.cidr
\`\`\`

postscreen reads the table at startup only: the pull script runs
\`postfix reload\` after it installs a new file.
`;
}
