// Postfix's postscreen in stand-alone mode (`postscreen -V -S`), on one real
// loopback TCP connection from 127.0.0.1, with a postscreen_access_list of
// our tables: what postscreen itself decides for a client. Loopback is kept
// out of mynetworks, so only the tables decide.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { requireTool } from './require-tool.js';

/** postscreen's path: it lives in Postfix's daemon directory, not on PATH. */
export function postscreenPath(work: string): string | undefined {
  if (!requireTool('postconf')) return undefined;
  const daemonDir = spawnSync('postconf', ['-c', work, '-h', 'daemon_directory'], {
    encoding: 'utf8',
  }).stdout.trim();
  const path = join(daemonDir, 'postscreen');
  if (existsSync(path)) return path;
  if (process.env.CI === 'true') throw new Error(`CI=true and postscreen is not at ${path}`);
  process.stderr.write(`skipping the postscreen test: no ${path}\n`);
  return undefined;
}

/**
 * Runs postscreen once and returns its log. `tables` are file names and
 * contents, listed in postscreen_access_list in that order after
 * permit_mynetworks. Without a master process postscreen cannot hand the
 * client to smtpd, so it ends after its verdict.
 */
export async function postscreenLog(
  postscreen: string,
  work: string,
  tables: Readonly<Record<string, string>>,
): Promise<string> {
  const dir = mkdtempSync(join(work, 'postscreen-'));
  mkdirSync(join(dir, 'queue'));
  mkdirSync(join(dir, 'data'));
  for (const [name, text] of Object.entries(tables)) writeFileSync(join(dir, name), text);
  const list = Object.keys(tables).map((name) => `cidr:${dir}/${name}`);
  writeFileSync(
    join(dir, 'main.cf'),
    [
      'compatibility_level = 3.6',
      `queue_directory = ${dir}/queue`,
      `data_directory = ${dir}/data`,
      // Loopback must not pass through permit_mynetworks: only the tables decide.
      'mynetworks = 192.0.2.0/24',
      `postscreen_access_list = ${['permit_mynetworks', ...list].join(', ')}`,
      'postscreen_cache_map =',
      '',
    ].join('\n'),
  );
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
  const client = createConnection(address.port, '127.0.0.1');
  client.on('error', () => undefined);
  const connection = await accepted;
  const child = spawn(postscreen, ['-V', '-S'], {
    env: { MAIL_CONFIG: dir, PATH: process.env.PATH },
    stdio: [connection, connection, 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString('utf8');
    // postscreen applies postscreen_access_list in the same step that logs
    // CONNECT, before it reads from the client: hang up, which ends the session.
    if (log.includes('CONNECT from')) client.end();
  });
  await new Promise((resolve) => child.on('close', resolve));
  connection.destroy();
  client.destroy();
  server.close();
  return log;
}
