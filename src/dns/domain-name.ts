// Syntax of the domain names a user writes (sender domains, hosts): RFC 1035
// section 2.3.1 labels as relaxed by RFC 1123 section 2.1 (a label may start
// with a digit), plus "_", because SPF records live at names such as
// `_spf.google.com` (RFC 7208 section 7.1 allows any label there).

/** RFC 1035 section 2.3.4: 255 octets on the wire is 253 characters of dotted text. */
const MAX_NAME_LENGTH = 253;
/** RFC 1035 section 2.3.4. */
const MAX_LABEL_LENGTH = 63;
/** The first character a label may not hold; `u` keeps astral characters whole. */
const LABEL_OUTSIDER = /[^A-Za-z0-9_-]/u;
const ALL_DIGITS = /^[0-9]+$/;
const LABEL_RULE = 'a label is 1-63 letters, digits, "-" or "_"';

/**
 * Returns undefined for a valid name, otherwise why it is not one and what
 * would be, phrased to follow `"<name>" is not a valid domain name: `.
 * One trailing dot (a fully qualified name) is allowed.
 */
export function checkDomainName(name: string): string | undefined {
  const text = withoutTrailingDot(name);
  if (text === '') return 'it is empty; write a name such as "example.com"';
  if (text.length > MAX_NAME_LENGTH) {
    return `it is ${text.length} characters long; a name has at most ${MAX_NAME_LENGTH} (RFC 1035 section 2.3.4)`;
  }
  const labels = text.split('.');
  for (const label of labels) {
    const problem = checkLabel(label);
    if (problem !== undefined) return problem;
  }
  if (labels.length < 2) {
    return `it has a single label; write the full name, such as "${text}.com"`;
  }
  const last = labels[labels.length - 1] ?? '';
  if (ALL_DIGITS.test(last)) {
    // RFC 3696 section 2: a top-level domain is never all-numeric, which
    // keeps dotted IPv4 addresses from reading as names.
    return `its last label "${last}" is all digits; a top-level domain has a letter (an IP address is not a domain name)`;
  }
  return undefined;
}

/** The form names are compared and looked up in: lower-case, without one trailing dot. */
export function normalizeDomainName(name: string): string {
  return withoutTrailingDot(name).toLowerCase();
}

function withoutTrailingDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function checkLabel(label: string): string | undefined {
  if (label === '') return `it has an empty label (".." or a leading "."); ${LABEL_RULE}`;
  if (label.length > MAX_LABEL_LENGTH) {
    return `the label "${label}" is ${label.length} characters long; ${LABEL_RULE}`;
  }
  const bad = LABEL_OUTSIDER.exec(label)?.[0];
  if (bad !== undefined) return badCharacter(label, bad);
  if (label.startsWith('-') || label.endsWith('-')) {
    return `the label "${label}" starts or ends with "-"; a label starts and ends with a letter, digit or "_"`;
  }
  return undefined;
}

function badCharacter(label: string, character: string): string {
  // Non-ASCII names go on the wire as A-labels (RFC 5890 section 2.3.2.1).
  const hint =
    character.charCodeAt(0) < 0x80
      ? LABEL_RULE
      : `${LABEL_RULE}; write an internationalized name in its ASCII "xn--" form`;
  const shown = character === ' ' ? 'a space' : JSON.stringify(character);
  return `the label "${label}" contains ${shown}; ${hint}`;
}
