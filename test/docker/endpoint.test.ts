import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type EndpointSources, resolveEndpoint } from '../../src/docker/endpoint.js';

/** A machine made of a few files: only the listed paths exist. */
function machine(env: Record<string, string>, files: Record<string, string> = {}): EndpointSources {
  return {
    env,
    home: '/home/ann',
    exists: (path) => path in files,
    readText: (path) => files[path],
  };
}

const sha = (name: string) => createHash('sha256').update(name).digest('hex');

describe('resolveEndpoint', () => {
  it('defaults to /var/run/docker.sock even when it does not exist, for the error message', () => {
    expect(resolveEndpoint(machine({}))).toEqual({
      kind: 'unix',
      url: 'unix:///var/run/docker.sock',
      socketPath: '/var/run/docker.sock',
    });
  });

  it('finds the rootless socket, then the Docker Desktop one, when the system one is missing', () => {
    const rootless = machine(
      { XDG_RUNTIME_DIR: '/run/user/1000' },
      { '/run/user/1000/docker.sock': '' },
    );
    expect(resolveEndpoint(rootless).url).toBe('unix:///run/user/1000/docker.sock');
    const desktop = machine({}, { '/home/ann/.docker/run/docker.sock': '' });
    expect(resolveEndpoint(desktop).url).toBe('unix:///home/ann/.docker/run/docker.sock');
  });

  it('takes DOCKER_HOST first: unix, tcp and ssh', () => {
    expect(resolveEndpoint(machine({ DOCKER_HOST: 'unix:///tmp/d.sock' })).url).toBe(
      'unix:///tmp/d.sock',
    );
    expect(resolveEndpoint(machine({ DOCKER_HOST: 'tcp://127.0.0.1:2375' }))).toEqual({
      kind: 'tcp',
      url: 'tcp://127.0.0.1:2375',
      host: '127.0.0.1',
      port: 2375,
      tls: false,
      certDir: '/home/ann/.docker',
    });
    expect(resolveEndpoint(machine({ DOCKER_HOST: 'ssh://ann@build.example:2222' }))).toEqual({
      kind: 'ssh',
      url: 'ssh://ann@build.example:2222',
      host: 'build.example',
      port: 2222,
      username: 'ann',
    });
  });

  it('turns TLS on for DOCKER_TLS_VERIFY and reads the certificates from DOCKER_CERT_PATH', () => {
    const env = {
      DOCKER_HOST: 'tcp://127.0.0.1:2375',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: '/certs',
    };
    expect(resolveEndpoint(machine(env))).toMatchObject({ tls: true, certDir: '/certs' });
  });

  it("uses the current context's endpoint from its meta.json", () => {
    const files = {
      '/home/ann/.docker/config.json': JSON.stringify({ currentContext: 'rootless' }),
      [`/home/ann/.docker/contexts/meta/${sha('rootless')}/meta.json`]: JSON.stringify({
        Name: 'rootless',
        Endpoints: { docker: { Host: 'unix:///run/user/1000/docker.sock', SkipTLSVerify: false } },
      }),
    };
    expect(resolveEndpoint(machine({}, files)).url).toBe('unix:///run/user/1000/docker.sock');
    expect(resolveEndpoint(machine({ DOCKER_HOST: 'unix:///x.sock' }, files)).url).toBe(
      'unix:///x.sock',
    );
  });

  it('refuses a context whose meta.json is missing', () => {
    const files = { '/home/ann/.docker/config.json': '{"currentContext":"gone"}' };
    expect(() => resolveEndpoint(machine({}, files))).toThrow(
      'the current Docker context "gone" has no engine endpoint',
    );
  });

  it('refuses a scheme it cannot speak', () => {
    expect(() =>
      resolveEndpoint(machine({ DOCKER_HOST: 'npipe:////./pipe/docker_engine' })),
    ).toThrow(
      'the Docker host "npipe:////./pipe/docker_engine" uses npipe://, which is not supported',
    );
  });
});
