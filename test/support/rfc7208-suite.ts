// The OpenSPF RFC 7208 test suite (test/fixtures/rfc7208/, see PROVENANCE.md)
// as flattening assertions. A case applies when its outcome does not depend
// on the sender's identity: then "result R for host H at domain D" means the
// walk over D puts H in R's region (pass exactly when H is in D's allowlist).

import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { parseAddress } from '../../src/cidr/parse.js';
import { checkDomainName } from '../../src/dns/domain-name.js';
import type { Resolve } from '../../src/dns/port.js';
import { resultFor } from '../../src/spf/partition.js';
import { evaluateSpf, type SpfEvaluation } from '../../src/spf/walk.js';

export const SUITE_PATH = new URL('../fixtures/rfc7208/rfc7208-tests.yml', import.meta.url)
  .pathname;

export interface SuiteCase {
  readonly id: string;
  readonly spec: string;
  readonly description: string;
  readonly helo: string;
  readonly host: string;
  readonly mailfrom: string;
  /** Acceptable results (the suite sometimes allows two). */
  readonly results: readonly string[];
}

export interface SuiteDocument {
  readonly description: string;
  readonly zonedata: Record<string, unknown>;
  readonly cases: readonly SuiteCase[];
}

export function loadSuite(path = SUITE_PATH): SuiteDocument[] {
  return parseAllDocuments(readFileSync(path, 'utf8')).map((doc) => {
    const data = doc.toJS() as {
      description: string;
      tests: Record<string, Record<string, unknown>>;
      zonedata: Record<string, unknown>;
    };
    const cases = Object.entries(data.tests).map(([id, t]) => ({
      id,
      spec: String(t['spec']),
      description: typeof t['description'] === 'string' ? t['description'].trim() : '',
      helo: String(t['helo']),
      host: String(t['host']),
      mailfrom: typeof t['mailfrom'] === 'string' ? t['mailfrom'] : '',
      results: ([] as unknown[]).concat(t['result']).map(String),
    }));
    return { description: data.description, zonedata: data.zonedata, cases };
  });
}

/** RFC 7208 section 4.1/4.3: the domain check_host runs on for this identity. */
export function identityDomain(c: SuiteCase): string {
  if (c.mailfrom === '') return c.helo;
  return c.mailfrom.slice(c.mailfrom.lastIndexOf('@') + 1);
}

export type Verdict =
  | { readonly kind: 'passed'; readonly got: string }
  | { readonly kind: 'failed'; readonly got: string }
  | { readonly kind: 'not-applicable'; readonly reason: string };

/** Section 5: an IPv4-mapped IPv6 client is evaluated as its IPv4 address. */
function clientAddress(host: string): { family: 4 | 6; value: bigint } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(host);
  return parseAddress(mapped ? mapped[1]! : host);
}

/**
 * Which cases cannot map, and why. Each reason must stay true: the identity
 * checks of section 4.3 happen in our config validator (a domain like
 * "A...example.com" never reaches the walk), and results that depend on the
 * sender's address through ptr or macros are "unknown" to a flattener.
 */
export function notApplicableReason(
  c: SuiteCase,
  evaluation: SpfEvaluation | undefined,
): string | undefined {
  const domain = identityDomain(c);
  const invalid = checkDomainName(domain);
  if (invalid)
    return `the identity's domain is rejected before any lookup (section 4.3): ${invalid}`;
  if (!evaluation) return undefined;
  const refused = evaluation.findings.find(
    (f) => f.kind === 'dns-transient' && f.message.includes('EBADNAME'),
  );
  if (refused) {
    return `Node's resolver (c-ares) will not send a query for a name with characters such as ":", "/", "%" or spaces, so the walk reports a temperror instead of a result: ${refused.message}`;
  }
  const { family, value } = clientAddress(c.host);
  const got = resultFor(evaluation.regions, (set) => set.get(family).containsAddress(value));
  if (got !== 'unknown') return undefined;
  const why = evaluation.findings.filter((f) => f.kind === 'unflattenable').map((f) => f.message);
  return `the result depends on the sender's identity: ${why.join('; ')}`;
}

export async function judge(
  c: SuiteCase,
  resolve: Resolve,
  cache: Map<string, Promise<SpfEvaluation>>,
): Promise<Verdict> {
  const early = notApplicableReason(c, undefined);
  if (early) return { kind: 'not-applicable', reason: early };
  const domain = identityDomain(c).toLowerCase().replace(/\.$/, '');
  let pending = cache.get(domain);
  if (!pending) {
    pending = evaluateSpf(domain, resolve, {
      families: { ipv4: true, ipv6: true },
      enforceLimits: true,
      maxLookups: 100,
      // As a run resolves: traces without each term's addresses.
      traceSets: false,
    });
    cache.set(domain, pending);
  }
  const evaluation = await pending;
  const reason = notApplicableReason(c, evaluation);
  if (reason) return { kind: 'not-applicable', reason };
  const got = resultOf(c, evaluation);
  return { kind: c.results.includes(got) ? 'passed' : 'failed', got };
}

function resultOf(c: SuiteCase, evaluation: SpfEvaluation): string {
  if (evaluation.status === 'none') return 'none';
  const { family, value } = clientAddress(c.host);
  return resultFor(evaluation.regions, (set) => set.get(family).containsAddress(value)) ?? 'none';
}

/**
 * Judges one case with a fresh walk and reports every name the walk asked
 * about (lower-case, no trailing dot), so a tier that cannot serve some names
 * (a zone file cannot hold TIMEOUT) can tell which cases depend on them.
 */
export async function judgeRecordingNames(
  c: SuiteCase,
  resolve: Resolve,
): Promise<{ readonly verdict: Verdict; readonly asked: ReadonlySet<string> }> {
  const asked = new Set<string>();
  const recording: Resolve = (name, type) => {
    asked.add(name.toLowerCase().replace(/\.$/, ''));
    return resolve(name, type);
  };
  const verdict = await judge(c, recording, new Map());
  return { verdict, asked };
}
