import { describe, expect, it } from 'vitest';
import { normalizePattern, parseImageRef } from '../../src/presets/image-ref.js';

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const FROM_VARIABLES = ['${REGISTRY}/app', 'app:${TAG}', '$IMAGE'];

describe('parseImageRef', () => {
  it('puts an official image under docker.io/library', () => {
    expect(parseImageRef('postgres:16-alpine')).toEqual({
      registry: 'docker.io',
      namespace: 'library',
      name: 'postgres',
      tag: '16-alpine',
      normalized: 'docker.io/library/postgres',
    });
  });

  it('keeps tag and digest apart from the name', () => {
    expect(parseImageRef(`docker.io/library/postgres:16@${DIGEST}`)).toEqual({
      registry: 'docker.io',
      namespace: 'library',
      name: 'postgres',
      tag: '16',
      digest: DIGEST,
      normalized: 'docker.io/library/postgres',
    });
  });

  it('treats a first segment with a port as a registry, not as a tag', () => {
    expect(parseImageRef('localhost:5000/acme/app:1')).toEqual({
      registry: 'localhost:5000',
      namespace: 'acme',
      name: 'app',
      tag: '1',
      normalized: 'localhost:5000/acme/app',
    });
  });

  it.each([
    ['redis', 'docker.io/library/redis'],
    ['library/redis:7-alpine', 'docker.io/library/redis'],
    ['index.docker.io/library/nginx', 'docker.io/library/nginx'],
    ['registry-1.docker.io/grafana/loki', 'docker.io/grafana/loki'],
    ['nginxinc/nginx-unprivileged:1.27', 'docker.io/nginxinc/nginx-unprivileged'],
    ['quay.io/prometheus/prometheus:v2.53.0', 'quay.io/prometheus/prometheus'],
    ['localhost/app', 'localhost/app'],
    ['ghcr.io/org/team/app:main', 'ghcr.io/org/team/app'],
    ['Grafana/Grafana:11', 'docker.io/grafana/grafana'],
  ])('normalises %j to %j', (ref, normalized) => {
    expect(parseImageRef(ref)?.normalized).toBe(normalized);
  });

  it('gives a namespace of more than one segment as a path', () => {
    expect(parseImageRef('ghcr.io/org/team/app')?.namespace).toBe('org/team');
    expect(parseImageRef('ghcr.io/app')?.namespace).toBe('');
  });

  it.each(['', '   ', ...FROM_VARIABLES, 'postgres:', 'a//b', 'acme/app b'])(
    'returns undefined for %j, which cannot be matched',
    (ref) => {
      expect(parseImageRef(ref)).toBeUndefined();
    },
  );
});

describe('normalizePattern', () => {
  it.each([
    ['postgres', 'docker.io/library/postgres'],
    ['*/library/postgres', '*/library/postgres'],
    ['*/nginxinc/nginx-unprivileged', '*/nginxinc/nginx-unprivileged'],
    ['docker.io/bitnami/*', 'docker.io/bitnami/*'],
    ['bitnami/*', 'docker.io/bitnami/*'],
    ['otel/opentelemetry-collector*', 'docker.io/otel/opentelemetry-collector*'],
  ])('normalises %j to %j', (pattern, normalized) => {
    expect(normalizePattern(pattern)).toBe(normalized);
  });

  it.each(['', 'postgres:16', `postgres@${DIGEST}`, 'acme/app b'])(
    'rejects %j, which is not a bare image name',
    (pattern) => {
      expect(normalizePattern(pattern)).toBeUndefined();
    },
  );
});
