import { PassThrough, type Readable } from 'node:stream';
import type Docker from 'dockerode';
import {
  type ContainerInspect,
  type ContainerSummary,
  DockerApiError,
  type DockerClient,
  type ExecOutput,
  type ProcessTable,
} from './client.js';
import { connect } from './connect.js';
import { withDeadline } from './connection-errors.js';
import { resolveEndpoint } from './endpoint.js';
import { systemSources } from './system-sources.js';

export interface DockerClientOptions {
  /** Overrides DOCKER_HOST and the context, e.g. `unix:///run/user/1000/docker.sock`. */
  host?: string;
  /** Per engine call. */
  timeoutMs?: number;
  env?: Record<string, string | undefined>;
  home?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
// Numeric UIDs: the default `ps -ef` names them after the engine host's /etc/passwd.
const PS_ARGS = '-o pid,uid,args';
const PROJECT = 'com.docker.compose.project';

export function createDockerClient(options: DockerClientOptions = {}): DockerClient {
  const base = systemSources();
  const env = {
    ...(options.env ?? base.env),
    ...(options.host ? { DOCKER_HOST: options.host } : {}),
  };
  const endpoint = resolveEndpoint({ ...base, env, home: options.home ?? base.home });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const docker = connect(endpoint, env);
  const call = <T>(run: (signal: AbortSignal) => Promise<T>) =>
    withDeadline(endpoint.url, timeoutMs, run);

  return {
    endpoint: endpoint.url,
    listContainers: (project) =>
      call(async (abortSignal) => {
        const filters = { label: [`${PROJECT}=${project}`] };
        const list = await docker.listContainers({ all: true, filters, abortSignal });
        return list.map(toSummary);
      }),
    inspect: (id) =>
      call(async (abortSignal) => {
        const info = await docker.getContainer(id).inspect({ abortSignal });
        return info as unknown as ContainerInspect;
      }),
    top: (id) =>
      call(async (abortSignal) => {
        const container = docker.getContainer(id);
        const table = await container.top({ ps_args: PS_ARGS, abortSignal }).catch((error) => {
          // A busybox `ps` on the engine's host knows no `uid` column: take the names it prints.
          if ((error as { statusCode?: unknown }).statusCode !== 500) throw error;
          return container.top({ abortSignal });
        });
        return table as ProcessTable;
      }),
    exec: (id, command) => call((signal) => runExec(docker.getContainer(id), command, signal)),
  };
}

function toSummary(container: Docker.ContainerInfo): ContainerSummary {
  const labels = container.Labels ?? {};
  return {
    id: container.Id,
    name: (container.Names[0] ?? container.Id).replace(/^\//, ''),
    service: labels['com.docker.compose.service'] ?? '',
    state: container.State,
    oneOff: labels['com.docker.compose.oneoff'] === 'True',
  };
}

async function runExec(
  container: Docker.Container,
  command: string[],
  abortSignal: AbortSignal,
): Promise<ExecOutput> {
  const exec = await container.exec({
    Cmd: command,
    AttachStdout: true,
    AttachStderr: true,
    abortSignal,
  } as Docker.ExecCreateOptions);
  const stream = (await exec.start({ hijack: true, stdin: false, abortSignal })) as Readable;
  abortSignal.addEventListener('abort', () => stream.destroy(), { once: true });

  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.out.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.err.push(chunk));
  container.modem.demuxStream(stream, stdout, stderr);
  await new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', reject);
  });

  // The stream can close a moment before the engine records the exit code.
  let info = await exec.inspect({ abortSignal });
  for (let tries = 0; info.Running && tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    info = await exec.inspect({ abortSignal });
  }
  if (info.ExitCode === null) throw new DockerApiError('the exec did not finish', 500);
  return {
    exitCode: info.ExitCode,
    stdout: Buffer.concat(chunks.out).toString('utf8'),
    stderr: Buffer.concat(chunks.err).toString('utf8'),
  };
}
