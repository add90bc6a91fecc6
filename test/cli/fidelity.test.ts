import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempStack } from '../helpers/run-cli.js';

/*
 * Each folder of test/fixtures/fidelity holds a stack (`input/`), every file of it as it must
 * read after `apply --yes --no-backup ARGS` (`expected/`, written by hand), the ARGS (`args`)
 * and, for one case, the environment the commands run with (`env`, KEY=VALUE lines).
 */
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'fidelity');

interface FidelityCase {
  /** The folder under test/fixtures/fidelity. */
  name: string;
  /** What the case proves: the test title. */
  proves: string;
  /** Findings, as `rule [service]`, that check reports before the apply and not after. */
  fixed: string[];
  /** What `check` (the same args, without --service) prints after the apply. */
  after: { code: number; stdout: string[] };
  /** Where the tool's output differs from the expected bytes, when it does: the case fails. */
  knownDifference?: string;
  /** The warnings apply prints on stderr while reading the input, when it should print any. */
  warnings?: string[];
}

/** `check` printing only its summary: every finding of the rules checked is gone. */
const passes = (summary: string) => ({ code: 0, stdout: [summary] });
const ONLY = passes('compose.yaml: the only service passes');
const BOTH = passes('compose.yaml: all 2 services pass');
const PRIVILEGED = '-> false: privileged grants every capability and host device';
const oneLeft = (finding: string, why = '') => ({
  code: 1,
  stdout: [
    `compose.yaml:${finding} ${PRIVILEGED}${why}`,
    '1 finding in 1 of 2 services (1 high); score 90/100 (A)',
  ],
});

