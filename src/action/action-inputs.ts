// The Action's inputs as the runner passes them: one INPUT_<NAME> variable
// per input, the name upper-cased with spaces as underscores and hyphens kept
// (GitHub docs, "Metadata syntax", inputs). Read from an explicit environment
// so that tests and the settings object never touch process.env.

/** YAML 1.2 core schema booleans, the ones GitHub's own toolkit accepts. */
const TRUE_VALUES: readonly string[] = ['true', 'True', 'TRUE'];
const FALSE_VALUES: readonly string[] = ['false', 'False', 'FALSE'];

/** An input value the Action cannot use; the message names the input and what is valid. */
export class ActionInputError extends Error {
  override readonly name = 'ActionInputError';
}

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The input's value with surrounding whitespace trimmed; '' when unset. */
export function readInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[inputVariable(name)] ?? '').trim();
}

/** An unset input is false: GitHub fills in action.yml's default, a hand-run may not. */
export function readBooleanInput(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = readInput(env, name);
  if (value === '' || FALSE_VALUES.includes(value)) return false;
  if (TRUE_VALUES.includes(value)) return true;
  throw new ActionInputError(
    `Input "${name}" is "${value}"; expected a boolean: ${[...TRUE_VALUES, ...FALSE_VALUES].join(' | ')}.`,
  );
}
