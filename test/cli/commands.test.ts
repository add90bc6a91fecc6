import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';

const LOOSE =
  'services:\n  cache:\n    image: redis:7\n    privileged: true # why?\n    ports:\n      - "6379:6379"\n';
const HARDENED = [
  'services:',
  '  cache:',
  '    image: redis:7',
  '    user: "999:999"',
  '    security_opt: [no-new-privileges:true]',
  '    cap_drop: [ALL]',
  '    read_only: true',
  '    ports: ["127.0.0.1:6379:6379"]',
  '    restart: unless-stopped',
  '    mem_limit: 256m',
  '    cpus: 0.5',
  '    pids_limit: 128',
  '    healthcheck:',
  '      test: [CMD, redis-cli, ping]',
  '',
].join('\n');

describe('check', () => {
  it('exits 1 and lists each failing rule with its line as JSON', () => {
    const dir = tempStack({ 'compose.yaml': LOOSE });
    const run = runCli(['check', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const rows = report.findings.map((f: { rule: string; line: number }) => `${f.line} ${f.rule}`);
    expect(rows).toEqual([
      '2 user-non-root',
      '2 no-new-privileges',
      '2 cap-drop-all',
      '2 read-only-rootfs',
      '6 ports-loopback',
      '4 no-privileged',
      '2 memory-limit',
      '2 cpu-limit',
      '2 pids-limit',
      '2 healthcheck',
      '2 restart-policy',
      '3 image-pinned',
    ]);
    expect(report.findings[5]).toEqual({
      file: 'compose.yaml',
      line: 4,
      service: 'cache',
      rule: 'no-privileged',
      severity: 'high',
      current: 'true',
      recommended: 'false',
      message: 'privileged grants every capability and host device',
      fixable: true,
    });
    expect(report.summary).toEqual({
      total: 12,
      services: 1,
      servicesChecked: 1,
      critical: 0,
      high: 3,
      medium: 4,
      low: 4,
      info: 1,
      suppressed: 0,
    });
    expect(report.suppressed).toEqual([]);
  });

  it('exits 0 on a hardened stack, still listing info findings', () => {
    const dir = tempStack({ 'compose.yaml': HARDENED });
    const run = runCli(['check', '--no-color'], { cwd: dir });
    expect(run.stdout).toBe(
      'compose.yaml:3: info image-pinned [cache] redis:7 -> name:tag@sha256:digest: tag 7 can be moved; a digest makes the pull repeatable\n' +
        'compose.yaml: the only service passes; 1 info\n',
    );
    expect(run.code).toBe(0);
  });
});

describe('apply', () => {
  it('refuses to write without --yes when not on a terminal', () => {
    const dir = tempStack({ 'compose.yaml': LOOSE });
    const run = runCli(['apply'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/refusing to write without --yes/);
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(LOOSE);
  });

  it('prints the diff with --dry-run and writes nothing', () => {
    const dir = tempStack({ 'compose.yaml': LOOSE });
    const run = runCli(['apply', '--dry-run'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\n-    privileged: true # why?\n');
    expect(run.stdout).toContain('\n+    privileged: false # why?\n');
    expect(run.stdout).toMatch(/^--- a\/compose\.yaml\n\+\+\+ b\/compose\.yaml\n/);
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(LOOSE);
    expect(existsSync(path.join(dir, 'compose.yaml.bak'))).toBe(false);
  });

  it('writes the hardened file with --yes and keeps a backup', () => {
    const dir = tempStack({ 'compose.yaml': LOOSE });
    const run = runCli(['apply', '--yes'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(
      [
        'services:',
        '  cache:',
        '    image: redis:7',
        '    user: "999:999"',
        '    privileged: false # why?',
        '    security_opt:',
        '      - no-new-privileges:true',
        '    cap_drop:',
        '      - ALL',
        '    read_only: true',
        '    ports:',
        '      - "127.0.0.1:6379:6379"',
        '',
      ].join('\n'),
    );
    expect(readFileSync(path.join(dir, 'compose.yaml.bak'), 'utf8')).toBe(LOOSE);
    // Limits, health check and restart policy are offered but left for a person to choose.
    const again = runCli(['apply', '--dry-run'], { cwd: dir });
    expect(again.stdout).toBe('compose.yaml: nothing to change\n');
  });

  it('takes only the rules named with --rule', () => {
    const dir = tempStack({ 'compose.yaml': LOOSE });
    runCli(['apply', '--yes', '--no-backup', '--rule', 'no-privileged'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'compose.yaml'), 'utf8')).toBe(
      LOOSE.replace('true #', 'false #'),
    );
    expect(existsSync(path.join(dir, 'compose.yaml.bak'))).toBe(false);
  });
});

describe('the wizard without a terminal', () => {
  it('points to the non-interactive commands and exits 2', () => {
    const dir = tempStack({ 'compose.yaml': LOOSE });
    const run = runCli([], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'compose-harden: the wizard needs an interactive terminal (in scripts and CI use `compose-harden check` or `compose-harden apply --yes`)\n',
    );
  });
});

describe('a service that extends another file', () => {
  it('is judged with what it inherits, and a missing base file is one clear line', () => {
    const dir = tempStack({
      'compose.yaml':
        'services:\n  web:\n    image: nginx\n    extends:\n      file: base.yml\n      service: web\n',
      'base.yml': 'services:\n  web:\n    privileged: true\n',
    });
    const run = runCli(['check', '--rule', 'no-privileged'], { cwd: dir });
    expect(run.stdout).toContain('base.yml:3: high no-privileged [web]');
    expect(run.code).toBe(1);

    rmSync(`${dir}/base.yml`);
    const missing = runCli(['check'], { cwd: dir });
    expect(missing.stderr).toBe(
      'compose-harden: compose.yaml:4: extends: cannot read base.yml: file not found ' +
        '(check the path in extends: file:, which is relative to this file)\n',
    );
    expect(missing.code).toBe(2);
  });
});

describe('warnings about the file', () => {
  it('says a service with neither image nor build is one Compose refuses', () => {
    const dir = tempStack({ 'compose.yaml': 'services:\n  web:\n    image:\n    ports: [80]\n' });
    const run = runCli(['check'], { cwd: dir });
    expect(run.stderr).toBe(
      'compose.yaml:2: warning (NO_IMAGE): service web has neither an image nor a build; Docker Compose refuses it\n',
    );
  });
});

describe('apply and ignored findings', () => {
  it('does not count an ignored finding among the changes left to choose', () => {
    const text = [
      'services:',
      '  # compose-harden: ignore memory-limit, cpu-limit, pids-limit, healthcheck, restart-policy -- sized by the host',
      '  cache:',
      '    image: redis:7',
      '',
    ].join('\n');
    const dir = tempStack({ 'compose.yaml': text });
    const run = runCli(['apply', '--dry-run'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('an override file beside the compose file', () => {
  it('is merged as Docker Compose merges it, and its findings name it', () => {
    const dir = tempStack({
      'compose.yaml': HARDENED,
      'compose.override.yaml': 'services:\n  cache:\n    privileged: true\n',
    });
    const run = runCli(['check', '--rule', 'no-privileged'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('compose.override.yaml:3: high no-privileged [cache]');
    expect(run.code).toBe(1);
  });
});
