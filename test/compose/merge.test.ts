import { describe, expect, it } from 'vitest';
import { mergeService, mergeServiceWithOrigins } from '../../src/compose/merge.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('mergeService on scalars and shape', () => {
  it('lets the override win for every scalar a hardening rule reads', () => {
    const base = { user: '1000', read_only: true, privileged: false, pid: 'host', ipc: 'private' };
    const override = { user: '2000', read_only: false, privileged: true, pid: '', ipc: 'host' };
    expect(mergeService(base, override)).toEqual(override);
  });

  it("puts the base's keys first, then the override's new keys", () => {
    const merged = mergeService({ image: 'a', user: 'x' }, { tty: true, image: 'b' });
    expect(Object.keys(merged)).toEqual(['image', 'user', 'tty']);
  });

  it('leaves deep-frozen inputs untouched and returns data the caller may change', () => {
    const base = deepFreeze({ cap_add: ['CHOWN'], environment: { A: '1' }, deploy: { x: {} } });
    const override = deepFreeze({ cap_add: ['KILL'], environment: { B: '2' } });
    const merged = mergeService(base, override);
    (merged.cap_add as string[]).push('NET_RAW');
    (merged.deploy as { x: { y?: number } }).x.y = 1;
    expect(base).toEqual({ cap_add: ['CHOWN'], environment: { A: '1' }, deploy: { x: {} } });
    expect(override).toEqual({ cap_add: ['KILL'], environment: { B: '2' } });
  });

  it('replaces command and entrypoint rather than appending to them', () => {
    const base = { command: ['echo', 'foo'], entrypoint: ['/init', '--'] };
    const override = { command: ['echo', 'bar'], entrypoint: ['/bin/sh'] };
    expect(mergeService(base, override)).toEqual(override);
  });

  it('replaces healthcheck.test and merges the other healthcheck keys', () => {
    const base = { healthcheck: { test: ['CMD', 'true'], interval: '10s', retries: 3 } };
    const override = { healthcheck: { test: ['CMD', 'false'], timeout: '5s' } };
    expect(mergeService(base, override)).toEqual({
      healthcheck: { test: ['CMD', 'false'], interval: '10s', retries: 3, timeout: '5s' },
    });
  });

  it('keeps the base list or mapping under a null override but lets null replace a scalar', () => {
    const base = { cap_drop: ['ALL'], labels: { a: '1' }, user: 'app' };
    const override = { cap_drop: null, labels: null, user: null };
    expect(mergeService(base, override)).toEqual({
      cap_drop: ['ALL'],
      labels: { a: '1' },
      user: null,
    });
  });

  it('takes the override value when the two forms cannot merge', () => {
    const merged = mergeService({ ulimits: { nproc: 50 } }, { ulimits: { nproc: { soft: 1 } } });
    expect(merged).toEqual({ ulimits: { nproc: { soft: 1 } } });
  });
});

describe('mergeService on sequences', () => {
  it('appends cap_add and cap_drop without repeats, in first-seen order rather than sorted', () => {
    const base = { cap_add: ['NET_ADMIN', 'CHOWN'], cap_drop: ['ALL'] };
    const override = { cap_add: ['CHOWN', 'AUDIT_WRITE'], cap_drop: ['NET_RAW', 'ALL'] };
    expect(mergeService(base, override)).toEqual({
      cap_add: ['NET_ADMIN', 'CHOWN', 'AUDIT_WRITE'],
      cap_drop: ['ALL', 'NET_RAW'],
    });
  });

  it('appends security_opt without repeating an identical entry', () => {
    const base = { security_opt: ['no-new-privileges:true', 'seccomp:unconfined'] };
    const override = { security_opt: ['no-new-privileges:true', 'apparmor:x'] };
    expect(mergeService(base, override)).toEqual({
      security_opt: ['no-new-privileges:true', 'seccomp:unconfined', 'apparmor:x'],
    });
  });

  it('reads a tmpfs or dns string as a one-element list', () => {
    const base = { tmpfs: '/run', dns: '8.8.8.8' };
    const override = { tmpfs: ['/tmp', '/run'], dns: '1.1.1.1' };
    expect(mergeService(base, override)).toEqual({
      tmpfs: ['/run', '/tmp'],
      dns: ['8.8.8.8', '1.1.1.1'],
    });
  });

  it('keeps a list-or-string value as written when only one side sets it', () => {
    expect(mergeService({ tmpfs: '/run' }, { image: 'a' })).toEqual({ tmpfs: '/run', image: 'a' });
  });

  it('counts an exposed port written as a number and as a string once', () => {
    expect(mergeService({ expose: [80, '81'] }, { expose: ['80', 82] })).toEqual({
      expose: [80, '81', 82],
    });
  });

  it('appends devices even when they share a container path', () => {
    const merged = mergeService({ devices: ['/dev/a:/dev/a'] }, { devices: ['/dev/b:/dev/a'] });
    expect(merged).toEqual({ devices: ['/dev/a:/dev/a', '/dev/b:/dev/a'] });
  });

  it('appends sequences nested in mappings', () => {
    const base = { deploy: { placement: { constraints: ['node.role==worker'] } } };
    const override = { deploy: { placement: { constraints: ['node.labels.ssd==true'] } } };
    expect(mergeService(base, override)).toEqual({
      deploy: { placement: { constraints: ['node.role==worker', 'node.labels.ssd==true'] } },
    });
  });
});

