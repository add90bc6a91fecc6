import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';

const STACK = [
  'services:',
  '  cache: # compose-harden: ignore ports-loopback -- behind the host firewall',
  '    image: redis:7',
  '    privileged: true',
  '    ports:',
  '      - "6379:6379"',
  '',
].join('\n');

describe('apply and suppressions', () => {
  it('leaves ignored findings as they are and says so on stderr', () => {
    const dir = tempStack({ 'compose.yaml': STACK });
    const run = runCli(
      ['apply', '--dry-run', '--rule', 'ports-loopback', '--rule', 'no-privileged'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\n+    privileged: false\n');
    expect(run.stdout).not.toContain('127.0.0.1');
    expect(run.stderr).toBe('compose-harden: leaving out ignored changes: cache/ports-loopback\n');
  });

  it('honours an ignore from .compose-harden.yaml too', () => {
    const dir = tempStack({
      'compose.yaml': STACK,
      '.compose-harden.yaml': 'ignore:\n  cache: { no-privileged: needs fuse }\n',
    });
    const run = runCli(['apply', '--yes', '--no-backup', '--rule', 'no-privileged'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('compose.yaml: nothing to change\n');
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(STACK);
  });
});

describe('apply with nothing to change', () => {
  it('names every file it read, included ones too', () => {
    const dir = tempStack({
      'compose.yaml': 'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: acme/web:1\n',
      'db/compose.yaml': 'services:\n  db:\n    image: postgres:16\n',
    });
    const run = runCli(['apply', '--yes', '--rule', 'no-privileged'], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      stdout: 'compose.yaml, db/compose.yaml: nothing to change\n',
      stderr: '',
    });
  });
});

describe('apply errors', () => {
  it('rejects an unknown --rule with a suggestion and writes nothing', () => {
    const dir = tempStack({ 'compose.yaml': STACK });
    const run = runCli(['apply', '--yes', '--rule', 'no-privilege'], { cwd: dir });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'compose-harden: unknown rule no-privilege; did you mean no-privileged? (`compose-harden explain` lists the rules)\n',
    });
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(STACK);
  });

  it('names a service that does not exist', () => {
    const dir = tempStack({ 'compose.yaml': STACK });
    const run = runCli(['apply', '--dry-run', '--service', 'web'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'compose-harden: compose.yaml: no service named web (check --service)\n',
    );
  });

  it('refuses without --yes when not on a terminal, naming the way out', () => {
    const dir = tempStack({ 'compose.yaml': STACK });
    const run = runCli(['apply', '--rule', 'no-privileged'], { cwd: dir });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'compose-harden: compose.yaml: refusing to write without --yes when not on a terminal (add --yes to write, or --dry-run to see the diff)\n',
    });
  });

  it('reports malformed YAML with its line and writes nothing', () => {
    const dir = tempStack({ 'compose.yaml': 'services:\n  app:\n    image: [unclosed\n' });
    const run = runCli(['apply', '--yes'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^compose-harden: compose\.yaml:\d+: invalid YAML \(/);
  });
});
