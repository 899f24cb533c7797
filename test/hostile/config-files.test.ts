// Issue #8 scope 3: broken and hostile config files. Each is run through
// `spf-allowlist generate` (the CLI's own code): the exit code must be 2 (a
// config error, not a failed run), stderr must name the file, line and column
// and say what is wrong, and nothing may be written next to the config.
//
// README "Failure behaviour" rows backed here: "the config file is empty,
// binary, UTF-16, huge, a YAML bomb, has duplicate keys, tabs, unknown tags or
// wrong types", "the config lists more than limits.max-sources sources" (also
// test/faults/limits.test.ts).

import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { parseConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/config/types.js';

const CORPUS = new URL('../fixtures/hostile/config/', import.meta.url).pathname;
const FIVE_MIB = 5 * 1024 * 1024;

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'spf-allowlist-hostile-config-'));
  return () => rm(workspace, { recursive: true });
});

/** Runs generate on `name` in the workspace; DNS is never reached, so no server is needed. */
async function generate(name: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(
    ['generate', '--config', join(workspace, name), '--dns-server', '127.0.0.1:9'],
    { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } },
  );
  return { code, stderr };
}

async function expectConfigError(name: string, messages: readonly string[]): Promise<string> {
  const run = await generate(name);
  expect(run.code).toBe(2);
  // "LINE:COLUMN: ..." follows the file's path; other fragments may appear anywhere.
  for (const message of messages) {
    expect(run.stderr).toContain(
      /^\d/.test(message) ? `${join(workspace, name)}:${message}` : message,
    );
  }
  expect(run.stderr).toContain('in the config; nothing was written.');
  expect(await readdir(workspace)).toEqual([name]);
  return run.stderr;
}

describe('config corpus (test/fixtures/hostile/config)', () => {
  it.each<[string, string[]]>([
    ['empty.yml', ['1:1: the file is empty; it needs at least "senders:"']],
    ['comments-only.yml', ['1:1: the file is empty']],
    ['binary.yml', ['1:1: the file must be a map of settings']],
    ['utf16.yml', ['1:1: the file must be a map of settings']],
    ['not-a-map.yml', ['1:1: the file must be a map of settings', 'got a list']],
    ['tabs.yml', ['2:1: YAML syntax error: Tabs are not allowed as indentation']],
    ['bomb.yml', ['4:8: aliases here expand to more than 100 values each']],
    [
      'duplicate-keys.yml',
      [
        '4:3: the key "timeout" appears twice in the same map',
        '5:1: the key "senders" appears twice',
      ],
    ],
    ['merge-key.yml', ['5:3: unknown key "<<" in dns']],
    ['tags.yml', ['1:19: senders must be a list', '2:8: YAML: Unresolved tag: !ruby/object']],
    [
      'wrong-types.yml',
      [
        '3:12: senders.webmail must be a list of domain names',
        '13:7: ipv6 must be true or false, got the number 1',
        '20:13: dns.deadline must be a number of seconds',
        '29:23: policy.max-shrink-percent must be a percentage from 0 to 100, got the number .nan',
        '33:27: limits.max-lookups-per-domain must be a whole number of lookups from 10 to 10000, got the number 9',
      ],
    ],
  ])('%s: exit 2, the error named with its position', async (name, messages) => {
    await copyFile(join(CORPUS, name), join(workspace, name));
    await expectConfigError(name, messages);
  });

  it('wrong-types.yml: every wrong value reported at once', async () => {
    await copyFile(join(CORPUS, 'wrong-types.yml'), join(workspace, 'wrong-types.yml'));
    const stderr = await expectConfigError('wrong-types.yml', []);
    expect(stderr).toContain('24 error(s) in the config');
  });
});

describe('huge config files (5 MiB, built here)', () => {
  it('5 MiB of random bytes: exit 2 with YAML errors, nothing written', async () => {
    await writeFile(join(workspace, 'random.yml'), seededBytes(FIVE_MIB));
    await expectConfigError('random.yml', ['1:1: YAML syntax error']);
  });

  it('a 5 MiB value: exit 2, the key named', async () => {
    await writeFile(
      join(workspace, 'scalar.yml'),
      `senders: [google.com]\nhosts: "${'x'.repeat(FIVE_MIB)}"\n`,
    );
    await expectConfigError('scalar.yml', ['2:8: hosts must be a list of host names']);
  });

  it('5 MiB of sender names: exit 2 naming limits.max-sources before any DNS query', async () => {
    const label = 'a'.repeat(60);
    const count = Math.ceil(FIVE_MIB / (label.length + 20));
    const names = Array.from({ length: count }, (_, i) => `  - ${label}.s${i}.example\n`);
    await writeFile(join(workspace, 'senders.yml'), `senders:\n${names.join('')}`);
    await expectConfigError('senders.yml', [
      `2:3: the config lists ${count} sources (senders, hosts and static ranges), more than limits.max-sources (5000)`,
    ]);
  });
});

