// `deny:` (issue #9 scope 1): the same shapes as the allow side (`senders`,
// `hosts`, `static`, `outputs`), read by the same readers, plus the rules
// that span both sides: a name is either allowed or denied, and the two
// lists never write the same file or fill the same nftables set.

import { isMap } from 'yaml';
import { nftablesNames } from '../allowlist/render-nftables.js';
import type { Field, FieldReader } from './field-reader.js';
import type { Config, DenyConfig, OutputSpec, SourcePosition } from './types.js';
import { readHosts, readSenders } from './validate-domains.js';
import { defaultOutputs, readOutputs } from './validate-outputs.js';
import { readStatic } from './validate-static.js';

const DENY_KEYS = ['senders', 'hosts', 'static', 'outputs'] as const;
const EXPECTED = `a map with keys ${DENY_KEYS.join(', ')}, each as on the allow side`;

type AllowSide = Pick<Config, 'file' | 'senders' | 'hosts' | 'outputs'>;

export function readDeny(
  reader: FieldReader,
  field: Field,
  allow: AllowSide,
): DenyConfig | undefined {
  if (!isMap(field.node)) {
    reader.reportType(field, EXPECTED);
    return undefined;
  }
  const issuesBefore = reader.issues.issues.length;
  const fields = reader.fields(field, DENY_KEYS, EXPECTED);
  const senders = fields.get('senders');
  const hosts = fields.get('hosts');
  const staticRanges = fields.get('static');
  const outputs = fields.get('outputs');
  const deny: DenyConfig = {
    senders: senders ? readSenders(reader, senders) : [],
    hosts: hosts ? readHosts(reader, hosts) : [],
    static: staticRanges ? readStatic(reader, staticRanges) : [],
    outputs: outputs
      ? readOutputs(reader, outputs, allow.file, 'deny')
      : defaultOutputs(allow.file, 'deny'),
  };
  // Only when nothing more specific was said: an empty list already is an issue.
  if (sourceCount(deny) === 0 && reader.issues.issues.length === issuesBefore) {
    reader.report(
      field,
      'deny lists no sources; add "senders", "hosts" or "static" under it, or remove "deny:"',
    );
  }
  checkNamesOnOneSide(reader, allow, deny);
  checkOutputsApart(reader, outputs ?? field, allow.outputs, deny.outputs);
  return deny;
}

function sourceCount(deny: DenyConfig): number {
  const senders = deny.senders.reduce((n, group) => n + group.domains.length, 0);
  return senders + deny.hosts.length + deny.static.length;
}

interface ListedName {
  readonly name: string;
  readonly list: string;
  readonly at: SourcePosition;
}

function namesOf(side: Pick<Config, 'senders' | 'hosts'>, prefix: string): ListedName[] {
  return [
    ...side.senders.flatMap((group) =>
      group.domains.map(({ domain, at }) => ({ name: domain, list: `${prefix}senders`, at })),
    ),
    ...side.hosts.map(({ host, at }) => ({ name: host, list: `${prefix}hosts`, at })),
  ];
}

/** A name on both sides would be written to both files: which one the admin meant is unknowable. */
function checkNamesOnOneSide(reader: FieldReader, allow: AllowSide, deny: DenyConfig): void {
  const allowed = new Map(namesOf(allow, '').map((entry) => [entry.name, entry]));
  for (const denied of namesOf(deny, 'deny.')) {
    const first = allowed.get(denied.name);
    if (first === undefined) continue;
    reader.issues.addAt(
      denied.at,
      `${denied.list}: "${denied.name}" is also allowed, in ${first.list} at line ${first.at.line}, column ${first.at.column}; a name is either allowed or denied, so list it on one side only`,
    );
  }
}

/**
 * The lists are separate files, and nftables sets are flushed and refilled
 * by each file: a shared path or set would make one list overwrite the other.
 */
function checkOutputsApart(
  reader: FieldReader,
  at: Field,
  allow: readonly OutputSpec[],
  deny: readonly OutputSpec[],
): void {
  const allowPaths = new Set(allow.map((output) => output.path));
  for (const output of deny) {
    if (allowPaths.has(output.path)) {
      reader.report(
        at,
        `${at.name}: ${output.path} is also an output of the allowlist; give each list its own files`,
      );
    }
  }
  for (const clash of sharedNftablesSets(allow, deny)) reader.report(at, `${at.name}: ${clash}`);
}

function sharedNftablesSets(allow: readonly OutputSpec[], deny: readonly OutputSpec[]): string[] {
  const setsOf = (output: OutputSpec, list: 'allow' | 'deny') => {
    const names = nftablesNames(output, list);
    const table = `${names.family} ${names.table}`;
    return [names.set4, names.set6].map((set) => ({ key: `${table} ${set}`, output }));
  };
  const allowSets = new Map(
    allow
      .filter((o) => o.format === 'nftables')
      .flatMap((o) => setsOf(o, 'allow'))
      .map((s) => [s.key, s.output]),
  );
  const clashes: string[] = [];
  for (const { key, output } of deny
    .filter((o) => o.format === 'nftables')
    .flatMap((o) => setsOf(o, 'deny'))) {
    const other = allowSets.get(key);
    if (other === undefined) continue;
    clashes.push(
      `the nftables output ${output.path} fills set "${key}", as the allowlist's ${other.path} does, so loading one would empty the other; give the deny sets other names (set4, set6)`,
    );
  }
  return clashes;
}
