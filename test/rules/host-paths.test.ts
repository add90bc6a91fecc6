// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { containsSocket, hostPath, isSocketPath, sensitivity } from '../../src/rules/host-paths.js';

describe('hostPath', () => {
  it.each([
    ['/var/run/docker.sock', '/var/run/docker.sock'],
    ['//var//run/./docker.sock', '/var/run/docker.sock'],
    ['/var/run/../run/docker.sock/', '/var/run/docker.sock'],
    ['/run/../var/run/docker.sock', '/var/run/docker.sock'],
    ['${SOCK:-/var/run/docker.sock}', '/var/run/docker.sock'],
    ['$HOME/.ssh', '~/.ssh'],
    ['${HOME}/.kube/config', '~/.kube/config'],
    ['~/', '~'],
    ['~', '~'],
    ['\\\\.\\pipe\\docker_engine', '//./pipe/docker_engine'],
  ])('normalises %s to %s', (source, expected) => {
    expect(hostPath(source)).toBe(expected);
  });

  it.each(['./data', 'data', '${DATA}', '$DATA/x'])('gives up on %s', (source) => {
    expect(hostPath(source)).toBeUndefined();
  });
});

describe('sockets', () => {
  it('knows the engine sockets and the folders that hold them', () => {
    expect(
      ['/run/docker.sock', '/x/podman.sock', '//./pipe/docker_engine'].map(isSocketPath),
    ).toEqual([true, true, true]);
    expect(['/', '/var', '/run', '/run/user/1000', '/srv'].map(containsSocket)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('sensitivity', () => {
  it('accepts read-only files below /etc but not writable ones', () => {
    expect(sensitivity('/etc/localtime', true)).toBeUndefined();
    expect(sensitivity('/etc/localtime', false)).toBe(
      "a writable part of the host's configuration",
    );
  });

  it('leaves the socket itself to no-docker-socket', () => {
    expect(sensitivity('/var/run/docker.sock', false)).toBeUndefined();
  });

  it('accepts project folders inside a home folder', () => {
    expect(sensitivity('/home/alice/app/data', false)).toBeUndefined();
    expect(sensitivity('/home/alice/.ssh/id_ed25519', true)).toBe(
      'credentials in /home/alice/.ssh/id_ed25519',
    );
  });
});
