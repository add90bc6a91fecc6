import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** Two services that share one user through a scalar anchor: a new user's first stack. */
const SHARED_USER = lines(
  'services:',
  '  cache:',
  '    image: redis:7',
  '    user: &u root',
  '  db:',
  '    image: postgres:16',
  '    user: *u',
);

const PRIVILEGED = lines(
  'services:',
  '  a:',
  '    image: nginx:1.27',
  '    privileged: &priv true',
  '  # compose-harden: ignore no-privileged -- needs the host devices',
  '  b:',
  '    image: nginx:1.27',
  '    privileged: *priv',
);

const LEFT_USER =
  'compose.yaml:4: high user-non-root [cache] root -> 999:999: Redis (official image) runs as ' +
  '999:999; it comes from the anchor &u, that db also reads: change it there';

describe('apply on a scalar anchor that two services share', () => {
  it('writes every other fix, leaves the anchor, and check still names it', () => {
    const dir = tempStack({ 'compose.yaml': SHARED_USER });
    const run = runCli(['apply', '--yes', '--no-backup'], { cwd: dir });

    expect(run).toEqual({
      code: 0,
      stdout: 'Wrote 7 changes to compose.yaml\n',
      stderr:
        'compose-harden: 9 changes left for you to choose (memory-limit, cpu-limit, pids-limit, ' +
        'healthcheck, restart-policy): take them with --rule ID or in the wizard\n',
    });
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(
      lines(
        'services:',
        '  cache:',
        '    image: redis:7',
        '    user: &u root',
        '    security_opt:',
        '      - no-new-privileges:true',
        '    cap_drop:',
        '      - ALL',
        '    read_only: true',
        '  db:',
        '    image: postgres:16',
        '    user: *u',
        '    security_opt:',
        '      - no-new-privileges:true',
        '    cap_drop:',
        '      - ALL',
        '    cap_add:',
        '      - CHOWN',
        '      - SETUID',
        '      - SETGID',
        '      - FOWNER',
        '      - DAC_READ_SEARCH',
        '    read_only: true',
        '    tmpfs:',
        '      - /var/run/postgresql',
        '      - /tmp',
        '    healthcheck:',
        '      test: [CMD-SHELL, "pg_isready -U $${POSTGRES_USER:-postgres}"]',
        '      interval: 10s',
        '      timeout: 5s',
        '      retries: 5',
      ),
    );

    const check = runCli(['check', '--rule', 'user-non-root'], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n')[0]).toBe(LEFT_USER);
  });

  it('writes nothing for an anchor whose only other reader ignores the rule', () => {
    const dir = tempStack({ 'compose.yaml': PRIVILEGED });
    const run = runCli(['apply', '--yes', '--no-backup', '--rule', 'no-privileged'], { cwd: dir });

    expect(run).toEqual({
      code: 0,
      stdout: 'compose.yaml: nothing to change\n',
      stderr: 'compose-harden: leaving out ignored changes: b/no-privileged\n',
    });
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(PRIVILEGED);
    const check = runCli(['check', '--rule', 'no-privileged'], { cwd: dir });
    expect(check.stdout.split('\n')[0]).toBe(
      'compose.yaml:4: high no-privileged [a] true -> false: privileged grants every capability ' +
        'and host device; it comes from the anchor &priv, that b also reads: change it there',
    );
  });
});
