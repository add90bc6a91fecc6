import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { BIN, ROOT, runCli, tempStack } from '../helpers/run-cli.js';

describe('--help and --version', () => {
  it.each([['check'], ['apply'], ['presets'], ['explain']])(
    '%s --help shows its options and examples, and exits 0',
    (command) => {
      const run = runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(new RegExp(`^Usage: compose-harden ${command} `));
      expect(run.stdout).toContain('\nExamples:\n');
      expect(run.stdout).toContain(`  $ compose-harden ${command}`);
    },
  );

  it('lists the commands and examples in the top-level help', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\nExamples:\n  $ compose-harden  ');
    for (const command of ['check', 'apply', 'presets', 'explain']) {
      expect(run.stdout).toMatch(new RegExp(`\\n {2}${command}\\b`));
    }
  });

  it('prints the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(VERSION).toBe(pkg.version);
  });

  it('rejects an unknown command with a suggestion', () => {
    const run = runCli(['chek']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'chek'.*\n.*Did you mean check\?/s);
  });
});

/** Runs the CLI under `script`, so stdout is a terminal, as for a person. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const dir = tempStack({
    'compose.yaml': 'services:\n  app:\n    image: a\n    privileged: true\n',
  });
  const command = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd: dir,
    env: { ...process.env, COMPOSE_FILE: '', NO_COLOR: undefined, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return result.stdout;
}

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('colours', () => {
  const args = ['check', '--rule', 'no-privileged'];

  it('colours the severity on a terminal', () => {
    expect(onTerminal(args)).toContain('\u001b[31mhigh\u001b[39m no-privileged');
  });

  it('prints no colour under NO_COLOR or with --no-color', () => {
    expect(onTerminal(args, { NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(onTerminal([...args, '--no-color'])).not.toContain('\u001b[');
    expect(onTerminal([...args, '--no-color'])).toContain('high no-privileged');
  });

  it('prints no colour when the output is not a terminal', () => {
    expect(
      runCli(args, {
        env: { NO_COLOR: undefined },
        cwd: tempStack({
          'compose.yaml': 'services:\n  app:\n    image: a\n    privileged: true\n',
        }),
      }).stdout,
    ).not.toContain('\u001b[');
  });
});
