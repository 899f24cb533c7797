// Strict text-to-number parsing of addresses and ranges. Anything a Postfix
// cidr table or an SPF record could read differently from us (octal "010",
// short forms "10.1", zone ids, prefix "/024") is refused rather than guessed,
// so the numbers we publish are the ones the sender meant.
//
// Hand-written rather than ipaddr.js: ipaddr.js accepts zone ids and short
// IPv4 forms ("10.1"), and reads "::192.0.2.1" as the IPv4-mapped
// ::ffff:c000:201 instead of ::c000:201 (RFC 4291 section 2.2, form 3).

import { addressBits, type Cidr, type Family, RangeSyntaxError } from './types.js';

const IPV4_SYNTAX =
  'an IPv4 address is four decimal numbers 0-255 separated by ".", e.g. "192.0.2.1"';
const IPV6_SYNTAX =
  'an IPv6 address is eight groups of 1-4 hex digits separated by ":", with "::" once at most for a run of zero groups and optionally a dotted IPv4 address as the last two, e.g. "2001:db8::1" or "::ffff:192.0.2.1"';

// RFC 3986 section 3.2.2 dec-octet: "0", or 1-3 digits without a leading zero.
const DEC_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
// RFC 4291 section 2.2: h16 is 1 to 4 hex digits.
const H16 = /^[0-9A-Fa-f]{1,4}$/;
const PREFIX_LENGTH = /^(?:0|[1-9][0-9]{0,2})$/;

/** Parses a dotted-quad IPv4 address (RFC 791) into its 32-bit value. */
export function parseIPv4(text: string): bigint {
  return BigInt(ipv4Number(text, text));
}

/** Parses an IPv6 address in any RFC 4291 section 2.2 text form into its 128-bit value. */
export function parseIPv6(text: string): bigint {
  return ipv6Value(text, text);
}

/** Parses an address of either family: IPv4 exactly when the text has no ":". */
export function parseAddress(text: string): { family: Family; value: bigint } {
  return text.includes(':')
    ? { family: 6, value: parseIPv6(text) }
    : { family: 4, value: parseIPv4(text) };
}

/** Parses a decimal prefix length, 0-32 for IPv4 and 0-128 for IPv6. */
export function parsePrefixLength(text: string, family: Family): number {
  return prefixLength(text, family, text);
}

/**
 * Parses "ADDR/LEN" or a bare "ADDR" (a single host, /32 or /128). Host bits
 * below the prefix are masked off and reported, because publishers do write
 * such ranges and Postfix skips those lines.
 */
export function parseCidr(text: string, family?: Family): { cidr: Cidr; hostBitsSet: boolean } {
  const parts = text.split('/');
  if (parts.length > 2) {
    throw new RangeSyntaxError(text, 'a range is an address optionally followed by one "/length"');
  }
  const [addressText = '', lengthText] = parts;
  const actual: Family = addressText.includes(':') ? 6 : 4;
  if (family !== undefined && actual !== family) {
    throw new RangeSyntaxError(text, `expected an IPv${family} range, got an IPv${actual} one`);
  }
  const address =
    actual === 4 ? BigInt(ipv4Number(addressText, text)) : ipv6Value(addressText, text);
  const prefix =
    lengthText === undefined ? addressBits(actual) : prefixLength(lengthText, actual, text);
  return makeCidr(actual, address, prefix);
}

/** Builds the canonical network containing `address`, masking (and reporting) host bits. */
export function makeCidr(
  family: Family,
  address: bigint,
  prefix: number,
): { cidr: Cidr; hostBitsSet: boolean } {
  const bits = addressBits(family);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
    throw new RangeError(`prefix length ${prefix} is not an integer in 0-${bits}`);
  }
  if (address < 0n || address >> BigInt(bits) !== 0n) {
    throw new RangeError(`address ${address} does not fit in ${bits} bits`);
  }
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  const network = address & ~hostMask;
  return { cidr: { family, network, prefix }, hostBitsSet: network !== address };
}

/** `part` is the text being read; `input` is what the caller passed, for the error. */
function ipv4Number(part: string, input: string): number {
  const octets = part.split('.');
  if (octets.length !== 4) {
    throw new RangeSyntaxError(
      input,
      `four dot-separated numbers are needed, not ${octets.length}; ${IPV4_SYNTAX}`,
    );
  }
  let value = 0;
  for (const octet of octets) {
    if (!DEC_OCTET.test(octet) || Number(octet) > 255) {
      throw new RangeSyntaxError(
        input,
        `"${octet}" is not a number 0-255 without leading zeros; ${IPV4_SYNTAX}`,
      );
    }
    value = value * 256 + Number(octet);
  }
  return value;
}

function ipv6Value(part: string, input: string): bigint {
  if (part.includes('%')) {
    throw new RangeSyntaxError(input, `zone ids ("%eth0") are not allowed; ${IPV6_SYNTAX}`);
  }
  const halves = part.split('::');
  if (halves.length > 2) {
    throw new RangeSyntaxError(input, `"::" may appear only once; ${IPV6_SYNTAX}`);
  }
  const [head = '', tail] = halves;
  const headGroups = ipv6Groups(head, input, tail === undefined);
  if (tail === undefined) {
    if (headGroups.length !== 8) {
      throw new RangeSyntaxError(input, `${headGroups.length} groups, not eight; ${IPV6_SYNTAX}`);
    }
    return groupsValue(headGroups);
  }
  const tailGroups = ipv6Groups(tail, input, true);
  // "::" stands for one or more zero groups (RFC 4291 section 2.2, form 2).
  const missing = 8 - headGroups.length - tailGroups.length;
  if (missing < 1) {
    const given = headGroups.length + tailGroups.length;
    throw new RangeSyntaxError(
      input,
      `${given} groups besides "::", at most seven; ${IPV6_SYNTAX}`,
    );
  }
  return groupsValue([...headGroups, ...new Array<number>(missing).fill(0), ...tailGroups]);
}

/**
 * Reads ":"-separated groups; an empty string is zero groups. An IPv4 dotted
 * quad is allowed only as the last piece of the address (RFC 4291 section 2.2, form 3)
 * and counts as two groups.
 */
function ipv6Groups(piece: string, input: string, endsAddress: boolean): number[] {
  if (piece === '') return [];
  const texts = piece.split(':');
  const groups: number[] = [];
  texts.forEach((text, index) => {
    if (endsAddress && index === texts.length - 1 && text.includes('.')) {
      const v4 = ipv4Number(text, input);
      groups.push(Math.floor(v4 / 0x10000), v4 % 0x10000);
    } else if (H16.test(text)) {
      groups.push(parseInt(text, 16));
    } else {
      throw new RangeSyntaxError(
        input,
        `"${text}" is not a group of 1-4 hex digits; ${IPV6_SYNTAX}`,
      );
    }
  });
  return groups;
}

function groupsValue(groups: readonly number[]): bigint {
  let value = 0n;
  for (const group of groups) value = (value << 16n) | BigInt(group);
  return value;
}

function prefixLength(text: string, family: Family, input: string): number {
  const bits = addressBits(family);
  if (!PREFIX_LENGTH.test(text) || Number(text) > bits) {
    throw new RangeSyntaxError(
      input,
      `the prefix length must be a decimal number 0-${bits} without leading zeros or sign`,
    );
  }
  return Number(text);
}
