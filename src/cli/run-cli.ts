// Dispatch for the CLI's subcommands; every command returns an exit code.

import { readFileSync } from 'node:fs';
import { checkCommand } from './check-command.js';
import { initCommand } from './init-command.js';
import { diffCommand } from './diff-command.js';
import { explainCommand } from './explain-command.js';
import { generateCommand } from './generate-command.js';
import { EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

const USAGE = `Usage: spf-allowlist <command> [options]

Commands:
  generate   Resolve the configured senders' SPF records and write the allowlist
             spf-allowlist generate [--config FILE] [--dns-server HOST[:PORT]]...
                                    [--out-dir DIR] [--dry-run] [--json]
  explain    Show one domain's SPF tree, its limits and its pass set
             spf-allowlist explain DOMAIN [--dns-server HOST[:PORT]]... [--format text|mermaid]
  diff       Print the review of the change between two allowlist files
             spf-allowlist diff OLD NEW [--json]
  check      Check cidr tables the way the mail hosts do before installing them
             spf-allowlist check [--format postscreen|postfix-access|postfix-access-deny] FILE...
             (exit 0 valid, 1 invalid, 2 usage)
  init       Scaffold an allowlist repository: config, workflow, README, mailhost/
             spf-allowlist init [DIR] [--force]

Options:
  -h, --help     Show this help
  -V, --version  Show the version

Exit status: 0 success, 1 the run failed (nothing written), 2 usage or config error.
`;

type Command = (args: string[], terminal: Terminal) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  init: initCommand,
  generate: generateCommand,
  explain: explainCommand,
  diff: diffCommand,
};

export async function runCli(argv: readonly string[], terminal: Terminal): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    terminal.stdout.write(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '-V' || name === '--version') {
    terminal.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    terminal.stderr.write(`spf-allowlist: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, terminal);
  } catch (error) {
    if (error instanceof UsageError) {
      terminal.stderr.write(
        `spf-allowlist ${name}: ${error.message}\n(see spf-allowlist --help)\n`,
      );
      return EXIT_USAGE;
    }
    throw error;
  }
}

function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const parsed: unknown = JSON.parse(text);
  const version = (parsed as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}
