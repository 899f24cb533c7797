// Inputs as the runner passes them (INPUT_<NAME>), read from an explicit environment.

import { describe, expect, it } from 'vitest';
import {
  ActionInputError,
  inputVariable,
  readBooleanInput,
  readInput,
} from '../../src/action/action-inputs.js';

describe('inputVariable', () => {
  it.each([
    ['config', 'INPUT_CONFIG'],
    ['dry-run', 'INPUT_DRY-RUN'],
    ['team reviewers', 'INPUT_TEAM_REVIEWERS'],
  ])('%s -> %s', (name, variable) => {
    expect(inputVariable(name)).toBe(variable);
  });
});

describe('readInput', () => {
  it.each([
    [{ INPUT_CONFIG: 'mail/spf-allowlist.yml' }, 'mail/spf-allowlist.yml'],
    [{ INPUT_CONFIG: '  spaced.yml \n' }, 'spaced.yml'],
    [{}, ''],
  ])('%o -> %j', (env, value) => {
    expect(readInput(env, 'config')).toBe(value);
  });
});

describe('readBooleanInput', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    [' true ', true],
    ['', false],
  ])('%j -> %s', (value, expected) => {
    expect(readBooleanInput({ 'INPUT_DRY-RUN': value }, 'dry-run')).toBe(expected);
  });

  it('unset is false', () => {
    expect(readBooleanInput({}, 'draft')).toBe(false);
  });

  it.each(['yes', '1', 'on', 'tRuE'])(
    'refuses %j, naming the input and the valid values',
    (value) => {
      const read = (): boolean => readBooleanInput({ INPUT_DRAFT: value }, 'draft');
      expect(read).toThrow(ActionInputError);
      expect(read).toThrow(
        `Input "draft" is "${value}"; expected a boolean: true | True | TRUE | false | False | FALSE.`,
      );
    },
  );
});
