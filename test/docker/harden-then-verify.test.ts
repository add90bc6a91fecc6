import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempStack } from '../helpers/run-cli.js';
import {
  BUSYBOX_PRESET,
  type ComposeCli,
  compose,
  engineOrSkip,
  findCompose,
  removeProject,
} from './engine.js';

const noEngine = await engineOrSkip('test/docker/harden-then-verify');

const PROJECT = `compose-harden-test-${process.pid}-e2e`;

const LOOSE = [
  '# A service as people first write it.',
  'services:',
  '  app:',
  '    image: compose-harden-test/busybox:1',
  '    command: sleep 3600',
  '    network_mode: none',
  '    ports:',
  '      - "18095:8080" # the health endpoint',
  '    cap_add: [NET_ADMIN]',
  '',
].join('\n');

describe.skipIf(noEngine !== undefined)('the main job, end to end on a real engine', () => {
  const dir = tempStack({ 'compose.yaml': LOOSE });
  const file = path.join(dir, 'compose.yaml');
  mkdirSync(path.join(dir, 'presets'));
  writeFileSync(path.join(dir, 'presets', 'test-busybox.yaml'), BUSYBOX_PRESET);
  let cli: ComposeCli | undefined;

  afterAll(async () => {
    if (cli) await removeProject(cli, PROJECT, file);
  });

  it('verify fails the loose stack, passes once apply has hardened it and it is recreated', async () => {
    cli = await findCompose();
    if (!cli) throw new Error('docker-compose vanished since the check');
    await compose(cli, PROJECT, file, ['up', '-d']);
    const before = runCli(['verify', '-p', PROJECT, '--format', 'json'], { cwd: dir });
    expect(before.code).toBe(1);
    expect(JSON.parse(before.stdout).outcome).toBe('fail');

    const applied = runCli(['apply', '--yes', '--presets', 'presets'], { cwd: dir });
    expect(applied.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(
      '      - "127.0.0.1:18095:8080" # the health endpoint\n',
    );

    const stale = runCli(['verify', '-p', PROJECT, '--format', 'json'], { cwd: dir });
    expect(stale.code).toBe(1);
    expect(JSON.parse(stale.stdout).outcome).toBe('stale');
    // The hint recreates with the files and project verify read, not Compose's defaults.
    const hints = new Set(
      (JSON.parse(stale.stdout) as VerifyJson).services.flatMap((s) =>
        s.containers.flatMap((c) => c.rules.flatMap((r) => (r.hint ? [r.hint] : []))),
      ),
    );
    expect([...hints][0]).toMatch(
      new RegExp(
        `^recreate it with \`docker compose -f compose\\.yaml -p ${PROJECT} up -d \\w+\`$`,
      ),
    );

    await compose(cli, PROJECT, file, ['up', '-d']);
    const after = runCli(['verify', '-p', PROJECT], { cwd: dir });
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    // The engine runs on this machine: its processes are read from /proc, unless told not to.
    expect(after.stdout).toMatch(/\(running; read inspect, the host's \/proc\)\n/);
    const viaEngine = runCli(['verify', '-p', PROJECT, '--engine-only'], { cwd: dir });
    expect(viaEngine.code).toBe(0);
    expect(viaEngine.stdout).toMatch(/\(running; read inspect, top, \/proc\/1\/status\)\n/);
  }, 180_000);

  it('calls a project with no running container an error, not a pass', () => {
    const run = runCli(['verify', '-p', `${PROJECT}-typo`], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `compose-harden: compose.yaml: no container of project "${PROJECT}-typo" is running (start it with docker compose up -d, or name the project with -p)\n`,
    );
  });

  it('names the engine it cannot reach, in one line, with exit 2', () => {
    const run = runCli(['verify', '-p', PROJECT], {
      cwd: dir,
      env: { DOCKER_HOST: `unix://${path.join(dir, 'no-such.sock')}` },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^compose-harden: cannot reach the Docker engine at unix:\/\/.*no-such\.sock/,
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

interface VerifyJson {
  services: { containers: { rules: { hint?: string }[] }[] }[];
}
