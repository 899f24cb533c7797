// `npm run example`: runs `spf-allowlist generate` on examples/spf-allowlist.yml
// with no network, against the bundled, dated DNS snapshot
// (examples/offline-snapshot.yml) served by the in-process DNS server.
// The output goes to out/ and is labelled a snapshot, never live data.

import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runCli } from '../cli/run-cli.js';
import { startFixtureDnsServer } from '../fixture-dns/server.js';
import { loadZoneDataFile } from '../fixture-dns/zonedata.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const snapshotPath = `${root}examples/offline-snapshot.yml`;

function snapshotDate(): string {
  const doc: unknown = parse(readFileSync(snapshotPath, 'utf8'));
  const snapshot = (doc as { snapshot?: { date?: unknown } }).snapshot;
  return typeof snapshot?.date === 'string' ? snapshot.date : 'unknown date';
}

const server = await startFixtureDnsServer({ zone: loadZoneDataFile(snapshotPath) });
process.stderr.write(
  `Offline example: DNS answers come from the SNAPSHOT in examples/offline-snapshot.yml ` +
    `(${snapshotDate()}, abridged, not live data), served at ${server.address}.\n`,
);
try {
  process.exitCode = await runCli(
    [
      'generate',
      '--config',
      `${root}examples/spf-allowlist.yml`,
      '--dns-server',
      server.address,
      '--out-dir',
      `${root}out`,
      ...process.argv.slice(2),
    ],
    { stdout: process.stdout, stderr: process.stderr },
  );
} finally {
  await server.close();
}
