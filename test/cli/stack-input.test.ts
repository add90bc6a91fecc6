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
