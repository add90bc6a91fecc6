import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';
import { sarifSchemaErrors } from '../report/sarif-schema.js';

const STACK = [
  'services:',
  '  # compose-harden: ignore ports-loopback -- behind the host firewall',
  '  web:',
  '    image: nginx:1.27',
  '    ports:',
  '      - "8080:80"',
  '  cache:',
  '    image: redis:7',
  '    privileged: true',
  '',
].join('\n');

/** Rules whose findings on STACK these tests pin down; rules added later leave them alone. */
const ONLY = [
  '--rule',
  'ports-loopback',
  '--rule',
  'no-privileged',
  '--rule',
  'suppression-reason',
];

const json = (dir: string, args: string[] = []) => {
  const run = runCli(['check', '--format', 'json', ...ONLY, ...args], { cwd: dir });
  return { ...run, report: run.stdout ? JSON.parse(run.stdout) : undefined };
};

describe('check', () => {
  it('prints findings and the suppressed ones as text and exits 1', () => {
    const dir = tempStack({ 'compose.yaml': STACK });
    const run = runCli(['check', ...ONLY], { cwd: dir });
    expect(run.stdout).toBe(
      [
        'compose.yaml:9: high no-privileged [cache] true -> false: privileged grants every capability and host device',
        'compose.yaml:6: suppressed ports-loopback [web]: behind the host firewall',
        '1 finding in 1 of 2 services (1 high); 1 suppressed; score 90/100 (A)',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('exits 0 when every finding left is suppressed with a reason', () => {
    const dir = tempStack({ 'compose.yaml': STACK });
    const run = runCli(['check', '--rule', 'ports-loopback'], { cwd: dir });
    expect(run.stdout).toBe(
      'compose.yaml:6: suppressed ports-loopback [web]: behind the host firewall\n' +
        'compose.yaml: all 2 services pass; 1 suppressed\n',
    );
    expect(run.code).toBe(0);
  });

  it('reports an ignore without a reason as a low finding of its own', () => {
    const dir = tempStack({ 'compose.yaml': STACK.replace(' -- behind the host firewall', '') });
    const { report, code } = json(dir);
    expect(code).toBe(1);
    expect(
      report.findings.map((f: { rule: string; line: number }) => `${f.line} ${f.rule}`),
    ).toEqual(['9 no-privileged', '2 suppression-reason']);
    expect(report.suppressed[0]).toMatchObject({ rule: 'ports-loopback', reason: null });
  });

  it('validates --rule and --severity before reading anything, with a suggestion', () => {
    const dir = tempStack({});
    expect(runCli(['check', '--rule', 'cap-drop'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'compose-harden: unknown rule cap-drop; did you mean cap-drop-all? (`compose-harden explain` lists the rules)\n',
    });
    const severity = runCli(['check', '--severity', 'hgh'], { cwd: dir });
    expect(severity.code).toBe(2);
    expect(severity.stderr).toMatch(/^compose-harden: unknown severity hgh; did you mean high\?/);
  });

  it('reports only findings at the --severity level or above', () => {
    const dir = tempStack({ 'compose.yaml': STACK.replace(' -- behind the host firewall', '') });
    const { report } = json(dir, ['--severity', 'medium']);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['no-privileged']);
  });

  it('rejects an unknown --format with the choices', () => {
    const run = runCli(['check', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/argument 'xml' is invalid.*text, json, sarif/);
  });

  it('stops at a malformed ignore comment, naming its line', () => {
    const dir = tempStack({
      'compose.yaml': STACK.replace('ignore ports-loopback', 'ignore port-loopback'),
    });
    const run = runCli(['check'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^compose-harden: compose\.yaml:2: unknown rule port-loopback; did you mean ports-loopback\?/,
    );
  });
});

describe('check --format sarif', () => {
  it('writes a SARIF 2.1.0 log that validates against the schema', () => {
    const dir = tempStack({});
    mkdirSync(path.join(dir, 'deploy'));
    writeFileSync(path.join(dir, 'deploy', 'compose.yaml'), STACK);
    const run = runCli(['check', '-f', 'deploy/compose.yaml', '--format', 'sarif'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const log = JSON.parse(run.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const results = log.runs[0].results;
    const privileged = results.find((r: { ruleId: string }) => r.ruleId === 'no-privileged');
    expect(privileged.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'deploy/compose.yaml' },
      region: { startLine: 9 },
    });
    expect(privileged.level).toBe('error');
  });

  it('writes a valid log with no results for a hardened stack, and exits 0', () => {
    const dir = tempStack({
      'compose.yaml': 'services:\n  app:\n    image: a\n    privileged: false\n',
    });
    const run = runCli(['check', '--format', 'sarif', '--rule', 'no-privileged'], { cwd: dir });
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(7);
  });
});

describe('.compose-harden.yaml', () => {
  it('suppresses with the reasons it gives and sets the severity threshold', () => {
    const config = [
      'severity: medium',
      'ignore:',
      '  cache:',
      '    no-privileged: the fuse mount needs it',
      '',
    ].join('\n');
    const dir = tempStack({ 'compose.yaml': STACK, '.compose-harden.yaml': config });
    const { report, code, stderr } = json(dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(
      report.suppressed.map((s: { rule: string; reason: string }) => [s.rule, s.reason]),
    ).toEqual([
      ['ports-loopback', 'behind the host firewall'],
      ['no-privileged', 'the fuse mount needs it'],
    ]);
    expect(report.suppressed[1]).toMatchObject({
      suppressedBy: 'config',
      suppressedAt: { file: '.compose-harden.yaml', line: 4 },
    });
  });

  it('lets --severity override the threshold of the config', () => {
    const config = 'severity: high\nignore:\n  cache: [no-privileged]\n';
    const dir = tempStack({ 'compose.yaml': STACK, '.compose-harden.yaml': config });
    expect(json(dir).report.findings).toEqual([]);
    const low = json(dir, ['--severity', 'low']).report;
    expect(low.findings).toEqual([
      expect.objectContaining({
        file: '.compose-harden.yaml',
        line: 3,
        rule: 'suppression-reason',
        current: 'ignore.cache: [no-privileged]',
      }),
    ]);
  });

  it('is read from the folder of the compose file and takes its presets from there', () => {
    const dir = tempStack({});
    mkdirSync(path.join(dir, 'stack', 'presets'), { recursive: true });
    writeFileSync(path.join(dir, 'stack', 'compose.yaml'), STACK);
    writeFileSync(path.join(dir, 'stack', '.compose-harden.yaml'), 'presets: presets\n');
    const run = runCli(['check', '-f', 'stack/compose.yaml', '--rule', 'no-privileged'], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    writeFileSync(path.join(dir, 'stack', '.compose-harden.yaml'), 'presets: missing\n');
    const missing = runCli(['check', '-f', 'stack/compose.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/stack\/missing: preset folder not found/);
  });

  it('names the file, line and field when the config is wrong', () => {
    const dir = tempStack({
      'compose.yaml': STACK,
      '.compose-harden.yaml': 'ignore:\n  web: [ports-loopbak]\n',
    });
    const run = runCli(['check'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^compose-harden: \.compose-harden\.yaml:2: ignore\.web\[0\]: unknown rule ports-loopbak; did you mean ports-loopback\? \(/,
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('warns on stderr about an ignore for a service the file does not have', () => {
    const dir = tempStack({
      'compose.yaml': STACK,
      '.compose-harden.yaml': 'ignore:\n  api: { all: retired }\n',
    });
    const run = runCli(['check', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('.compose-harden.yaml:2: warning: ignore names api, not a service\n');
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe('check of a port Compose v1 reads as a number', () => {
  it('warns on stderr with the line, and still judges the port', () => {
    const text = 'services:\n  ssh:\n    image: alpine:3.20\n    ports:\n      - 22:22\n';
    const run = runCli(['check', '--rule', 'ports-loopback'], {
      cwd: tempStack({ 'compose.yaml': text }),
    });
    expect(run.stderr).toBe(
      'compose.yaml:5: warning (BASE_60): port 22:22 of ssh is not quoted: Compose v1 and ' +
        'other YAML 1.1 readers take it for the number 1342; write "22:22"\n',
    );
    expect(run.stdout).toMatch(/^compose\.yaml:5: medium ports-loopback \[ssh\] 22:22 -> /);
    expect(run.code).toBe(1);
  });
});

describe('check with info findings', () => {
  it('prints them and still exits 0', () => {
    const dir = tempStack({ 'compose.yaml': 'services:\n  app:\n    image: redis:7\n' });
    const run = runCli(['check', '--rule', 'image-pinned'], { cwd: dir });
    expect(run.stdout).toMatch(/^compose\.yaml:3: info image-pinned \[app\] /);
    expect(run.code).toBe(0);
  });
});
