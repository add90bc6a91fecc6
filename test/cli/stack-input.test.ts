import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempStack } from '../helpers/run-cli.js';

const WEB = 'services:\n  web:\n    image: nginx:1.27\n';

describe('how the stack is found', () => {
  it('takes COMPOSE_FILE from the folder .env, as Compose does', () => {
    const dir = tempStack({
      '.env': 'COMPOSE_FILE=base.yml:prod.yml\n',
      'base.yml': WEB,
      'prod.yml': 'services:\n  web:\n    privileged: true\n',
    });
    const run = runCli(['check', '--rule', 'no-privileged'], { cwd: dir });
    expect(run.stdout).toContain('prod.yml:3: high no-privileged [web] true (prod.yml:3)');
    expect(run.code).toBe(1);
  });

  it('refuses an include loop with the line that closes it', () => {
    const dir = tempStack({
      'compose.yaml': `include:\n  - sub/compose.yaml\n${WEB}`,
      'sub/compose.yaml':
        'include:\n  - ../compose.yaml\nservices:\n  db:\n    image: postgres:16\n',
    });
    const run = runCli(['check'], { cwd: dir });
    expect(run.stderr).toBe(
      'compose-harden: sub/compose.yaml:2: include: compose.yaml includes this file back: a loop ' +
        '(Compose refuses include cycles; include each file from one place only)\n',
    );
    expect(run.code).toBe(2);
  });

  it('reads an extends file: and an include path through their variables, as Compose does', () => {
    const dir = tempStack({
      'compose.yaml': [
        'include:',
        '  - ${SUB:-sub}/compose.yaml',
        'services:',
        '  web:',
        '    extends:',
        '      file: ${LIB:-lib}/common.yml',
        '      service: base',
        '',
      ].join('\n'),
      'lib/common.yml': 'services:\n  base:\n    image: nginx:1.27\n    privileged: true\n',
      'sub/compose.yaml': 'services:\n  db:\n    image: postgres:16\n    privileged: true\n',
    });
    const run = runCli(['check', '--rule', 'no-privileged'], { cwd: dir });
    expect(run.stdout).toContain('high no-privileged [web] true (extends base, lib/common.yml:4)');
    expect(run.stdout).toContain('sub/compose.yaml:4: high no-privileged [db] true');
    expect([run.stderr, run.code]).toEqual(['', 1]);
  });

  it('reads an included file with the env_file its include entry names, the shell first', () => {
    const dir = tempStack({
      'compose.yaml': 'include:\n  - path: inc/x.yaml\n    env_file: inc/vars.env\nservices: {}\n',
      'inc/x.yaml': 'services:\n  cache:\n    image: redis:${TAG}\n    user: ${WHO}\n',
      'inc/vars.env': 'TAG=7\nWHO=root\n',
    });
    const check = (env: NodeJS.ProcessEnv) =>
      runCli(['check', '--rule', 'user-non-root'], { cwd: dir, env: { TAG: undefined, ...env } });

    const fromFile = check({ WHO: undefined });
    expect(fromFile.stdout).toMatch(
      /^inc\/x\.yaml:4: high user-non-root \[cache\] root \(from \$\{WHO\}, inc\/x\.yaml:4\) -> 999:999: Redis \(official image\) runs as 999:999;/,
    );
    expect([fromFile.stderr, fromFile.code]).toEqual(['', 1]);

    const fromShell = check({ WHO: '999:999' });
    expect([fromShell.stdout, fromShell.stderr, fromShell.code]).toEqual([
      'compose.yaml: the only service passes\n',
      '',
      0,
    ]);
  });

  it('says an unset variable emptied the extends path it cannot read', () => {
    const dir = tempStack({
      'compose.yaml':
        'services:\n  web:\n    extends:\n      file: ${LIB}/common.yml\n      service: base\n',
    });
    const run = runCli(['check'], { cwd: dir, env: { LIB: undefined } });
    expect(run.stderr).toBe(
      'compose-harden: compose.yaml:3: extends: cannot read /common.yml: file not found (check ' +
        'the path in extends: file:, which is relative to this file; LIB is not set, so it ' +
        'reads as empty)\n',
    );
    expect(run.code).toBe(2);
  });

  it('stops at a required variable in an include path before reading any file', () => {
    const dir = tempStack({
      'compose.yaml': `include:\n  - path: \${STACK:?set STACK}/compose.yaml\n${WEB}`,
    });
    const run = runCli(['check'], { cwd: dir, env: { STACK: undefined } });
    expect(run.stderr).toBe(
      'compose-harden: compose.yaml:2: required variable STACK is missing a value: set STACK ' +
        '(Compose refuses the file without it: set STACK in the environment or in .env)\n',
    );
    expect(run.code).toBe(2);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const services = Array.from({ length: 300 }, (_, i) => `  s${i}:\n    image: nginx:1.27\n`);
    const dir = tempStack({ 'compose.yaml': `services:\n${services.join('')}` });
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check | head -c 10`], {
      cwd: dir,
      env: { ...process.env, COMPOSE_FILE: '', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('compose.ya');
    expect(run.stderr).toBe('');
  });
});
