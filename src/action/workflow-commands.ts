// How the Action talks to the runner: log lines and `::command::` lines on
// stdout, and the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// (GitHub docs, "Workflow commands for GitHub Actions").
//
// Our own and not @actions/core: core imports its OIDC client and with it
// undici, http, https and http2, which cost about 110 ms of every start
// before the first DNS query, a third of the 300 ms issue #7 allows. The
// protocol below is all the Action uses of it.

import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export type AnnotationKind = 'error' | 'warning' | 'notice';

/** Where an annotation points; GitHub shows it on that line of the file. */
export interface AnnotationPosition {
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

export type WriteLine = (line: string) => void;

const stdoutLine: WriteLine = (line) => {
  process.stdout.write(line + EOL);
};

export function logInfo(message: string, write: WriteLine = stdoutLine): void {
  write(message);
}

export function annotate(
  kind: AnnotationKind,
  message: string,
  position: AnnotationPosition = {},
  write: WriteLine = stdoutLine,
): void {
  write(
    workflowCommand(
      kind,
      { file: position.file, line: position.startLine, col: position.startColumn },
      message,
    ),
  );
}

/** Marks the step failed (exit code 1) and says why as an error annotation. */
export function fail(message: string, write: WriteLine = stdoutLine): void {
  process.exitCode = 1;
  annotate('error', message, {}, write);
}

/** Runs `task` with its log lines folded under `title`, closed even when it throws. */
export async function inGroup<T>(
  title: string,
  task: () => Promise<T>,
  write: WriteLine = stdoutLine,
): Promise<T> {
  write(workflowCommand('group', {}, title));
  try {
    return await task();
  } finally {
    write(workflowCommand('endgroup', {}, ''));
  }
}

/**
 * Sets a step output: a `name<<DELIMITER` block in the GITHUB_OUTPUT file,
 * the delimiter random so that no value can end the block early and inject
 * another output. Without the file (an old runner, or a hand-run), the
 * `set-output` command.
 */
export function setOutput(
  file: string | undefined,
  name: string,
  value: string,
  write: WriteLine = stdoutLine,
): void {
  if (file === undefined) {
    write(workflowCommand('set-output', { name }, value));
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends Markdown to the job summary file; a hand-run without one has no summary. */
export function appendJobSummary(file: string | undefined, markdown: string): void {
  if (file !== undefined) appendFileSync(file, markdown, 'utf8');
}

/**
 * `::name key=value,key=value::message`. Values are escaped so that a
 * newline cannot start another command, nor a comma or colon another property.
 */
export function workflowCommand(
  name: string,
  properties: Readonly<Record<string, string | number | undefined>>,
  message: string,
): string {
  const pairs = Object.entries(properties).flatMap(([key, value]) =>
    value === undefined || value === '' ? [] : [`${key}=${escapeProperty(String(value))}`],
  );
  const head = pairs.length === 0 ? name : `${name} ${pairs.join(',')}`;
  return `::${head}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
