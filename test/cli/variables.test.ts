import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';

const REDIS = 'services:\n  r:\n    image: redis:7\n    user: ${U}\n';
const USER_ONLY = ['--rule', 'user-non-root'];

describe('variables as check reads them', () => {
  it('fails user-non-root when user: comes from a variable that is not set', () => {
    const dir = tempStack({ 'compose.yaml': REDIS });
    const run = runCli(['check', ...USER_ONLY], { cwd: dir, env: { U: undefined } });
    expect(run.stdout).toMatch(
      /^compose\.yaml:4: high user-non-root \[r\] "" \(from \$\{U\}, U is not set\) -> 999:999: /,
    );
    expect(run.stderr).toBe(
      'compose.yaml:4: warning (VARIABLE): variable U is not set: Compose puts an empty string ' +
        'in its place\n',
    );
    expect(run.code).toBe(1);
  });

  it('passes it once the environment or .env sets the variable to a non-root user', () => {
    const dir = tempStack({ 'compose.yaml': REDIS });
    const fromShell = runCli(['check', ...USER_ONLY], { cwd: dir, env: { U: '999:999' } });
    expect([fromShell.code, fromShell.stderr]).toEqual([0, '']);

    const withEnvFile = tempStack({ 'compose.yaml': REDIS, '.env': 'U=999:999\n' });
    const fromFile = runCli(['check', ...USER_ONLY], { cwd: withEnvFile, env: { U: undefined } });
    expect(fromFile.code).toBe(0);
  });

  it('leaves user: ${U} as written when apply takes every fix', () => {
    const dir = tempStack({ 'compose.yaml': REDIS });
    const run = runCli(['apply', '--yes', '--no-backup', ...USER_ONLY], {
      cwd: dir,
      env: { U: undefined },
    });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(REDIS);
  });

  it('reads on once a required variable is set, and judges the value it gives', () => {
    const dir = tempStack({
      'compose.yaml': 'services:\n  r:\n    image: redis:7\n    user: ${R_UID:?set R_UID}\n',
    });
    const run = runCli(['check', ...USER_ONLY], { cwd: dir, env: { R_UID: '0' } });
    expect(run.stdout).toMatch(
      /^compose\.yaml:4: high user-non-root \[r\] 0 \(from \$\{R_UID\}\) -> /,
    );
    expect(run.code).toBe(1);
  });
});
