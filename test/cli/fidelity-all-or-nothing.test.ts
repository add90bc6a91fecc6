import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';

/*
 * A file that cannot be written must leave every file of the stack as it was. Permissions do
 * not stop root, so the immutable flag (chattr +i) does it: it stops root too.
 */

const BASE = 'services:\n  web:\n    image: acme/web:1\n    ports:\n      - "8080:80"\n';
const OVERRIDE = 'services:\n  web:\n    privileged: true\n';
const RULES = ['--rule', 'ports-loopback', '--rule', 'no-privileged'];

const whyNoChattr = probeChattr();

describe('apply writes the files of a stack all or nothing', () => {
  // The rename that fails after others succeeded, and the put-back, are in files.test.ts: an
  // immutable file is now refused before anything is staged.
  it('writes neither file when the override, written second, is immutable', (ctx) => {
    skipWithoutChattr(ctx);
    const dir = tempStack({ 'compose.yaml': BASE, 'compose.override.yaml': OVERRIDE });
    const override = path.join(dir, 'compose.override.yaml');

    const run = immutable(override, () => runCli(['apply', '--yes', ...RULES], { cwd: dir }));

    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'compose-harden: compose.override.yaml: is read-only for you; nothing was written (make it writable (chmod u+w) or run as a user who may write it)\n',
    });
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(BASE);
    expect(readFileSync(override, 'utf8')).toBe(OVERRIDE);
    expect(readdirSync(dir).sort()).toEqual(['compose.override.yaml', 'compose.yaml']);
  });

  it('writes neither file when the folder of the second takes no new file', (ctx) => {
    skipWithoutChattr(ctx);
    const dir = tempStack({ 'compose.yaml': BASE });
    mkdirSync(path.join(dir, 'deploy'));
    writeFileSync(path.join(dir, 'deploy', 'prod.yml'), OVERRIDE);
    const args = ['apply', '--yes', ...RULES, '-f', 'compose.yaml', '-f', 'deploy/prod.yml'];

    const run = immutable(path.join(dir, 'deploy'), () => runCli(args, { cwd: dir }));

    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'compose-harden: deploy/prod.yml: not permitted to write it (check the file and folder permissions)\n',
    });
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(BASE);
    expect(readFileSync(path.join(dir, 'deploy', 'prod.yml'), 'utf8')).toBe(OVERRIDE);
    expect(readdirSync(dir).sort()).toEqual(['compose.yaml', 'deploy']);
    expect(readdirSync(path.join(dir, 'deploy'))).toEqual(['prod.yml']);
  });
});

/** Runs `action` while `target` carries the immutable flag, and always clears it after. */
function immutable<T>(target: string, action: () => T): T {
  chattr('+i', target);
  try {
    return action();
  } finally {
    chattr('-i', target);
  }
}

function chattr(flag: '+i' | '-i', target: string): void {
  const result = spawnSync('chattr', [flag, target], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`chattr ${flag} ${target} failed: ${result.error ?? result.stderr}`);
  }
}

/** Why chattr +i cannot be used here (not root, no chattr, a file system without it), if so. */
function probeChattr(): string | undefined {
  const file = path.join(tempStack({ probe: '' }), 'probe');
  const set = spawnSync('chattr', ['+i', file], { encoding: 'utf8' });
  if (set.status !== 0) {
    const why = set.error ? set.error.message : set.stderr.trim();
    return `chattr +i does not work here (${why}); it is what stops root from writing a file`;
  }
  spawnSync('chattr', ['-i', file]);
  return undefined;
}

function skipWithoutChattr(ctx: TestContext): void {
  if (whyNoChattr === undefined) return;
  process.stderr.write(`all-or-nothing apply test skipped: ${whyNoChattr}\n`);
  ctx.skip(whyNoChattr);
}
