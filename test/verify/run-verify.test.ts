import { describe, expect, it } from 'vitest';
import { parseCompose } from '../../src/compose/document.js';
import { singleFileStack } from '../../src/compose/stack.js';
import type { ContainerSummary, DockerClient, ExecOutput } from '../../src/docker/client.js';
import { exitCodeFor, runVerify } from '../../src/verify/run-verify.js';
import { inspect, procStatus } from './fixtures.js';

const COMPOSE = parseCompose(
  [
    'services:',
    '  web:',
    '    image: nginx',
    '    user: "1000:1000"',
    '    security_opt: [no-new-privileges:true]',
    '    cap_drop: [ALL]',
    '    read_only: true',
    '    tmpfs: [/tmp]',
    '    ports: ["127.0.0.1:8080:80"]',
    '  cron:',
    '    image: cron',
    '',
  ].join('\n'),
  'compose.yaml',
);

const container = (name: string, service: string, state = 'running', oneOff = false) =>
  ({ id: name, name, service, state, oneOff }) satisfies ContainerSummary;

/** The engine as plain data: each container answers with the same hardened facts. */
function engine(
  containers: ContainerSummary[],
  exec?: ExecOutput,
): DockerClient & { execs: string[] } {
  const execs: string[] = [];
  return {
    endpoint: 'unix:///var/run/docker.sock',
    execs,
    listContainers: async () => containers,
    inspect: async (id) => ({ ...inspect(), Id: id, Name: `/${id}` }),
    top: async () => ({ Titles: ['PID', 'UID', 'COMMAND'], Processes: [['10', '1000', 'nginx']] }),
    exec: async (id, command) => {
      execs.push(`${id}: ${command.join(' ')}`);
      return exec ?? { exitCode: 0, stdout: procStatus(), stderr: '' };
    },
  };
}

describe('runVerify', () => {
  it('checks every replica, ignores run containers, and reports a service with none running', async () => {
    const client = engine([
      container('shop_web_2', 'web'),
      container('shop_web_1', 'web'),
      container('shop_web_run_0a1b', 'web', 'running', true),
      container('shop_old_1', 'old'),
    ]);
    const report = await runVerify({
      client,
      stack: singleFileStack(COMPOSE),
      projectName: 'shop',
    });
    expect(
      report.services.map((s) => [s.service, s.outcome, s.containers.map((c) => c.name)]),
    ).toEqual([
      ['cron', 'not-running', []],
      ['web', 'pass', ['shop_web_1', 'shop_web_2']],
    ]);
    expect(client.execs.sort()).toEqual([
      'shop_web_1: cat /proc/1/status',
      'shop_web_2: cat /proc/1/status',
    ]);
    expect(exitCodeFor(report)).toBe(0);
  });

  it('reports an exited replica as not running without failing it', async () => {
    const client = engine([
      container('shop_web_1', 'web'),
      container('shop_web_2', 'web', 'exited'),
    ]);
    const report = await runVerify({
      client,
      stack: singleFileStack(COMPOSE),
      projectName: 'shop',
    });
    const web = report.services.find((s) => s.service === 'web');
    expect(web?.replicas).toEqual({ expected: null, running: 1 });
    expect(web?.containers.map((c) => c.outcome)).toEqual(['pass', 'not-running']);
    expect(exitCodeFor(report)).toBe(0);
  });

  it('falls back to inspect and top when the image has no cat, and says so', async () => {
    const missing =
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "cat": executable file not found in $PATH: unknown\r\n';
    const client = engine([container('shop_web_1', 'web')], {
      exitCode: 126,
      stdout: missing,
      stderr: '',
    });
    const report = await runVerify({
      client,
      stack: singleFileStack(COMPOSE),
      projectName: 'shop',
    });
    const [checked] = report.services[1]?.containers ?? [];
    expect(checked?.sources).toEqual(['inspect', 'top']);
    expect(checked?.notes).toEqual([
      '/proc/1/status unread: the image has no cat; judged from inspect and top',
    ]);
    expect(checked?.outcome).toBe('pass');
  });

  it('exits 1 on a stale container', async () => {
    const client = engine([container('shop_web_1', 'web')]);
    client.inspect = async () => inspect({ ReadonlyRootfs: false });
    const report = await runVerify({
      client,
      stack: singleFileStack(COMPOSE),
      projectName: 'shop',
    });
    expect(report.outcome).toBe('stale');
    expect(exitCodeFor(report)).toBe(1);
  });
});
