import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';

/** Every bad input: one line on stderr naming the file, exit 2, never a stack trace. */
function expectOneLineError(run: ReturnType<typeof runCli>, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('bad input', () => {
  it('names a missing file and says how to pass one', () => {
    const dir = tempStack({});
    expectOneLineError(
      runCli(['check', '-f', 'nope.yaml'], { cwd: dir }),
      /^compose-harden: nope\.yaml: file not found \(.*-f/,
    );
  });

  it('says where it looked when no compose file is found', () => {
    const dir = tempStack({});
    expectOneLineError(
      runCli(['check'], { cwd: dir }),
      /no compose file in .*compose\.yaml, compose\.yml/,
    );
  });

  it('refuses a folder given as the file', () => {
    const dir = tempStack({});
    mkdirSync(path.join(dir, 'compose.yaml'));
    expectOneLineError(runCli(['check'], { cwd: dir }), /compose\.yaml: is a folder, not a file/);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', () => {
    const dir = tempStack({});
    writeFileSync(path.join(dir, 'compose.yaml'), 'services: {}\n', { mode: 0o000 });
    expectOneLineError(runCli(['check'], { cwd: dir }), /permission denied/);
  });

  it('gives the line of malformed YAML', () => {
    const dir = tempStack({
      'compose.yaml': 'services:\n  app:\n    image: [unclosed\n    user: 1\n',
    });
    expectOneLineError(runCli(['check'], { cwd: dir }), /compose\.yaml:\d+: invalid YAML \(/);
  });

  it('reports a duplicate key with its line', () => {
    const dir = tempStack({ 'compose.yaml': 'services:\n  app:\n    image: a\n    image: b\n' });
    expectOneLineError(
      runCli(['check'], { cwd: dir }),
      /compose\.yaml:4: invalid YAML \(DUPLICATE_KEY\)/,
    );
  });

  it('says a YAML list is not a compose file', () => {
    const dir = tempStack({ 'compose.yaml': '- a\n- b\n' });
    expectOneLineError(runCli(['check'], { cwd: dir }), /compose\.yaml: is not a Compose file/);
  });

  it('says a mapping without services is not a compose file', () => {
    const dir = tempStack({ 'compose.yaml': 'name: x\nvolumes: {}\n' });
    expectOneLineError(runCli(['check'], { cwd: dir }), /no top-level services:/);
  });

  it('refuses an alias bomb quickly', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const dir = tempStack({
      'compose.yaml': `x-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\nservices:\n  app:\n    image: a\n`,
    });
    expectOneLineError(runCli(['check'], { cwd: dir }), /aliases expand too far/);
  });

  it('names a misspelled anchor and the line of its alias', () => {
    const dir = tempStack({
      'compose.yaml': 'x-common: &commn\n  restart: always\nservices:\n  web:\n    <<: *common\n',
    });
    expectOneLineError(
      runCli(['check'], { cwd: dir }),
      /compose\.yaml:5: the alias \*common has no anchor &common before it/,
    );
  });

  it.each([
    ['a string', 'services:\n  web: "just a string"\n'],
    ['nothing', 'services:\n  web:\n'],
  ])('refuses a service that is %s instead of a mapping', (_, text) => {
    const dir = tempStack({ 'compose.yaml': text });
    expectOneLineError(
      runCli(['check'], { cwd: dir }),
      /compose\.yaml:2: service web must be a mapping/,
    );
  });

  it('refuses an empty file', () => {
    const dir = tempStack({ 'compose.yaml': '' });
    expectOneLineError(runCli(['check'], { cwd: dir }), /compose\.yaml: the file is empty/);
  });

  it('stops at a required variable that is not set, with its message and where to set it', () => {
    const dir = tempStack({
      'compose.yaml':
        'services:\n  app:\n    image: redis:7\n    user: ${REQUIRED:?set REQUIRED}\n',
    });
    const run = runCli(['check'], { cwd: dir, env: { REQUIRED: undefined } });
    expectOneLineError(run, /compose\.yaml:4: required variable REQUIRED/);
    expect(run.stderr).toBe(
      'compose-harden: compose.yaml:4: required variable REQUIRED is missing a value: set ' +
        'REQUIRED (Compose refuses the file without it: set REQUIRED in the environment or in ' +
        '.env)\n',
    );
    const apply = runCli(['apply', '--yes'], { cwd: dir, env: { REQUIRED: undefined } });
    expectOneLineError(apply, /required variable REQUIRED/);
  });

  it('names the --env-file to set a required variable in, and every other place that needs one', () => {
    const dir = tempStack({
      'compose.yaml': [
        'services:',
        '  app:',
        '    image: redis:${TAG:?}',
        '    environment:',
        '      TOKEN: ${TOKEN:?ask ops}',
        '',
      ].join('\n'),
      'prod.env': 'OTHER=1\n',
    });
    const env = { TAG: undefined, TOKEN: undefined };
    const run = runCli(['check', '--env-file', 'prod.env'], { cwd: dir, env });
    expectOneLineError(
      run,
      /^compose-harden: compose\.yaml:3: required variable TAG is missing a value \(Compose refuses the file without it: set TAG in the environment or in prod\.env; it also stops at compose\.yaml:5 \(TOKEN\)\)\n$/,
    );
  });

  it.each([
    ['a file', '    env_file: inc/nope.env\n'],
    ['a list', '    env_file:\n      - inc/vars.env\n      - inc/nope.env\n'],
  ])('names an include env_file that is missing, given as %s, on its line', (_, envFile) => {
    const dir = tempStack({
      'compose.yaml': `include:\n  - path: inc/x.yaml\n${envFile}services: {}\n`,
      'inc/x.yaml': 'services:\n  cache:\n    image: redis:7\n',
      'inc/vars.env': 'TAG=7\n',
    });
    const run = runCli(['check'], { cwd: dir });
    expectOneLineError(run, /compose\.yaml:3: cannot read env_file/);
    expect(run.stderr).toBe(
      'compose-harden: compose.yaml:3: cannot read env_file inc/nope.env: file not found (check ' +
        'the path in include: env_file:, which is relative to this file)\n',
    );
  });

  it('refuses an include env_file that is not a path', () => {
    const dir = tempStack({
      'compose.yaml': 'include:\n  - path: x.yaml\n    env_file: {a: 1}\nservices: {}\n',
      'x.yaml': 'services:\n  cache:\n    image: redis:7\n',
    });
    expectOneLineError(
      runCli(['check'], { cwd: dir }),
      /^compose-harden: compose\.yaml:3: include: env_file must be a file or a list of files \(/,
    );
  });

  it('rejects an unknown option with a suggestion', () => {
    const run = runCli(['check', '--formt', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--formt'/);
    expect(run.stderr).toMatch(/--format/);
  });
});
