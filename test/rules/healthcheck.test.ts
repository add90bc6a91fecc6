import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'healthcheck';

describe(RULE, () => {
  it("writes the preset's check built from the image's own tools", () => {
    const text = yaml(
      'services:',
      '  db:',
      '    image: postgres:17',
      '    restart: unless-stopped',
    );
    expect(findingOf(text, 'db', RULE)).toMatchObject({ status: 'fail', proposed: true });
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  db:',
        '    image: postgres:17',
        '    restart: unless-stopped',
        '    healthcheck:',
        '      test: [CMD-SHELL, "pg_isready -U $${POSTGRES_USER:-postgres}"]',
        '      interval: 10s',
        '      timeout: 5s',
        '      retries: 5',
      ),
    );
  });

  it.each(['disable: true', 'test: ["NONE"]', 'test: NONE'])(
    'replaces a check turned off with %s',
    (line) => {
      const text = yaml(
        'services:',
        '  cache:',
        '    image: redis:7',
        '    healthcheck:',
        `      ${line}`,
      );
      expect(findingOf(text, 'cache', RULE).reason).toBe('the health check is turned off');
      expect(fixedBy(text, RULE)).toBe(
        yaml(
          'services:',
          '  cache:',
          '    image: redis:7',
          '    healthcheck:',
          '      test: [CMD, redis-cli, ping]',
          '      interval: 10s',
          '      timeout: 3s',
          '      retries: 5',
        ),
      );
    },
  );

  it('offers a check that may not fit every tag unselected', () => {
    const text = yaml('services:', '  docs:', '    image: mongo:5');
    expect(findingOf(text, 'docs', RULE)).toMatchObject({ status: 'fail', proposed: false });
  });

  it('shows only whether a check is set, never its command', () => {
    const text = yaml(
      'services:',
      '  cache:',
      '    image: redis:7',
      '    healthcheck:',
      '      test: [CMD, redis-cli, -a, s3cret, ping]',
    );
    const finding = findingOf(text, 'cache', RULE);
    expect([finding.status, finding.current]).toEqual(['ok', 'set']);
    expect(JSON.stringify(finding)).not.toContain('s3cret');
  });

  it('accepts a check written as a string or a list', () => {
    const shell = yaml(
      'services:',
      '  a:',
      '    image: a:1',
      '    healthcheck:',
      '      test: curl -f localhost',
    );
    const list = yaml('services:', '  a:', '    image: a:1', '    healthcheck: {test: [CMD, /ok]}');
    expect(findingOf(shell, 'a', RULE).status).toBe('ok');
    expect(findingOf(list, 'a', RULE).status).toBe('ok');
  });

  it('accepts an image whose preset says it declares its own HEALTHCHECK', () => {
    const text = yaml('services:', '  vw:', '    image: vaultwarden/server:1.32.0');
    expect(findingOf(text, 'vw', RULE).status).toBe('ok');
  });

  it("cannot judge a check that only sets timings: the image's own applies, if any", () => {
    const text = yaml(
      'services:',
      '  a:',
      '    image: a:1',
      '    healthcheck:',
      '      interval: 1m',
    );
    expect(findingOf(text, 'a', RULE).status).toBe('unknown');
  });

  it('fails without a fix when no preset knows a check for the image', () => {
    const finding = findingOf(yaml('services:', '  a:', '    image: acme/a:1'), 'a', RULE);
    expect([finding.status, finding.edits]).toEqual(['fail', []]);
  });
});
