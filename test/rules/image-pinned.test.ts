// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'image-pinned';
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const withImage = (image: string) => yaml('services:', '  a:', `    image: ${image}`);

describe(RULE, () => {
  it.each([
    ['nginx', 'latest (no tag) changes with every release'],
    ['nginx:latest', 'latest changes with every release'],
    ['nginx:alpine', 'alpine changes with every release'],
    ['ghcr.io/acme/app:main', 'main changes with every release'],
    ['traefik:stable', 'stable changes with every release'],
  ])('fails %s at medium severity and shows the reference', (image, reason) => {
    const finding = findingOf(withImage(image), 'a', RULE);
    expect([finding.status, finding.severity, finding.current, finding.reason]).toEqual([
      'fail',
      'medium',
      image,
      reason,
    ]);
    expect(fixedBy(withImage(image), RULE)).toBe(withImage(image));
  });

  it.each(['postgres:16', 'redis:7.2-bookworm', 'localhost:5000/app:v1.0'])(
    'reports the release tag %s without a digest at info severity',
    (image) => {
      expect(findingOf(withImage(image), 'a', RULE)).toMatchObject({
        status: 'fail',
        severity: 'info',
      });
    },
  );

  it('accepts a digest, with or without a tag', () => {
    expect(findingOf(withImage(`postgres:16@${DIGEST}`), 'a', RULE).status).toBe('ok');
    expect(findingOf(withImage(`postgres@${DIGEST}`), 'a', RULE).status).toBe('ok');
  });

  it('does not apply to an image built here', () => {
    const text = yaml('services:', '  a:', '    build: .', '    image: acme/app:latest');
    expect(findingOf(text, 'a', RULE)).toMatchObject({
      status: 'not-applicable',
      reason: 'built from a local Dockerfile',
    });
  });

  it('cannot judge a reference from a variable', () => {
    expect(findingOf(withImage('ghost:${GHOST_VERSION:-6-alpine}'), 'a', RULE).status).toBe(
      'unknown',
    );
  });
});
