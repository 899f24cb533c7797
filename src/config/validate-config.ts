// The top level of `spf-allowlist.yml`: which keys exist, their defaults,
// and the rules that span keys. Each section has its own reader module.

import { isMap } from 'yaml';
import { describeValue, type Field, type FieldReader } from './field-reader.js';
import type { Config } from './types.js';
import { readDeny } from './validate-deny.js';
import { DEFAULT_DNS, readDnsSettings } from './validate-dns.js';
import { readHosts, readSenders } from './validate-domains.js';
import { defaultOutputs, readOutputs } from './validate-outputs.js';
import { checkSourceCount, DEFAULT_LIMITS, readLimits } from './validate-limits.js';
import { DEFAULT_POLICY, readPolicy } from './validate-policy.js';
import { readStatic } from './validate-static.js';

const TOP_LEVEL_KEYS = [
  'senders',
  'hosts',
  'static',
  'outputs',
  'ipv4',
  'ipv6',
  'strict',
  'dns',
  'policy',
  'limits',
  'deny',
] as const;
const STARTER = 'see examples/spf-allowlist.yml';

/**
 * Reads the whole document, recording every issue in `reader.issues`. The
 * result is only meaningful when no issue was recorded; undefined when the
 * document is not a map at all.
 */
export function validateConfig(reader: FieldReader, file: string): Config | undefined {
  const root = reader.root();
  if (root === undefined) {
    reader.issues.addAt(
      { line: 1, column: 1 },
      `the file is empty; it needs at least "senders:" with the domains to allow (${STARTER})`,
    );
    return undefined;
  }
  const expected = `a map of settings with keys ${TOP_LEVEL_KEYS.join(', ')} (${STARTER})`;
  if (!isMap(root.node)) {
    reader.report(root, `the file must be ${expected}, got ${describeValue(root.node)}`);
    return undefined;
  }
  const fields = reader.fields(root, TOP_LEVEL_KEYS, expected);
  const senders = fields.get('senders');
  if (senders === undefined) {
    reader.report(
      root,
      'senders is missing; list the domains to allow, such as "senders: [google.com]"',
    );
  }
  const hosts = fields.get('hosts');
  const staticRanges = fields.get('static');
  const outputs = fields.get('outputs');
  const strict = fields.get('strict');
  const dns = fields.get('dns');
  const policy = fields.get('policy');
  const limits = fields.get('limits');
  const deny = fields.get('deny');
  const config: Config = {
    file,
    senders: senders ? readSenders(reader, senders) : [],
    hosts: hosts ? readHosts(reader, hosts) : [],
    static: staticRanges ? readStatic(reader, staticRanges) : [],
    outputs: outputs ? readOutputs(reader, outputs, file) : defaultOutputs(file),
    ...readFamilies(reader, fields.get('ipv4'), fields.get('ipv6')),
    strict: (strict && reader.boolean(strict)) ?? false,
    dns: dns ? readDnsSettings(reader, dns) : DEFAULT_DNS,
    policy: policy ? readPolicy(reader, policy) : DEFAULT_POLICY,
    limits: limits ? readLimits(reader, limits) : DEFAULT_LIMITS,
    deny: undefined,
  };
  const withDeny = { ...config, deny: deny && readDeny(reader, deny, config) };
  checkSourceCount(reader, senders ?? root, withDeny);
  return withDeny;
}

function readFamilies(
  reader: FieldReader,
  ipv4Field: Field | undefined,
  ipv6Field: Field | undefined,
): { ipv4: boolean; ipv6: boolean } {
  const ipv4 = (ipv4Field && reader.boolean(ipv4Field)) ?? true;
  const ipv6 = (ipv6Field && reader.boolean(ipv6Field)) ?? true;
  const later = laterField(ipv4Field, ipv6Field);
  if (!ipv4 && !ipv6 && later !== undefined) {
    reader.report(
      later,
      'ipv4 and ipv6 are both false, so nothing would be allowed; set at least one to true',
    );
  }
  return { ipv4, ipv6 };
}

function laterField(a: Field | undefined, b: Field | undefined): Field | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return (a.at.range?.[0] ?? 0) > (b.at.range?.[0] ?? 0) ? a : b;
}