const CASES: FidelityCase[] = [
  {
    name: 'override-privileged',
    proves: 'turns privileged off in compose.override.yaml, where it is set, and not in the base',
    fixed: ['no-privileged [agent]'],
    after: ONLY,
  },
  {
    name: 'route-override-file',
    proves: 'fixes each port in the -f file that writes it and privileged in the override',
    fixed: ['ports-loopback [web]', 'no-privileged [web]'],
    after: passes('base.yml: the only service passes'),
  },
  {
    name: 'ports-in-both-files',
    proves: 'binds a port written in both files to loopback in both',
    fixed: ['ports-loopback [web]'],
    after: ONLY,
  },
  {
    name: 'port-long-and-short',
    proves: 'binds a port written long in one file and short in the other in both files',
    fixed: ['ports-loopback [web]'],
    after: ONLY,
  },
  {
    name: 'override-reset',
    proves: 'leaves the base ports an override drops with !reset, fixing the override only',
    fixed: ['no-privileged [web]'],
    after: ONLY,
  },
  {
    name: 'override-replace',
    proves: 'fixes only the ports an override sets with !override, leaving the replaced ones',
    fixed: ['ports-loopback [web]'],
    after: ONLY,
  },
  {
    name: 'anchor-shared',
    proves: 'writes into the service a value its shared <<: *base gives, leaving the anchor',
    fixed: ['no-privileged [api]'],
    after: oneLeft('2: high no-privileged [worker] true (from &base, line 2)'),
  },
  {
    name: 'anchor-inline-once',
    proves: 'writes into a block written in place under <<: &only, which no other service merges',
    fixed: ['user-non-root [cache]', 'read-only-rootfs [cache]'],
    after: ONLY,
  },
  {
    name: 'merge-two-anchors',
    proves: 'writes values merged from <<: [*a, *b] into each service, leaving both anchors',
    fixed: ['no-privileged [app]', 'no-privileged [worker]', 'ports-loopback [app]'],
    after: BOTH,
    // The port copied out of &web-ports is written `- 127.0.0.1:8080:80`: the double quotes of
    // the entry it stands for ("8080:80") are dropped.
    knownDifference: 'the port copied from the anchor loses its double quotes',
  },
  {
    name: 'extends-same-file',
    proves: 'writes into the extending service a value it inherits, leaving the base service',
    fixed: ['no-privileged [job]'],
    after: oneLeft('4: high no-privileged [base] true'),
  },
  {
    name: 'extends-file',
    proves: 'writes into the service a value it inherits through extends: file:, not the file',
    fixed: ['no-privileged [app]'],
    after: ONLY,
  },
  {
    name: 'absent-setting-image-file',
    proves: 'adds settings set nowhere to the -f file that gives the image, not the first one',
    fixed: ['no-new-privileges [api]', 'cap-drop-all [api]'],
    after: passes('base.yml: the only service passes'),
  },
  {
    name: 'include-only',
    proves: 'writes a service defined only in an included file into that file',
    fixed: ['no-privileged [db]'],
    after: BOTH,
  },
  {
    name: 'cap-drop-two-files',
    proves: 'sets cap_drop merged from two files in the later one, keeping the earlier file',
    fixed: ['cap-drop-all [proxy]'],
    after: passes('base.yml: the only service passes'),
  },
  {
    name: 'cap-add-spellings',
    proves: 'writes each capability once across both files, however each file spells it',
    fixed: ['cap-add-minimal [web]'],
    after: ONLY,
  },
  {
    name: 'variable-port',
    proves: 'binds ports written with ${VAR:-default} to loopback and keeps the variable',
    fixed: ['ports-loopback [web]'],
    after: ONLY,
  },
  {
    name: 'variable-long-port',
    proves: 'adds host_ip to a long-syntax port whose published port is a variable',
    fixed: ['ports-loopback [web]'],
    after: ONLY,
  },
  {
    name: 'variable-kept',
    proves: 'leaves a value written as a variable and still fixes the literal one beside it',
    fixed: ['no-privileged [debug]'],
    after: oneLeft(
      '4: high no-privileged [fuse] true (from ${FUSE_PRIVILEGED})',
      '; it comes from a ${VAR}: change it there',
    ),
  },
  {
    name: 'dotenv-known',
    proves: 'uses .env to know the image (postgres caps) and the port, keeping the variables',
    fixed: ['cap-drop-all [db]', 'cap-drop-all [web]', 'ports-loopback [web]'],
    after: BOTH,
  },
  {
    name: 'crlf-override-only',
    proves: 'keeps CRLF in the override and LF in the base, each written where its value is',
    fixed: ['no-privileged [web]', 'cap-drop-all [web]', 'ports-loopback [web]'],
    after: ONLY,
  },
  {
    name: 'bom',
    proves: 'keeps the byte order mark of a file it edits',
    fixed: ['cap-drop-all [app]', 'ports-loopback [app]'],
    after: ONLY,
  },
  {
    name: 'doc-start',
    proves: 'keeps a --- document start and the comment below it',
    fixed: ['no-privileged [app]', 'cap-drop-all [app]'],
    after: ONLY,
  },
  {
    name: 'list-styles',
    proves: 'keeps flow lists flow and unindented block lists unindented, at four spaces',
    fixed: [
      'cap-drop-all [web]',
      'ports-loopback [web]',
      'no-new-privileges [web]',
      'cap-drop-all [worker]',
      'ports-loopback [worker]',
      'no-new-privileges [worker]',
    ],
    after: BOTH,
  },
  {
    name: 'flow-lists-multiline',
    proves: 'keeps one item per line in flow lists written over several lines',
    fixed: ['cap-drop-all [web]', 'no-new-privileges [web]', 'ports-loopback [web]'],
    after: ONLY,
    // cap_drop becomes `[\n      ALL]` (its trailing comma and the line of its `]` are lost) and
    // the new security_opt item joins the line of the one before it.
    knownDifference: 'cap_drop and security_opt lose their one-item-per-line layout',
  },
  {
    name: 'flow-service',
    proves: 'edits a service written as a flow mapping in place',
    fixed: ['no-privileged [web]', 'ports-loopback [web]'],
    after: ONLY,
  },
  {
    name: 'yaml11-lookalikes',
    proves: 'binds "22:22" and 2222:22 keeping their quoting, and leaves yes/no/on untouched',
    fixed: ['ports-loopback [sshd]'],
    after: ONLY,
    warnings: [
      'compose.yaml:10: warning (BASE_60): port 2222:22 of sshd is not quoted: Compose v1 and' +
        ' other YAML 1.1 readers take it for the number 133342; write "2222:22"',
    ],
  },
  {
    name: 'compose-file-env',
    proves: 'reads the files COMPOSE_FILE names, split on :, and leaves compose.yaml alone',
    fixed: ['ports-loopback [cache]', 'no-privileged [cache]'],
    after: passes('compose.base.yml: the only service passes'),
  },
];

describe('apply writes each change where the stack sets it, byte for byte', () => {
  it('has a test for every fixture folder', () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).sort()).toEqual(CASES.map((c) => c.name).sort());
  });

  for (const fidelity of CASES) {
    const test = fidelity.knownDifference ? it.fails : it;
    test(fidelity.proves, () => runCase(fidelity));
  }

  it('writes one service of a stack with 900 aliases and leaves every other byte', () => {
    const dir = tempStack({ 'compose.yaml': aliasStack(300) });
    const check = () => runCli(['check', '--rule', 'no-privileged'], { cwd: dir });
    const finding = ' no-privileged [svc-150] ';
    expect(check().stdout).toContain(finding);

    const args = ['--rule', 'no-privileged', '--service', 'svc-150'];
    const run = runCli(['apply', '--yes', '--no-backup', ...args], { cwd: dir });

    expect(run).toEqual({ code: 0, stdout: 'Wrote 1 change to compose.yaml\n', stderr: '' });
    const written = readFileSync(path.join(dir, 'compose.yaml'), 'utf8');
    expect(serviceBlock(written, 'svc-150')).toBe(
      [
        '  svc-150:',
        '    <<: *base',
        '    image: acme/svc-150:1',
        '    privileged: false',
        '    environment: *env',
        '    labels: *labels',
        '',
      ].join('\n'),
    );
    expect(written).toBe(aliasStack(300, 'svc-150'));
    const again = check();
    expect(again.code).toBe(1);
    expect(again.stdout).not.toContain(finding);
    expect(
      again.stdout.split('\n').filter((line) => line.includes(' no-privileged [')),
    ).toHaveLength(299);
  });
});

