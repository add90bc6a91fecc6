import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/docker/connection-errors.js';
import { createDockerClient } from '../../src/docker/dockerode-client.js';
import { UserError } from '../../src/errors.js';

// Unix sockets in a folder of our own: no engine is needed, and no traffic leaves the machine.
const dir = mkdtempSync(join(tmpdir(), 'compose-harden-sockets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(socketPath: string, timeoutMs = 5_000): Promise<UserError> {
  const client = createDockerClient({ host: `unix://${socketPath}`, timeoutMs });
  const error = await client.listContainers('shop').then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error;
}

describe('connection errors', () => {
  it('says the engine cannot be reached when the socket does not exist', async () => {
    const path = join(dir, 'missing.sock');
    const error = await failure(path);
    expect(error.oneLine()).toBe(
      `cannot reach the Docker engine at unix://${path} (start Docker or set DOCKER_HOST)`,
    );
    expect(error.exitCode).toBe(2);
  });

  it('says the same when the socket file is there but nothing listens', async () => {
    // A listener killed before it could close leaves its socket file behind, as a crashed
    // dockerd does; connecting to it is refused.
    const path = join(dir, 'refused.sock');
    const listenAndDie = `require('net').createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, 'SIGKILL'))`;
    spawnSync(process.execPath, ['-e', listenAndDie]);
    const error = await failure(path);
    expect(error.message).toBe(`cannot reach the Docker engine at unix://${path}`);
  });

  it('gives up on an engine that accepts and never answers, within the timeout', async () => {
    const path = join(dir, 'silent.sock');
    const { server, sockets, accepted } = await silentServer(path);
    try {
      const started = Date.now();
      const error = await failure(path, 500);
      expect(error.message).toBe(`the Docker engine at unix://${path} did not answer within 0.5s`);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(accepted()).toBeGreaterThan(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('names the docker group when the socket refuses the user', () => {
    // As root, which CI is, the kernel never answers EACCES on a socket: only the mapping is
    // checked here, on the error object Node gives.
    const denied = Object.assign(new Error('connect EACCES /var/run/docker.sock'), {
      code: 'EACCES',
    });
    const error = describeFailure(denied, 'unix:///var/run/docker.sock') as UserError;
    expect(error.message).toBe(
      'permission denied on the Docker socket at unix:///var/run/docker.sock',
    );
    expect(error.hint).toMatch(/docker group/);
  });
});

async function silentServer(path: string) {
  const sockets = new Set<Socket>();
  let count = 0;
  const server: Server = createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { server, sockets, accepted: () => count };
}
