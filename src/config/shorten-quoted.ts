// A config value can be a megabyte of text (a pasted file, a hostile config);
// echoing it whole in an error buries the message. The error's line and
// column say where the value is, so its start and end are enough to know it.

/** Quoted values up to this many characters are shown whole. */
export const MAX_QUOTED_CHARS = 80;

const HEAD = 60;
const TAIL = 12;
const LONG_QUOTED = new RegExp(`"((?:[^"\\\\]|\\\\.){${MAX_QUOTED_CHARS + 1},})"`, 'g');

/** Shortens every over-long "quoted value" in an error message to its start and end. */
export function shortenQuotedValues(message: string): string {
  return message.replace(
    LONG_QUOTED,
    (_, inner: string) =>
      `"${inner.slice(0, HEAD)}…${inner.slice(-TAIL)}" (${inner.length} characters)`,
  );
}
