import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadPresets, requireOneFallback } from '../../src/presets/load.js';

const BUILT_IN = [
  'adminer',
  'alertmanager',
  'bitnami',
  'caddy',
  'clickhouse',
  'code-server',
  'elasticsearch',
  'generic',
  'gitea',
  'grafana',
  'haproxy',
  'httpd',
  'influxdb',
  'jaeger',
  'kafka',
  'keycloak',
  'kibana',
  'logstash',
  'loki',
  'mariadb',
  'memcached',
  'minio',
  'mongo',
  'mosquitto',
  'mysql',
  'nextcloud',
  'nginx-unprivileged',
  'nginx',
  'node-exporter',
  'node',
  'otel-collector',
  'pgadmin4',
  'php',
  'portainer',
  'postgres',
  'prometheus',
  'promtail',
  'python',
  'rabbitmq',
  'redis',
  'tempo',
  'traefik',
  'valkey',
  'vault',
  'vaultwarden',
  'watchtower',
  'wordpress',
  'zookeeper',
];

// The researched facts the wizard relies on most, per preset.
const FACTS: [id: string, recommended: string | null, root: string[], tmpfs: string[]][] = [
  [
    'postgres',
    null,
    ['CHOWN', 'SETUID', 'SETGID', 'FOWNER', 'DAC_READ_SEARCH'],
    ['/var/run/postgresql', '/tmp'],
  ],
  ['redis', '999:999', ['SETUID', 'SETGID', 'CHOWN', 'FOWNER'], []],
  ['nginx', null, ['CHOWN', 'SETUID', 'SETGID'], ['/var/cache/nginx', '/run', '/tmp']],
  ['nginx-unprivileged', '101:101', [], ['/tmp']],
  ['prometheus', '65534:65534', [], []],
  ['grafana', '472:0', [], ['/tmp']],
  ['loki', '10001:10001', [], []],
  ['jaeger', '10001:10001', [], ['/tmp']],
  ['generic', '1000:1000', [], ['/tmp']],
];

describe('loadPresets with the built-in presets', () => {
  const presets = loadPresets();

  it('loads and validates every built-in preset, in file-name order', () => {
    expect(presets.map((preset) => preset.id)).toEqual(BUILT_IN);
  });

  it.each(FACTS)(
    'gives %s the researched user, capabilities and tmpfs',
    (id, user, root, tmpfs) => {
      const preset = presets.find((candidate) => candidate.id === id);
      expect(preset?.user.recommended).toBe(user);
      expect(preset?.capAdd).toEqual({ root, nonRoot: [] });
      expect(preset?.readOnly).toEqual({ supported: true, tmpfs });
    },
  );

  it('makes generic the only fallback, with a UID the user must review', () => {
    expect(presets.filter((preset) => preset.fallback).map((preset) => preset.id)).toEqual([
      'generic',
    ]);
    expect(presets.find((preset) => preset.id === 'generic')?.user.review).toBe(true);
  });

  it('keeps NET_BIND_SERVICE for caddy as non-root, because its binary has a file capability', () => {
    expect(presets.find((preset) => preset.id === 'caddy')?.capAdd.nonRoot).toEqual([
      'NET_BIND_SERVICE',
    ]);
  });

  it('starts every preset file with a comment saying what it covers', () => {
    const folder = path.join(import.meta.dirname, '../../presets');
    const firstLines = readdirSync(folder).map(
      (name) => readFileSync(path.join(folder, name), 'utf8').split('\n')[0] ?? '',
    );
    expect(firstLines.filter((line) => !/^# \S.*\.$/.test(line))).toEqual([]);
  });
});

describe('requireOneFallback', () => {
  it('refuses a preset list without a fallback, naming the folder', () => {
    const error = new UserError('exactly one preset must have fallback: true (found: none)', {
      file: 'presets',
      hint: 'to replace the generic preset, give your file the id generic',
    });
    expect(() => requireOneFallback([], 'presets')).toThrow(error);
  });
});