/** Runs check, apply and check again on a copy of the case's stack, and compares every file. */
function runCase({ name, fixed, after, warnings = [] }: FidelityCase): void {
  const root = path.join(FIXTURES, name);
  const dir = tempStack({});
  cpSync(path.join(root, 'input'), dir, { recursive: true });
  const args = readFileSync(path.join(root, 'args'), 'utf8').trim().split(/\s+/);
  const env = readEnv(path.join(root, 'env'));
  const checkArgs = withoutService(args);

  const before = runCli(['check', ...checkArgs], { cwd: dir, env });
  expect(before.code).toBe(1);
  for (const finding of fixed) expect(before.stdout).toContain(` ${finding} `);

  const apply = runCli(['apply', '--yes', '--no-backup', ...args], { cwd: dir, env });
  const expected = filesUnder(path.join(root, 'expected'));
  const changed = expected.filter((file) => !sameFile(root, file));
  expect(apply.stderr).toBe(warnings.map((line) => `${line}\n`).join(''));
  expect(apply.code).toBe(0);
  expect(writtenFiles(apply.stdout)).toEqual(changed);

  const again = runCli(['check', ...checkArgs], { cwd: dir, env });
  expect({ code: again.code, stdout: again.stdout.split('\n').slice(0, -1) }).toEqual(after);
  for (const finding of fixed) expect(again.stdout).not.toContain(` ${finding} `);

  // The stack holds exactly the expected files: no backup or temp file is left behind.
  expect(filesUnder(dir)).toEqual(expected);
  for (const file of expected.filter((f) => !changed.includes(f))) {
    expect(readFileSync(path.join(dir, file)), `${file} must be untouched`).toEqual(
      readFileSync(path.join(root, 'input', file)),
    );
  }
  for (const file of changed) {
    const want = readFileSync(path.join(root, 'expected', file), 'utf8');
    expect(readFileSync(path.join(dir, file), 'utf8'), `${file} as written`).toBe(want);
  }
}

/** The files of a folder, relative to it, with / between folders, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

function sameFile(root: string, file: string): boolean {
  const input = path.join(root, 'input', file);
  if (!existsSync(input)) return false;
  return readFileSync(input).equals(readFileSync(path.join(root, 'expected', file)));
}

/** The files `Wrote N changes to a, b` names, sorted. */
function writtenFiles(stdout: string): string[] {
  const match = /^Wrote \d+ changes? to (.+)\n$/.exec(stdout);
  expect(match, `apply said: ${stdout}`).not.toBeNull();
  return (match?.[1] ?? '').split(', ').sort();
}

function withoutService(args: readonly string[]): string[] {
  return args.filter((arg, i) => arg !== '--service' && args[i - 1] !== '--service');
}

function readEnv(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return Object.fromEntries(
    lines.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]),
  );
}

/**
 * `count` services that each merge one anchor and name two more (three aliases each), far past
 * yaml's default limit of 100 aliases; `hardened` names the service given `privileged: false`.
 */
function aliasStack(count: number, hardened?: string): string {
  const lines = [
    '# Generated: every service shares the same blocks.',
    'x-base: &base',
    '  privileged: true',
    '  restart: unless-stopped',
    'x-env: &env',
    '  TZ: UTC',
    'x-labels: &labels',
    '  team: "platform"',
    '',
    'services:',
  ];
  for (let i = 0; i < count; i++) {
    const name = `svc-${String(i).padStart(3, '0')}`;
    lines.push(`  ${name}:`, '    <<: *base', `    image: acme/${name}:1`);
    if (name === hardened) lines.push('    privileged: false');
    lines.push('    environment: *env', '    labels: *labels');
  }
  return `${lines.join('\n')}\n`;
}

/** The lines of one service, from its key to the next service's key. */
function serviceBlock(text: string, name: string): string {
  const start = text.indexOf(`\n  ${name}:\n`) + 1;
  const end = text.indexOf('\n  svc-', start + 1) + 1;
  return text.slice(start, end);
}
