// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'user-non-root';

describe(RULE, () => {
  it.each(['0', 'root', '"0:0"', 'root:root'])(
    'fails user: %s and sets the preset user',
    (user) => {
      const text = yaml('services:', '  cache:', '    image: redis:7', `    user: ${user}`);
      const finding = findingOf(text, 'cache', RULE);
      expect([finding.status, finding.recommended, finding.proposed]).toEqual([
        'fail',
        '999:999',
        true,
      ]);
      expect(fixedBy(text, RULE)).toBe(
        yaml('services:', '  cache:', '    image: redis:7', '    user: "999:999"'),
      );
    },
  );

  it('accepts a non-root user as written', () => {
    const text = yaml('services:', '  app:', '    image: acme/app', '    user: "1000:1000"');
    expect(findingOf(text, 'app', RULE).status).toBe('ok');
  });

  it('accepts an image that already runs as non-root, like prometheus', () => {
    const finding = findingOf(yaml('services:', '  p:', '    image: prom/prometheus'), 'p', RULE);
    expect([finding.status, finding.reason]).toEqual(['ok', 'the image already runs as 65534']);
  });

  it('leaves postgres to step down from root by itself', () => {
    const finding = findingOf(yaml('services:', '  db:', '    image: postgres:16'), 'db', RULE);
    expect(finding.status).toBe('ok');
    expect(finding.reason).toMatch(/^the entrypoint starts as root and steps down to postgres/);
  });

  it('proposes a guessed UID for an unknown image but leaves it unselected', () => {
    const finding = findingOf(yaml('services:', '  job:', '    image: acme/backup:1'), 'job', RULE);
    expect([finding.status, finding.recommended, finding.proposed]).toEqual([
      'fail',
      '1000:1000',
      false,
    ]);
  });

  it('reports a user from a variable as unknown', () => {
    const text = yaml('services:', '  app:', '    image: redis', '    user: ${UID}:${GID}');
    expect(findingOf(text, 'app', RULE).status).toBe('unknown');
  });

  it('reports a Dockerfile USER from a build variable as unknown, naming the variable', () => {
    const text = yaml('services:', '  app:', '    build: ./app');
    const users = new Map([['app', { user: '${APP_UID}', where: 'app/Dockerfile:3' }]]);
    const finding = findingOf(text, 'app', RULE, users);
    expect([finding.status, finding.current, finding.recommended, finding.reason]).toEqual([
      'unknown',
      'not set',
      '${APP_UID} set to a non-root UID',
      'the Dockerfile sets USER ${APP_UID} from a build variable; check its value',
    ]);
    expect(finding.edits).toEqual([]);
  });

  it('accepts a non-root USER written in the Dockerfile', () => {
    const text = yaml('services:', '  app:', '    build: ./app');
    const users = new Map([['app', { user: 'node', where: 'app/Dockerfile:3' }]]);
    const finding = findingOf(text, 'app', RULE, users);
    expect([finding.status, finding.reason]).toEqual(['ok', 'the image already runs as node']);
  });

  it('says where a merged user comes from and writes the fix into the service, not the shared block', () => {
    const text = yaml(
      'x-base: &base',
      '  user: root',
      'services:',
      '  queue:',
      '    <<: *base',
      '    image: redis',
      '  cache:',
      '    <<: *base',
      '    image: redis',
    );
    const finding = findingOf(text, 'cache', RULE);
    expect(finding.current).toBe('root (from &base, line 2)');
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'x-base: &base',
        '  user: root',
        'services:',
        '  queue:',
        '    <<: *base',
        '    image: redis',
        '    user: "999:999"',
        '  cache:',
        '    <<: *base',
        '    image: redis',
        '    user: "999:999"',
      ),
    );
  });
});
