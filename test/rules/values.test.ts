import { describe, expect, it } from 'vitest';
import { asList, describe as describeValue } from '../../src/rules/values.js';
import { findingOf, yaml } from './harness.js';

describe('describe', () => {
  it('writes a mapping as key=value pairs, never [object Object]', () => {
    expect(describeValue({ a: 'b', c: 1 })).toBe('a=b c=1');
    expect(describeValue([{ '/tmpports': null }, '127.0.0.1::80'])).toBe(
      '/tmpports=, 127.0.0.1::80',
    );
    expect(describeValue({ test: ['CMD', 'true'] })).toBe('test=CMD, true');
    expect(describeValue({})).toBe('{} (empty)');
  });
});

describe('asList', () => {
  it('gives the key=value pairs of a mapping and of mapping items, never [object Object]', () => {
    expect(asList({ a: 'b', c: null })).toEqual(['a=b', 'c=']);
    expect(asList(['/tmp', { '/tmpports': null }])).toEqual(['/tmp', '/tmpports=']);
  });
});

const service = (...lines: string[]) => yaml('services:', '  app:', '    image: nginx', ...lines);

describe('a list setting written as a mapping', () => {
  const cases = [
    ['cap-add-minimal', '    cap_add: {a: b}', 'a=b', 'cap_add'],
    ['cap-drop-all', '    cap_drop: {a: b}', 'a=b', 'cap_drop'],
    ['cap-drop-all', '    cap_add: {NET_ADMIN: true}', 'NET_ADMIN=true', 'cap_add'],
    ['no-new-privileges', '    security_opt: {seccomp: x}', 'seccomp=x', 'security_opt'],
    ['no-unconfined-profiles', '    security_opt: {seccomp: x}', 'seccomp=x', 'security_opt'],
    ['read-only-rootfs', '    tmpfs: {/tmp: 64m}', '/tmp=64m', 'tmpfs'],
    ['no-host-devices', '    devices: {/dev/sda: /dev/sda}', '/dev/sda=/dev/sda', 'devices'],
    ['ports-loopback', '    ports: {web: 80}', 'web=80', 'ports'],
    ['privileged-ports', '    ports: {web: 80}', 'web=80', 'ports'],
    [
      'no-docker-socket',
      '    volumes: {s: /var/run/docker.sock}',
      's=/var/run/docker.sock',
      'volumes',
    ],
    ['no-sensitive-mounts', '    volumes: {root: /}', 'root=/', 'volumes'],
    ['no-shared-propagation', '    volumes: {data: /data}', 'data=/data', 'volumes'],
  ].map(([rule, line, current, key]) => ({ rule, line, current, key }));

  it.each(cases)('$rule reports $key: {$current} as unknown, with nothing to rewrite', (c) => {
    const finding = findingOf(service(c.line ?? ''), 'app', c.rule ?? '');
    expect([finding.status, finding.current, finding.reason, finding.edits]).toEqual([
      'unknown',
      c.current,
      `${c.key} should be a list`,
      [],
    ]);
  });

  it('reports a tmpfs list holding a mapping as unknown, as a corrupted write leaves it', () => {
    const text = service('    tmpfs:', '      - /tmpports:', '      - 127.0.0.1::80');
    const finding = findingOf(text, 'app', 'read-only-rootfs');
    expect([finding.status, finding.current, finding.reason]).toEqual([
      'unknown',
      '/tmpports=, 127.0.0.1::80',
      'tmpfs should be a list of strings',
    ]);
  });
});

describe('a list whose items come from several places', () => {
  it('says where each run of items is written, and points at the first offending one', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx',
      '    cap_add: [SYS_ADMIN]',
      '  worker:',
      '    extends: web',
      '    cap_add:',
      '      - CHOWN',
      '      - NET_ADMIN',
    );
    const finding = findingOf(text, 'worker', 'cap-add-minimal');
    expect(finding.current).toBe('SYS_ADMIN (extends web, line 4), CHOWN, NET_ADMIN (line 8)');
    expect([finding.file, finding.line]).toEqual([undefined, 4]);
  });

  it('points at the offending item of a list written in one place', () => {
    const text = service('    cap_add:', '      - CHOWN', '      - NET_ADMIN');
    const finding = findingOf(text, 'app', 'cap-add-minimal');
    expect([finding.current, finding.line]).toEqual(['CHOWN, NET_ADMIN', 6]);
  });
});