describe('mergeService on unique resources', () => {
  it('concatenates ports and keeps an entry written twice once', () => {
    const base = { ports: ['8080:80', '127.0.0.1:9000:9000'] };
    const override = { ports: ['8080:80', '8443:443'] };
    expect(mergeService(base, override)).toEqual({
      ports: ['8080:80', '127.0.0.1:9000:9000', '8443:443'],
    });
  });

  it('treats short and long syntax of one binding as one port, the later entry winning', () => {
    const long = { target: 80, published: 8080, host_ip: '127.0.0.1', mode: 'host' };
    const merged = mergeService({ ports: ['127.0.0.1:8080:80', 443] }, { ports: [long] });
    expect(merged).toEqual({ ports: [long, 443] });
  });

  it('fills in the default address and protocol before comparing ports', () => {
    const base = { ports: ['53:53', '8080:80', '[::1]:2222:22'] };
    const override = {
      ports: ['53:53/tcp', '0.0.0.0:8080:80', { target: 22, published: 2222, host_ip: '::1' }],
    };
    expect(mergeService(base, override)).toEqual(override);
  });

  it('keeps ports that differ only in address or protocol', () => {
    const base = { ports: ['53:53/udp', '127.0.0.1:8080:80'] };
    const override = { ports: ['53:53', '8080:80'] };
    expect(mergeService(base, override)).toEqual({
      ports: ['53:53/udp', '127.0.0.1:8080:80', '53:53', '8080:80'],
    });
  });

  it('replaces the volume mounted at the same container path, short or long syntax', () => {
    const cache = { type: 'volume', source: 'cache', target: '/cache', read_only: true };
    const base = {
      volumes: ['./data:/data:ro', 'cache:/cache', { type: 'bind', source: '.', target: '/src' }],
    };
    const override = { volumes: ['./other:/data', cache, '/tmp/x'] };
    expect(mergeService(base, override)).toEqual({
      volumes: ['./other:/data', cache, { type: 'bind', source: '.', target: '/src' }, '/tmp/x'],
    });
  });

  it('keys secrets by target, so one secret mounted at two paths stays twice', () => {
    const base = { secrets: ['s1', 's2'] };
    const override = {
      secrets: [
        { source: 's1', target: '/run/secrets/other' },
        { source: 's2', mode: 0o400 },
      ],
    };
    expect(mergeService(base, override)).toEqual({
      secrets: [
        's1',
        { source: 's2', mode: 0o400 },
        { source: 's1', target: '/run/secrets/other' },
      ],
    });
  });

  it('reads a relative secret target under /run/secrets and a config default target at /', () => {
    const base = { secrets: ['token'], configs: ['app.conf'] };
    const override = {
      secrets: [{ source: 'other', target: 'token' }],
      configs: [{ source: 'next', target: '/app.conf' }],
    };
    expect(mergeService(base, override)).toEqual(override);
  });
});

