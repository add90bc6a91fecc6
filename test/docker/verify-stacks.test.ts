import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { singleFileStack } from '../../src/compose/stack.js';
import { DockerApiError } from '../../src/docker/client.js';
import { createDockerClient } from '../../src/docker/dockerode-client.js';
import { formatJson } from '../../src/verify/format.js';
import { readHostProcesses } from '../../src/verify/host-proc.js';
import { exitCodeFor, runVerify } from '../../src/verify/run-verify.js';
import { type ComposeCli, compose, findCompose, removeProject, whyNoEngine } from './engine.js';
import {
  hardenedContainer,
  reportJson,
  service,
  staleContainer,
  unhardenedContainer,
} from './expected-reports.js';

const run = promisify(execFile);
const FIXTURES = join(import.meta.dirname, '../fixtures/verify');
const file = (name: string) => join(FIXTURES, name);

const noEngine = await whyNoEngine();
if (noEngine && process.env.CI) {
  throw new Error(`CI must run the Docker engine tests, but ${noEngine}`);
}
if (noEngine) process.stderr.write(`test/docker/verify-stacks: skipped: ${noEngine}\n`);

// Unique per run, so a crashed earlier run or a parallel one cannot be mistaken for ours.
const PROJECTS = {
  hardened: `compose-harden-test-${process.pid}-hardened`,
  unhardened: `compose-harden-test-${process.pid}-unhardened`,
  stale: `compose-harden-test-${process.pid}-stale`,
};