/** Deterministic noise (a linear congruential generator), so a failure can be reproduced. */
function seededBytes(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('a wrong type at every key', () => {
  const SENDERS = 'senders: [google.com]\n';
  it.each<[string, string]>([
    ['senders: 5\n', 'senders must be a list of domain names'],
    ['senders: {webmail: google.com}\n', 'senders.webmail must be a list of domain names'],
    ['senders: [[google.com]]\n', 'senders[0] must be'],
    [`${SENDERS}hosts: mx.example.org\n`, 'hosts must be a list of host names'],
    [`${SENDERS}hosts: [5]\n`, 'hosts[0] must be'],
    [`${SENDERS}static: 192.0.2.0/24\n`, 'static must be'],
    [`${SENDERS}static: [{range: 5, note: x}]\n`, 'static[0].range must be'],
    [`${SENDERS}static: [{range: 192.0.2.0/24, note: 5}]\n`, 'static[0].note must be'],
    [`${SENDERS}outputs: out.cidr\n`, 'outputs must be a list of outputs'],
    [`${SENDERS}outputs: [{path: [a], format: postscreen}]\n`, 'outputs[0].path must be'],
    [`${SENDERS}outputs: [{path: a, format: 5}]\n`, 'outputs[0].format must be'],
    [`${SENDERS}ipv4: "true"\n`, 'ipv4 must be true or false'],
    [`${SENDERS}ipv6: []\n`, 'ipv6 must be true or false'],
    [`${SENDERS}strict: 1\n`, 'strict must be true or false'],
    [`${SENDERS}dns: 1.1.1.1\n`, 'dns must be a map with keys'],
    [`${SENDERS}dns: {servers: {a: 1}}\n`, 'dns.servers must be a list'],
    [`${SENDERS}dns: {servers: [53]}\n`, 'dns.servers[0] must be a DNS server address'],
    [`${SENDERS}dns: {timeout: "5"}\n`, 'dns.timeout must be a number of seconds'],
    [`${SENDERS}dns: {tries: []}\n`, 'dns.tries must be a whole number'],
    [`${SENDERS}dns: {concurrency: 0}\n`, 'dns.concurrency must be a whole number'],
    [`${SENDERS}dns: {deadline: -1}\n`, 'dns.deadline must be a number of seconds'],
    [`${SENDERS}policy: []\n`, 'policy must be a map with keys'],
    [`${SENDERS}policy: {keep-stale-days: 1.5}\n`, 'policy.keep-stale-days must be'],
    [`${SENDERS}policy: {max-failed-percent: "25%"}\n`, 'policy.max-failed-percent must be'],
    [`${SENDERS}policy: {allow-special: "no"}\n`, 'policy.allow-special must be true or false'],
    [`${SENDERS}policy: {broadest-ipv4: 33}\n`, 'policy.broadest-ipv4 must be'],
    [`${SENDERS}policy: {broadest-ipv6: 0}\n`, 'policy.broadest-ipv6 must be'],
    [`${SENDERS}policy: {max-total-ipv4: 1e99}\n`, 'policy.max-total-ipv4 must be'],
    [`${SENDERS}policy: {max-growth-addresses: -5}\n`, 'policy.max-growth-addresses must be'],
    [`${SENDERS}policy: {max-shrink-percent: true}\n`, 'policy.max-shrink-percent must be'],
    [`${SENDERS}limits: 100\n`, 'limits must be a map with keys'],
    [`${SENDERS}limits: {max-queries-per-run: 1e9}\n`, 'limits.max-queries-per-run must be'],
    [`${SENDERS}limits: {max-txt-bytes: 100}\n`, 'limits.max-txt-bytes must be'],
    [
      `${SENDERS}limits: {max-lookups-per-domain: "100"}\n`,
      'limits.max-lookups-per-domain must be',
    ],
    [`${SENDERS}limits: {max-sources: 0}\n`, 'limits.max-sources must be'],
  ])('%j', (text, message) => {
    expect(() => parseConfig(text, '/w/spf-allowlist.yml')).toThrow(ConfigError);
    expect(() => parseConfig(text, '/w/spf-allowlist.yml')).toThrow(message);
  });
});