describe('mergeService on mappings', () => {
  it('merges environment mappings key by key', () => {
    const merged = mergeService(
      { environment: { A: '1', B: '2' } },
      { environment: { B: 3, C: 4 } },
    );
    expect(merged).toEqual({ environment: { A: '1', B: 3, C: 4 } });
  });

  it('merges two environment lists by key and keeps a list', () => {
    const base = { environment: ['A=1', 'B=2', 'D'] };
    const override = { environment: ['B=3', 'C=4', 'D=5'] };
    expect(mergeService(base, override)).toEqual({ environment: ['A=1', 'B=3', 'D=5', 'C=4'] });
  });

  it('turns a list and a mapping of environment into a mapping, a bare name becoming null', () => {
    const merged = mergeService({ environment: ['A=1', 'B=2', 'D'] }, { environment: { B: 3 } });
    expect(merged).toEqual({ environment: { A: '1', B: 3, D: null } });
  });

  it('turns labels, extra_hosts and sysctls into mappings when their forms differ', () => {
    const base = {
      labels: { a: '1' },
      extra_hosts: ['h1:1.1.1.1', 'h2=2.2.2.2', 'h6:::1'],
      sysctls: { 'net.core.somaxconn': 1024 },
    };
    const override = {
      labels: ['b=2'],
      extra_hosts: { h2: '3.3.3.3' },
      sysctls: ['net.ipv4.ip_forward=1'],
    };
    expect(mergeService(base, override)).toEqual({
      labels: { a: '1', b: '2' },
      extra_hosts: { h1: '1.1.1.1', h2: '3.3.3.3', h6: '::1' },
      sysctls: { 'net.core.somaxconn': 1024, 'net.ipv4.ip_forward': '1' },
    });
  });

  it('merges deploy.resources limit by limit', () => {
    const base = { deploy: { resources: { limits: { cpus: '0.5', memory: '128M' } } } };
    const override = { deploy: { resources: { limits: { memory: '256M' }, reservations: {} } } };
    expect(mergeService(base, override)).toEqual({
      deploy: { resources: { limits: { cpus: '0.5', memory: '256M' }, reservations: {} } },
    });
  });

  it('merges logging options when the driver stays the same', () => {
    const base = {
      logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } },
    };
    const override = { logging: { options: { 'max-size': '20m' } } };
    expect(mergeService(base, override)).toEqual({
      logging: { driver: 'json-file', options: { 'max-size': '20m', 'max-file': '3' } },
    });
  });

  it('takes the whole logging block of an override that changes the driver', () => {
    const base = { logging: { driver: 'json-file', options: { 'max-size': '10m' } } };
    const override = { logging: { driver: 'syslog', options: { tag: 't' } } };
    expect(mergeService(base, override)).toEqual(override);
  });

  it('merges ulimits limit by limit', () => {
    const base = { ulimits: { nofile: { soft: 100, hard: 200 }, nproc: 50 } };
    const override = { ulimits: { nofile: { soft: 150 }, nproc: 60 } };
    expect(mergeService(base, override)).toEqual({
      ulimits: { nofile: { soft: 150, hard: 200 }, nproc: 60 },
    });
  });

  it('merges build args and reads a build string as its context', () => {
    const base = { build: '.' };
    const override = { build: { args: ['X=1'] } };
    expect(mergeService(base, override)).toEqual({ build: { context: '.', args: ['X=1'] } });
    const args = mergeService({ build: { args: ['X=1', 'Y=2'] } }, { build: { args: { Y: 3 } } });
    expect(args).toEqual({ build: { args: { X: '1', Y: 3 } } });
  });

  it('merges a list of networks with a mapping of networks by name', () => {
    const base = { networks: ['front', 'back'] };
    const override = { networks: { back: { aliases: ['b'] } } };
    expect(mergeService(base, override)).toEqual({
      networks: { front: null, back: { aliases: ['b'] } },
    });
  });

  it('reads a depends_on list as services that need only to have started', () => {
    const merged = mergeService(
      { depends_on: ['db', 'cache'] },
      { depends_on: { db: { condition: 'service_healthy' } } },
    );
    expect(merged).toEqual({
      depends_on: { db: { condition: 'service_healthy' }, cache: { condition: 'service_started' } },
    });
  });
});

describe('mergeServiceWithOrigins', () => {
  it('gives each merged port the layer its entry came from', () => {
    const { merged, origins } = mergeServiceWithOrigins([
      { ports: ['8080:80', '9000:9000'] },
      { ports: ['8443:443', '8080:80'] },
    ]);
    expect(merged.ports).toEqual(['8080:80', '9000:9000', '8443:443']);
    expect(origins.get('ports')).toEqual([1, 0, 1]);
  });

  it('gives a volume replaced by target the layer whose entry won', () => {
    const { merged, origins } = mergeServiceWithOrigins([
      { volumes: ['./a:/a', './b:/b'] },
      { volumes: ['./c:/c'] },
      { volumes: ['./x:/b'] },
    ]);
    expect(merged.volumes).toEqual(['./a:/a', './x:/b', './c:/c']);
    expect(origins.get('volumes')).toEqual([0, 2, 1]);
  });

  it('gives a repeated sequence value the layer that wrote it first', () => {
    const { origins } = mergeServiceWithOrigins([
      { cap_drop: ['ALL'] },
      { cap_drop: ['ALL', 'KILL'] },
    ]);
    expect(origins.get('cap_drop')).toEqual([0, 1]);
  });

  it('gives a scalar or mapping the last layer that set it', () => {
    const { origins } = mergeServiceWithOrigins([
      { user: 'root', image: 'a', environment: { A: '1' } },
      { user: 'app', environment: { B: '2' } },
      { environment: { A: '3' } },
    ]);
    expect(origins).toEqual(
      new Map([
        ['user', [1]],
        ['image', [0]],
        ['environment', [2]],
      ]),
    );
  });

  it('counts a tmpfs string as a one-element list', () => {
    const one = mergeServiceWithOrigins([{ image: 'a' }, { tmpfs: '/run' }]);
    expect(one.origins.get('tmpfs')).toEqual([1]);
    const both = mergeServiceWithOrigins([{ tmpfs: '/run' }, { tmpfs: ['/tmp'] }]);
    expect(both.merged.tmpfs).toEqual(['/run', '/tmp']);
    expect(both.origins.get('tmpfs')).toEqual([0, 1]);
  });

  it('keeps the origins of a list an empty override leaves in place', () => {
    const { origins } = mergeServiceWithOrigins([{ cap_add: ['KILL'] }, { cap_add: null }]);
    expect(origins.get('cap_add')).toEqual([0]);
  });

  it('copies a list only one layer sets as written, one origin per element', () => {
    const { merged, origins } = mergeServiceWithOrigins([{ ports: ['80', '80'] }, { user: 'x' }]);
    expect(merged).toEqual({ ports: ['80', '80'], user: 'x' });
    expect(origins.get('ports')).toEqual([0, 0]);
  });
});
