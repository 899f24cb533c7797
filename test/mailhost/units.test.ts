// The script is shellcheck-clean as POSIX sh, the systemd units pass
// systemd-analyze, and units, cron line and README agree on paths and on
// the main.cf line.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTool, requireTool } from '../support/require-tool.js';

const MAILHOST = new URL('../../mailhost/', import.meta.url).pathname;
const read = (name: string) => readFileSync(join(MAILHOST, name), 'utf8');
const INSTALLED_SCRIPT = '/usr/local/sbin/spf-allowlist-pull';
const ENV_FILE = '/etc/spf-allowlist/pull.env';

describe.skipIf(!requireTool('shellcheck'))('shellcheck', () => {
  it.each(['spf-allowlist-pull', 'spf-allowlist-pull.env.example'])(
    '%s is clean as POSIX sh',
    (name) => {
      const result = spawnSync('shellcheck', ['-s', 'sh', join(MAILHOST, name)], {
        encoding: 'utf8',
      });
      expect(result.stdout).toBe('');
      expect(result.status).toBe(0);
    },
  );
});

describe('units', () => {
  const service = read('spf-allowlist-pull.service');
  const timer = read('spf-allowlist-pull.timer');
  const cron = read('spf-allowlist-pull.cron');
  const readme = read('README.md');

  it('run the installed script with the installed settings', () => {
    expect(service).toContain(`ExecStart=${INSTALLED_SCRIPT} ${ENV_FILE}`);
    expect(cron).toContain(`${INSTALLED_SCRIPT} ${ENV_FILE}`);
    expect(readme).toContain(`install -m 0755 mailhost/spf-allowlist-pull ${INSTALLED_SCRIPT}`);
    expect(readme).toContain(ENV_FILE);
  });

  it('the service is a hardened oneshot that may still write the targets and reload Postfix', () => {
    expect(service).toMatch(/^Type=oneshot$/m);
    expect(service).toMatch(/^ProtectSystem=strict$/m);
    expect(service).toMatch(/^ReadWritePaths=.*\/etc\/postfix( |$)/m);
    expect(service).toMatch(/^ReadWritePaths=.*\/var\/lib\/spf-allowlist( |$)/m);
    expect(service).toMatch(/^NoNewPrivileges=yes$/m);
  });

  it('the timer is hourly with a randomized delay', () => {
    expect(timer).toMatch(/^OnCalendar=hourly$/m);
    expect(timer).toMatch(/^RandomizedDelaySec=\S+$/m);
    expect(timer).toMatch(/^WantedBy=timers\.target$/m);
  });

  it('the cron line runs hourly as root', () => {
    const jobs = cron.split('\n').filter((line) => /^[0-9*]/.test(line));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.split(/\s+/).slice(1, 6)).toEqual(['*', '*', '*', '*', 'root']);
    // cron turns an unescaped % into a newline.
    expect(jobs[0]).not.toContain('%');
  });

  it('the README gives the exact main.cf line', () => {
    expect(readme).toContain(
      'postscreen_access_list = permit_mynetworks, cidr:/etc/postfix/postscreen_spf_allowlist.cidr',
    );
  });

  it.skipIf(findTool('systemd-analyze') === undefined)(
    'systemd-analyze verify accepts the units',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'spf-allowlist-units-'));
      try {
        // verify checks that ExecStart exists: point it at this checkout's script.
        writeFileSync(
          join(dir, 'spf-allowlist-pull.service'),
          service.replace(INSTALLED_SCRIPT, join(MAILHOST, 'spf-allowlist-pull')),
        );
        copyFileSync(
          join(MAILHOST, 'spf-allowlist-pull.timer'),
          join(dir, 'spf-allowlist-pull.timer'),
        );
        const result = spawnSync(
          'systemd-analyze',
          [
            'verify',
            join(dir, 'spf-allowlist-pull.service'),
            join(dir, 'spf-allowlist-pull.timer'),
          ],
          { encoding: 'utf8' },
        );
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
