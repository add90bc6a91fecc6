import { describe, expect, it } from 'vitest';
import { loadPresets } from '../../src/presets/load.js';
import { matchPreset, patternMatches } from '../../src/presets/match.js';

const presets = loadPresets();
const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const FROM_VARIABLE = '${REGISTRY}/app';

// Each built-in preset with the references it exists for, plus near misses.
const TABLE: [ref: string, id: string][] = [
  [`docker.io/library/postgres:16@${DIGEST}`, 'postgres'],
  ['postgres:17-alpine', 'postgres'],
  ['mirror.gcr.io/library/postgres:16', 'postgres'],
  ['library/redis:7-alpine', 'redis'],
  ['nginx:1.27-alpine', 'nginx'],
  ['nginxinc/nginx-unprivileged:1.27', 'nginx-unprivileged'],
  ['ghcr.io/nginxinc/nginx-unprivileged', 'nginx-unprivileged'],
  ['quay.io/nginxinc/nginx-unprivileged:stable-alpine', 'nginx-unprivileged'],
  ['quay.io/prometheus/prometheus:v2.53.0', 'prometheus'],
  ['prom/prometheus', 'prometheus'],
  ['grafana/grafana-oss:11', 'grafana'],
  ['grafana/grafana:11.2.0', 'grafana'],
  ['jaegertracing/jaeger:2', 'jaeger'],
  ['jaegertracing/all-in-one', 'jaeger'],
  ['grafana/loki:3.0.0', 'loki'],
  ['mysql:8.4', 'mysql'],
  ['mariadb:11', 'mariadb'],
  ['mongo:8', 'mongo'],
  ['memcached:1.6-alpine', 'memcached'],
  ['rabbitmq:4-management', 'rabbitmq'],
  ['httpd:2.4', 'httpd'],
  ['caddy:2', 'caddy'],
  ['traefik:v3.1', 'traefik'],
  ['haproxy:3.0', 'haproxy'],
  ['node:22-alpine', 'node'],
  ['python:3.12-slim', 'python'],
  ['prom/alertmanager', 'alertmanager'],
  ['quay.io/prometheus/node-exporter:v1.8.2', 'node-exporter'],
  ['otel/opentelemetry-collector-contrib:0.110.0', 'otel-collector'],
  ['quay.io/keycloak/keycloak:26.0', 'keycloak'],
  ['minio/minio', 'minio'],
  ['hashicorp/vault:1.17', 'vault'],
  ['clickhouse/clickhouse-server:24.8', 'clickhouse'],
  ['docker.elastic.co/elasticsearch/elasticsearch:8.15.0', 'elasticsearch'],
  ['bitnami/postgresql:16', 'bitnami'],
  ['eclipse-mosquitto:2.0', 'mosquitto'],
  ['influxdb:2.7-alpine', 'influxdb'],
  ['zookeeper:3.9', 'zookeeper'],
  ['apache/kafka:3.9.0', 'kafka'],
  ['gitea/gitea:1.22-rootless', 'gitea'],
  ['grafana/promtail:3.0.0', 'promtail'],
  ['grafana/tempo:2.6.0', 'tempo'],
  ['valkey/valkey:8-alpine', 'valkey'],
  ['ghcr.io/valkey/valkey:8', 'valkey'],
  ['portainer/portainer-ce:2.21.0', 'portainer'],
  ['containrrr/watchtower', 'watchtower'],
  ['vaultwarden/server:1.32.0', 'vaultwarden'],
  ['adminer:4', 'adminer'],
  ['dpage/pgadmin4:8', 'pgadmin4'],
  ['docker.elastic.co/kibana/kibana:8.15.0', 'kibana'],
  ['docker.elastic.co/logstash/logstash:8.15.0', 'logstash'],
  ['php:8.3-fpm-alpine', 'php'],
  ['wordpress:6-apache', 'wordpress'],
  ['nextcloud:29-fpm', 'nextcloud'],
  ['ghcr.io/coder/code-server:4.92.2', 'code-server'],
  ['bitnami/kafka:3.8', 'bitnami'],
  ['localhost:5000/acme/app:1', 'generic'],
  ['acme/postgres', 'generic'],
  ['grafana/grafana-image-renderer', 'generic'],
  ['ghcr.io/acme/nginx', 'generic'],
];

describe('matchPreset', () => {
  it.each(TABLE)('matches %j with the %j preset', (ref, id) => {
    expect(matchPreset(presets, ref, false).preset.id).toBe(id);
  });

  it('has a reference in the table for every built-in preset', () => {
    const covered = new Set(TABLE.map(([, id]) => id));
    expect(presets.map((preset) => preset.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('says which normalised name matched which pattern', () => {
    expect(matchPreset(presets, 'postgres:16-alpine', false).why).toBe(
      'image "postgres:16-alpine" is docker.io/library/postgres, matched by pattern "postgres"',
    );
  });

  it('sends an image from a variable to the generic preset and says so', () => {
    const result = matchPreset(presets, FROM_VARIABLE, false);
    expect(result.preset.id).toBe('generic');
    expect(result.why).toBe(
      `image "${FROM_VARIABLE}" comes from a variable; using the generic preset`,
    );
  });

  it('sends an unknown image to the generic preset and names it', () => {
    expect(matchPreset(presets, 'acme/backup', false)).toMatchObject({
      preset: { id: 'generic' },
      why: 'no preset matches "acme/backup"; using the generic preset',
    });
  });

  it('uses the generic preset for a service built from a Dockerfile, even with an image name', () => {
    expect(matchPreset(presets, 'postgres:16', true)).toMatchObject({
      preset: { id: 'generic' },
      why: 'built from a local Dockerfile; no image preset applies',
    });
  });

  it('uses the generic preset for a service without image or build', () => {
    expect(matchPreset(presets, undefined, false).why).toBe(
      'the service names no image; using the generic preset',
    );
  });

  it('uses the generic preset for an invalid reference and says it is invalid', () => {
    expect(matchPreset(presets, 'acme/app b', false).why).toBe(
      'image "acme/app b" is not a valid image reference; using the generic preset',
    );
  });

  it('lets the first preset in the list win when two patterns match', () => {
    const postgres = presets.find((preset) => preset.id === 'postgres');
    if (!postgres) throw new Error('postgres preset missing');
    const mine = { ...postgres, id: 'my-postgres', match: ['*/library/postgres'] };
    expect(matchPreset([mine, ...presets], 'postgres', false).preset.id).toBe('my-postgres');
  });

  it('refuses a preset list without a fallback, which loadPresets never returns', () => {
    expect(() => matchPreset([], 'postgres', false)).toThrow('no fallback preset was loaded');
  });
});

describe('patternMatches', () => {
  it('keeps a wildcard inside one path segment', () => {
    expect(patternMatches('docker.io/bitnami/*', 'docker.io/bitnami/redis')).toBe(true);
    expect(patternMatches('docker.io/bitnami/*', 'docker.io/bitnami/charts/redis')).toBe(false);
    expect(patternMatches('*/library/postgres', 'docker.io/library/postgres')).toBe(true);
    expect(patternMatches('*/library/postgres', 'a/b/library/postgres')).toBe(false);
  });

  it('treats dots in a pattern literally', () => {
    expect(patternMatches('quay.io/prometheus/prometheus', 'quayxio/prometheus/prometheus')).toBe(
      false,
    );
  });
});
