import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';
import {
  BUSYBOX_PRESET,
  type ComposeCli,
  composeFiles,
  engineOrSkip,
  findCompose,
  removeProject,
} from './engine.js';

const noEngine = await engineOrSkip('test/docker/override-then-verify');

const PROJECT = `compose-harden-test-${process.pid}-override`;

const BASE = [
  'services:',
  '  app:',
  '    image: compose-harden-test/busybox:1',
  '    command: sleep 3600',
  '    network_mode: none',
  '    user: "1000:1000"',
  '',
].join('\n');

/** What a local override often adds: root "to debug", a port, a capability. */
const OVERRIDE = [
  'services:',
  '  app:',
  '    user: root # debugging',
  '    ports:',
  '      - "18096:8080"',
  '',
].join('\n');

describe.skipIf(noEngine !== undefined)('a stack with an override file, on a real engine', () => {
  const dir = tempStack({ 'compose.yaml': BASE, 'compose.override.yaml': OVERRIDE });
  const files = ['compose.yaml', 'compose.override.yaml'].map((name) => path.join(dir, name));
  mkdirSync(path.join(dir, 'presets'));
  writeFileSync(path.join(dir, 'presets', 'test-busybox.yaml'), BUSYBOX_PRESET);
  let cli: ComposeCli | undefined;

  afterAll(async () => {
    if (cli) await removeProject(cli, PROJECT, files[0] as string);
  });

  it('sees the override the containers run with, fixes it there, and passes once recreated', async () => {
    cli = await findCompose();
    if (!cli) throw new Error('docker-compose vanished since the check');
    await composeFiles(cli, PROJECT, files, ['up', '-d']);

    // The override's root is what runs: verify must see it, as check does.
    const before = runCli(['verify', '-p', PROJECT, '--format', 'json'], { cwd: dir });
    expect(before.code).toBe(1);
    const container = JSON.parse(before.stdout).services[0].containers[0];
    const rule = (id: string) => container.rules.find((r: { rule: string }) => r.rule === id);
    expect(container.outcome).toBe('fail');
    expect(rule('user-non-root').evidence.slice(0, 2)).toEqual([
      'the file sets user "root"',
      'Config.User is "root"',
    ]);
    expect(rule('ports-loopback').evidence[0]).toBe(
      'the file publishes "18096:8080" beyond loopback',
    );

    const applied = runCli(['apply', '--yes', '--no-backup', '--presets', 'presets'], { cwd: dir });
    expect(applied.stdout).toContain('to compose.yaml, compose.override.yaml');
    expect(applied.code).toBe(0);
    expect(readFileSync(files[1] as string, 'utf8')).toBe(
      [
        'services:',
        '  app:',
        '    user: "1000:1000" # debugging',
        '    ports:',
        '      - "127.0.0.1:18096:8080"',
        '',
      ].join('\n'),
    );

    await composeFiles(cli, PROJECT, files, ['up', '-d']);
    const after = runCli(['verify', '-p', PROJECT], { cwd: dir });
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
  }, 180_000);
});
