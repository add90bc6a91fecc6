import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPresets } from '../../src/presets/load.js';
import { runCli, tempStack } from '../helpers/run-cli.js';
import { presetYaml } from '../presets/temp-presets.js';

describe('presets', () => {
  it('lists every preset as a table with what it matches, its user and capabilities', () => {
    const run = runCli(['presets']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID +TITLE +USER +CAP_ADD +MATCHES$/);
    expect(lines).toHaveLength(loadPresets().length + 1);
    expect(lines.find((l) => l.startsWith('redis '))).toMatch(
      /^redis +Redis \(official image\) +999:999 +- +redis, \*\/library\/redis$/,
    );
    expect(lines.find((l) => l.startsWith('generic '))).toMatch(/every image no other preset/);
  });

  it('lists a user preset folder first, from --presets or the config in this folder', () => {
    const dir = tempStack({});
    mkdirSync(path.join(dir, 'mine'));
    writeFileSync(path.join(dir, 'mine', 'acme-backup.yaml'), presetYaml('acme-backup'));
    const fromFlag = runCli(['presets', '--presets', 'mine'], { cwd: dir });
    expect(fromFlag.stdout.split('\n')[1]).toMatch(/^acme-backup +Test preset acme-backup/);
    writeFileSync(path.join(dir, '.compose-harden.yaml'), 'presets: mine\n');
    expect(runCli(['presets'], { cwd: dir }).stdout).toBe(fromFlag.stdout);
  });

  it('prints the presets as JSON', () => {
    const run = runCli(['presets', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).presets).toEqual(loadPresets());
  });

  it('names a missing presets folder', () => {
    const run = runCli(['presets', '--presets', 'nowhere'], { cwd: tempStack({}) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nowhere: preset folder not found/);
  });
});

describe('explain', () => {
  it('prints the title, severity, rationale and the fix of a rule', () => {
    const run = runCli(['explain', 'no-privileged']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('no-privileged: Never run privileged');
    expect(run.stdout).toMatch(/\n {2}severity +high\n/);
    expect(run.stdout).toMatch(/\n {2}rationale +privileged: true gives the container/);
    expect(run.stdout).toMatch(/\nFix: \S/);
    expect(run.stdout).not.toContain('..');
    expect(run.stdout).toContain(
      '\nSee the change: compose-harden apply --rule no-privileged --dry-run\n' +
        'Ignore it for one service: # compose-harden: ignore no-privileged -- <reason>\n',
    );
  });

  it('explains the suppression-reason check as well', () => {
    const run = runCli(['explain', 'suppression-reason']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^suppression-reason: Say why a finding is ignored\n/);
    expect(run.stdout).toMatch(/\nFix: write the reason after --/);
    expect(run.stdout).not.toContain('See the change');
  });

  it('lists the rules when none is named', () => {
    const run = runCli(['explain']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^RULE +SEVERITY +TITLE\n/);
    expect(run.stdout).toMatch(/\nports-loopback +medium +Publish ports on loopback only\n/);
  });

  it('suggests the closest rule for an unknown one', () => {
    expect(runCli(['explain', 'port-loopback'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'compose-harden: unknown rule port-loopback; did you mean ports-loopback? (`compose-harden explain` lists the rules)\n',
    });
  });
});

describe('explain for a rule with no automatic fix', () => {
  it('offers no apply command and says when no CIS item applies', () => {
    const run = runCli(['explain', 'image-pinned', '--no-color']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n {2}CIS +none\n/);
    expect(run.stdout).not.toContain('compose-harden apply --rule image-pinned');
    expect(run.stdout).toContain('# compose-harden: ignore image-pinned -- <reason>');
  });
});