describe.skipIf(noEngine !== undefined)('verify against a real Docker engine', () => {
  const client = createDockerClient({ timeoutMs: 20_000 });
  let cli: ComposeCli;
  const name = (project: string, svc: string, n: number) => [project, svc, n].join(cli.separator);
  const verify = (project: string, fixture: string, host?: typeof readHostProcesses) =>
    runVerify({
      client,
      stack: singleFileStack(parseCompose(readFileSync(file(fixture), 'utf8'), fixture)),
      projectName: project,
      ...(host ? { host } : {}),
    });

  beforeAll(async () => {
    const found = await findCompose();
    if (!found) throw new Error('docker-compose vanished since the check');
    cli = found;
    await Promise.all([
      // idle is never started; a `run` container must be ignored.
      compose(cli, PROJECTS.hardened, file('hardened.yml'), [
        'up',
        '-d',
        '--scale',
        'worker=2',
        'web',
        'worker',
        'distroless',
      ]).then(() =>
        compose(cli, PROJECTS.hardened, file('hardened.yml'), [
          'run',
          '-d',
          'worker',
          'sleep',
          '3600',
        ]),
      ),
      compose(cli, PROJECTS.unhardened, file('unhardened.yml'), ['up', '-d']),
      // Brought up unhardened; the test verifies it against stale-after.yml.
      compose(cli, PROJECTS.stale, file('stale-before.yml'), ['up', '-d']),
    ]);
  }, 120_000);

  afterAll(async () => {
    if (!cli) return;
    await Promise.all([
      removeProject(cli, PROJECTS.hardened, file('hardened.yml')),
      removeProject(cli, PROJECTS.unhardened, file('unhardened.yml')),
      removeProject(cli, PROJECTS.stale, file('stale-before.yml')),
    ]);
  }, 120_000);

  it('passes every rule of the hardened stack, on each replica, and reports idle as not running', async () => {
    const project = PROJECTS.hardened;
    const report = await verify(project, 'hardened.yml');
    expect(formatJson(report)).toBe(
      reportJson({ project, engine: client.endpoint, outcome: 'pass' }, [
        service('distroless', 'pass', [
          hardenedContainer(name(project, 'distroless', 1), { ports: false, cat: false }),
        ]),
        service('idle', 'not-running', []),
        service('web', 'pass', [
          hardenedContainer(name(project, 'web', 1), { ports: true, cat: true }),
        ]),
        service('worker', 'pass', [
          hardenedContainer(name(project, 'worker', 1), { ports: false, cat: true }),
          hardenedContainer(name(project, 'worker', 2), { ports: false, cat: true }),
        ]),
      ]),
    );
    expect(exitCodeFor(report)).toBe(0);
  });

  it("reads the same facts from the host's /proc as top and cat do, even without cat", async () => {
    const project = PROJECTS.hardened;
    const report = await verify(project, 'hardened.yml', readHostProcesses);
    // The distroless image has no cat: through the engine it has no PID 1 status; on the host
    // it has, like every other container.
    const onHost = (container: ReturnType<typeof hardenedContainer>) => ({
      ...container,
      sources: ['inspect', 'host-proc'],
      rules: container.rules.map((rule) => ({
        ...rule,
        sources: [...new Set(rule.sources.map((s) => (s === 'inspect' ? s : 'host-proc')))],
      })),
    });
    const container = (svc: string, n: number, ports: boolean) =>
      onHost(hardenedContainer(name(project, svc, n), { ports, cat: true }));
    expect(formatJson(report)).toBe(
      reportJson({ project, engine: client.endpoint, outcome: 'pass' }, [
        service('distroless', 'pass', [container('distroless', 1, false)]),
        service('idle', 'not-running', []),
        service('web', 'pass', [container('web', 1, true)]),
        service('worker', 'pass', [container('worker', 1, false), container('worker', 2, false)]),
      ]),
    );

    const unhardened = await verify(PROJECTS.unhardened, 'unhardened.yml', readHostProcesses);
    const viaEngine = await verify(PROJECTS.unhardened, 'unhardened.yml');
    const evidence = (r: typeof report) =>
      r.services.flatMap((s) => s.containers.flatMap((c) => c.rules.map((rule) => rule.evidence)));
    expect(evidence(unhardened)).toEqual(evidence(viaEngine));
    expect(unhardened.services[0]?.containers[0]?.sources).toEqual(['inspect', 'host-proc']);
  });

  it('fails each rule of the unhardened stack with its evidence', async () => {
    // privileged: true is not in the fixture: runc cannot start a privileged container where
    // dockerd's own bounding set lacks a capability (as in this sandbox); unit tests cover it.
    const project = PROJECTS.unhardened;
    const report = await verify(project, 'unhardened.yml');
    expect(formatJson(report)).toBe(
      reportJson({ project, engine: client.endpoint, outcome: 'fail' }, [
        service('app', 'fail', [unhardenedContainer(name(project, 'app', 1))]),
      ]),
    );
    expect(exitCodeFor(report)).toBe(1);
  });

  it('reports containers created before the file was hardened as stale', async () => {
    const project = PROJECTS.stale;
    const report = await verify(project, 'stale-after.yml');
    expect(formatJson(report)).toBe(
      reportJson({ project, engine: client.endpoint, outcome: 'stale' }, [
        service('web', 'stale', [staleContainer(name(project, 'web', 1))]),
      ]),
    );
    expect(exitCodeFor(report)).toBe(1);
  });

  it('leaves the containers as it found them', async () => {
    const label = `label=com.docker.compose.project=${PROJECTS.unhardened}`;
    const snapshot = async () => {
      const { stdout: ids } = await run('docker', ['ps', '-aq', '--no-trunc', '--filter', label]);
      const format = '{{.Id}} {{.State.StartedAt}} {{.RestartCount}} {{.State.Status}}';
      const { stdout: state } = await run('docker', [
        'inspect',
        '-f',
        format,
        ...ids.split('\n').filter(Boolean),
      ]);
      const diffs = await Promise.all(
        ids
          .split('\n')
          .filter(Boolean)
          .map((id) => run('docker', ['diff', id])),
      );
      return [state, ...diffs.map((diff) => diff.stdout)];
    };
    const before = await snapshot();
    await verify(PROJECTS.unhardened, 'unhardened.yml');
    expect(await snapshot()).toEqual(before);
  });

  it('turns an unknown container into a DockerApiError 404, not a connection error', async () => {
    const error = await client.inspect('compose-harden-test-no-such-container').catch((e) => e);
    expect(error).toBeInstanceOf(DockerApiError);
    expect((error as DockerApiError).statusCode).toBe(404);
  });
});
