// `senders` and `hosts`: lists of domain names. Each name is checked and
// normalized; a name listed twice would be resolved twice and written in two
// places, so it is reported instead.

import { isSeq } from 'yaml';
import { parseCidr } from '../cidr/parse.js';
import { checkDomainName, normalizeDomainName } from '../dns/domain-name.js';
import type { Field, FieldReader } from './field-reader.js';
import type { HostEntry, SenderGroup, SourcePosition } from './types.js';

/** The one group's name when `senders` is a plain list. */
export const PLAIN_SENDERS_GROUP = 'senders';
const GROUP_NAME = /^[A-Za-z0-9_-]+$/;
/** Output sections the pipeline names itself; a group with these names would merge into them. */
const RESERVED_GROUP_NAMES: readonly string[] = ['hosts', 'static'];
const SENDERS_EXPECTED = 'a list of domain names, or a map of group names to lists of domain names';
const SENDER_LIST_EXPECTED = 'a list of domain names, such as [google.com, outlook.com]';
const HOSTS_EXPECTED = 'a list of host names, such as [mx1.example.net, mx2.example.net]';

interface ListedName {
  readonly name: string;
  readonly at: SourcePosition;
}

/** Where each normalized name was first listed, to report repeats. */
type FirstListed = Map<string, { readonly field: string; readonly at: SourcePosition }>;

export function readSenders(reader: FieldReader, field: Field): SenderGroup[] {
  const seen: FirstListed = new Map();
  if (isSeq(field.node)) {
    const domains = readDomainList(reader, field, seen, SENDER_LIST_EXPECTED);
    return [{ name: PLAIN_SENDERS_GROUP, domains: domains.map(asSender) }];
  }
  const entries = reader.entries(field, SENDERS_EXPECTED);
  if (entries === undefined) return [];
  if (entries.length === 0) {
    reader.report(
      field,
      'senders has no groups; add at least one, such as "webmail: [google.com]"',
    );
  }
  const groups: SenderGroup[] = [];
  for (const entry of entries) {
    const problem = checkGroupName(entry.key);
    if (problem !== undefined) reader.issues.add(entry.keyNode, problem);
    const domains = readDomainList(reader, entry.value, seen, SENDER_LIST_EXPECTED);
    groups.push({ name: entry.key, domains: domains.map(asSender) });
  }
  return groups;
}

export function readHosts(reader: FieldReader, field: Field): HostEntry[] {
  const seen: FirstListed = new Map();
  return readDomainList(reader, field, seen, HOSTS_EXPECTED, true).map(({ name, at }) => ({
    host: name,
    at,
  }));
}

function readDomainList(
  reader: FieldReader,
  field: Field,
  seen: FirstListed,
  expected: string,
  emptyAllowed = false,
): ListedName[] {
  const items = reader.items(field, expected);
  if (items === undefined) return [];
  if (items.length === 0 && !emptyAllowed) {
    reader.report(field, `${field.name} is empty; list at least one domain name`);
  }
  const names: ListedName[] = [];
  for (const item of items) {
    const name = readDomainName(reader, item);
    if (name === undefined) continue;
    const at = reader.issues.positionOf(item.at);
    const first = seen.get(name);
    if (first === undefined) {
      seen.set(name, { field: item.name, at });
      names.push({ name, at });
    } else {
      reader.report(
        item,
        `${item.name}: "${name}" is already listed at line ${first.at.line}, column ${first.at.column} (${first.field}); list each name once`,
      );
    }
  }
  return names;
}

/** A valid name, normalized; undefined (and an issue) otherwise. */
function readDomainName(reader: FieldReader, item: Field): string | undefined {
  const text = reader.text(item, 'a domain name, such as "example.com"');
  if (text === undefined) return undefined;
  const problem = checkDomainName(text);
  if (problem === undefined) return normalizeDomainName(text);
  if (isAddressRange(text)) {
    reader.report(
      item,
      `${item.name}: "${text}" is an IP address, not a domain name; put fixed addresses under "static:" with a note`,
    );
  } else {
    reader.report(item, `${item.name}: "${text}" is not a valid domain name: ${problem}`);
  }
  return undefined;
}

function isAddressRange(text: string): boolean {
  try {
    parseCidr(text);
    return true;
  } catch {
    return false;
  }
}

function checkGroupName(name: string): string | undefined {
  if (!GROUP_NAME.test(name)) {
    return `group name ${JSON.stringify(name)} in senders is not valid; a group name is one or more letters, digits, "-" or "_"`;
  }
  if (RESERVED_GROUP_NAMES.includes(name)) {
    return `group name "${name}" in senders is reserved for the "${name}" section of the output; choose another name`;
  }
  return undefined;
}

function asSender({ name, at }: ListedName): { domain: string; at: SourcePosition } {
  return { domain: name, at };
}
