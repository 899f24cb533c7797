// `spf-allowlist explain DOMAIN`: one domain's SPF tree, limits and pass set.

import { parseArgs } from 'node:util';
import { createCachedResolver } from '../dns/cached-resolver.js';
import { checkDomainName, normalizeDomainName } from '../dns/domain-name.js';
import { createNodeResolver, parseDnsServer } from '../dns/node-resolver.js';
import { renderMermaid } from '../explain/render-mermaid.js';
import { renderExplainTree } from '../explain/render-tree.js';
import { MAX_LOOKUPS_PER_DOMAIN } from '../sources/resolve-sources.js';
import { evaluateSpf } from '../spf/walk.js';
import { EXIT_OK, EXIT_RUN_FAILED } from './exit-codes.js';
import type { Terminal } from './terminal.js';
import { UsageError } from './usage-error.js';

function parseExplainArgs(args: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        'dns-server': { type: 'string', multiple: true, default: [] },
        format: { type: 'string', default: 'text' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [domain, ...extra] = parsed.positionals;
  if (domain === undefined || extra.length > 0) throw new UsageError('give exactly one DOMAIN');
  const invalid = checkDomainName(domain);
  if (invalid) throw new UsageError(`"${domain}" is not a valid domain name: ${invalid}`);
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'mermaid') {
    throw new UsageError(`--format must be "text" or "mermaid", not "${format}"`);
  }
  const servers = parsed.values['dns-server'].map((text) => {
    try {
      return parseDnsServer(text);
    } catch (error) {
      throw new UsageError(`--dns-server: ${(error as Error).message}`);
    }
  });
  return { domain: normalizeDomainName(domain), format, servers };
}

export async function explainCommand(args: string[], terminal: Terminal): Promise<number> {
  const { domain, format, servers } = parseExplainArgs(args);
  const resolve = createCachedResolver(createNodeResolver({ servers, timeoutMs: 5000, tries: 2 }), {
    concurrency: 32,
  }).resolve;
  const evaluation = await evaluateSpf(domain, resolve, {
    families: { ipv4: true, ipv6: true },
    enforceLimits: false,
    maxLookups: MAX_LOOKUPS_PER_DOMAIN,
    traceSets: true,
  });
  terminal.stdout.write(
    format === 'mermaid' ? renderMermaid([evaluation.trace]) : renderExplainTree(evaluation),
  );
  return evaluation.status === 'temperror' ? EXIT_RUN_FAILED : EXIT_OK;
}
