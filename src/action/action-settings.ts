// The Action's inputs and the runner's GITHUB_* variables, read once into one
// settings object (the actions/checkout habit): the rest of the Action never
// reads the environment.

import { resolve as resolvePath } from 'node:path';
import { utcDate, type GenerateSettings } from '../app/generate-settings.js';
import { parseDnsServer } from '../dns/node-resolver.js';
import type { PublishRequest } from '../github/publish-request.js';
import { readBooleanInput, readInput } from './action-inputs.js';

/** Where and how a change is proposed (issue #5 scope 1). */
export interface PublishSettings extends Pick<
  PublishRequest,
  'branch' | 'labels' | 'reviewers' | 'teamReviewers' | 'assignees' | 'draft'
> {
  readonly token: string;
  readonly owner: string;
  readonly repo: string;
  /** Unset: the repository's default branch. */
  readonly base: string | undefined;
  /** The headline is appended to both. */
  readonly title: string;
  readonly commitMessage: string;
}

export interface ActionSettings {
  readonly workspace: string;
  /** GITHUB_OUTPUT and GITHUB_STEP_SUMMARY; unset in a hand-run. */
  readonly runnerFiles: RunnerFiles;
  readonly generate: GenerateSettings;
  /** Unset when the `token` input is empty: the files are written to the workspace only. */
  readonly publish: PublishSettings | undefined;
}

export interface RunnerFiles {
  readonly outputs: string | undefined;
  readonly jobSummary: string | undefined;
}

/** An input or runner variable the Action cannot work with; nothing was resolved or written. */
export class ActionSettingsError extends Error {
  override readonly name = 'ActionSettingsError';
}

/** The checkout the runner gives the job; the current directory when run by hand. */
export function actionWorkspace(env: NodeJS.ProcessEnv): string {
  return env['GITHUB_WORKSPACE'] ?? process.cwd();
}

/** Inputs (INPUT_*) and the runner's GITHUB_* variables, both from `env`. */
export function readActionSettings(env: NodeJS.ProcessEnv, now: Date): ActionSettings {
  const workspace = actionWorkspace(env);
  const generate: GenerateSettings = {
    configPath: resolvePath(workspace, readInput(env, 'config') || 'spf-allowlist.yml'),
    dnsServers: listInput(env, 'dns-servers', /[\s,]+/).map(parseDnsServer),
    outDir: undefined,
    dryRun: readBooleanInput(env, 'dry-run'),
    today: utcDate(now),
  };
  const token = readInput(env, 'token');
  return {
    workspace,
    runnerFiles: {
      outputs: nonEmpty(env['GITHUB_OUTPUT']),
      jobSummary: nonEmpty(env['GITHUB_STEP_SUMMARY']),
    },
    generate,
    publish: token === '' ? undefined : readPublishSettings(token, env),
  };
}

function readPublishSettings(token: string, env: NodeJS.ProcessEnv): PublishSettings {
  const { owner, repo } = parseRepository(env['GITHUB_REPOSITORY']);
  return {
    token,
    owner,
    repo,
    branch: readInput(env, 'branch') || 'spf-allowlist/update',
    base: nonEmpty(readInput(env, 'base')),
    title: readInput(env, 'title') || 'SPF allowlist update',
    commitMessage: readInput(env, 'commit-message') || 'Update SPF allowlist',
    labels: listInput(env, 'labels'),
    reviewers: listInput(env, 'reviewers'),
    teamReviewers: listInput(env, 'team-reviewers'),
    assignees: listInput(env, 'assignees'),
    draft: readBooleanInput(env, 'draft'),
  };
}

/** `owner/repo`, as the runner sets GITHUB_REPOSITORY. */
export function parseRepository(value: string | undefined): { owner: string; repo: string } {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
  if (match === null) {
    throw new ActionSettingsError(
      value === undefined || value === ''
        ? 'GITHUB_REPOSITORY is not set, so there is no repository to open the pull request in. ' +
            'GitHub sets it in every workflow run; elsewhere, set it to "owner/repo", or set the ' +
            '`token` input to an empty string to only write the files into the workspace.'
        : `GITHUB_REPOSITORY is "${value}"; expected "owner/repo".`,
    );
  }
  return { owner: match[1] ?? '', repo: match[2] ?? '' };
}

/** Names separated by commas or newlines (or `separators`), blanks dropped. */
function listInput(env: NodeJS.ProcessEnv, name: string, separators = /[,\n]/): string[] {
  return readInput(env, name)
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === '' ? undefined : value;
}
