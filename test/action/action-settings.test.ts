// The Action's settings object, read from INPUT_* and GITHUB_* the way the
// runner sets them, from an environment each test builds.

import { describe, expect, it } from 'vitest';
import {
  ActionSettingsError,
  parseRepository,
  readActionSettings,
} from '../../src/action/action-settings.js';

const NOW = new Date('2026-11-27T05:17:00Z');

function inputs(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
}

describe('readActionSettings', () => {
  it('reads every input into one settings object, lists split on commas and newlines', () => {
    const env = inputs({
      config: 'mail/spf-allowlist.yml',
      token: 'ghs_x',
      branch: 'allowlist',
      base: 'production',
      title: 'Allowlist',
      'commit-message': 'Allowlist',
      labels: 'dns, mail\npostfix',
      reviewers: 'alice,bob',
      'team-reviewers': 'postmasters',
      assignees: '\ncarol\n',
      draft: 'true',
      'dns-servers': '127.0.0.1:5353, [::1]:53',
      'dry-run': 'false',
    });
    const settings = readActionSettings(
      {
        ...env,
        GITHUB_WORKSPACE: '/w',
        GITHUB_REPOSITORY: 'mail-admins/allowlist',
        GITHUB_OUTPUT: '/runner/output',
        GITHUB_STEP_SUMMARY: '',
      },
      NOW,
    );
    expect(settings.workspace).toBe('/w');
    expect(settings.runnerFiles).toEqual({ outputs: '/runner/output', jobSummary: undefined });
    expect(settings.generate).toMatchObject({
      configPath: '/w/mail/spf-allowlist.yml',
      dryRun: false,
      today: '2026-11-27',
    });
    expect(settings.generate.dnsServers).toHaveLength(2);
    expect(settings.publish).toEqual({
      token: 'ghs_x',
      owner: 'mail-admins',
      repo: 'allowlist',
      branch: 'allowlist',
      base: 'production',
      title: 'Allowlist',
      commitMessage: 'Allowlist',
      labels: ['dns', 'mail', 'postfix'],
      reviewers: ['alice', 'bob'],
      teamReviewers: ['postmasters'],
      assignees: ['carol'],
      draft: true,
    });
  });

  it('uses action.yml defaults for inputs a hand-run leaves unset', () => {
    const env = { ...inputs({ token: 'ghs_x' }), GITHUB_WORKSPACE: '/w', GITHUB_REPOSITORY: 'o/r' };
    const settings = readActionSettings(env, NOW);
    expect(settings.generate).toMatchObject({ configPath: '/w/spf-allowlist.yml', dryRun: false });
    expect(settings.publish).toMatchObject({
      branch: 'spf-allowlist/update',
      base: undefined,
      title: 'SPF allowlist update',
      labels: [],
      draft: false,
    });
  });

  it('publishes nothing when the token is empty, and then needs no repository', () => {
    const env = { ...inputs({ token: '' }), GITHUB_WORKSPACE: '/w' };
    expect(readActionSettings(env, NOW).publish).toBeUndefined();
  });

  it('names the input and the valid values for a bad boolean', () => {
    const env = { ...inputs({ token: 'ghs_x', draft: 'yes' }), GITHUB_REPOSITORY: 'o/r' };
    expect(() => readActionSettings(env, NOW)).toThrow(
      /draft[\s\S]*true \| True \| TRUE \| false \| False \| FALSE/,
    );
  });
});

describe('parseRepository', () => {
  it.each([
    ['mail-admins/allowlist', { owner: 'mail-admins', repo: 'allowlist' }],
    ['o/r.github.io', { owner: 'o', repo: 'r.github.io' }],
  ])('%s', (value, expected) => {
    expect(parseRepository(value)).toEqual(expected);
  });

  it.each([
    [undefined, /GITHUB_REPOSITORY is not set.*`token` input to an empty string/s],
    ['', /GITHUB_REPOSITORY is not set/],
    ['allowlist', /"allowlist"; expected "owner\/repo"/],
    ['a/b/c', /"a\/b\/c"; expected "owner\/repo"/],
  ])('refuses %o', (value, message) => {
    expect(() => parseRepository(value)).toThrow(ActionSettingsError);
    expect(() => parseRepository(value)).toThrow(message);
  });
});
