// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'no-secrets-in-env';
const SECRET = 'hunter2-Pa55';
const withEnv = (...lines: string[]) =>
  yaml('services:', '  app:', '    image: acme/app:1', '    environment:', ...lines);

describe(RULE, () => {
  it.each([
    [`POSTGRES_PASSWORD: ${SECRET}`, 'POSTGRES_PASSWORD'],
    [`- API_KEY=${SECRET}`, 'API_KEY'],
    [`GITHUB_TOKEN: "${SECRET}"`, 'GITHUB_TOKEN'],
    [`SECRET_KEY_BASE: ${SECRET}`, 'SECRET_KEY_BASE'],
    [`AWS_SECRET_ACCESS_KEY: ${SECRET}`, 'AWS_SECRET_ACCESS_KEY'],
    [`ADMIN_PASSWORD: \${ADMIN_PASSWORD:-${SECRET}}`, 'ADMIN_PASSWORD'],
    [`DATABASE_URL: postgres://app:${SECRET}@db:5432/app`, 'DATABASE_URL'],
    [`- CACHE=redis://:${SECRET}@cache:6379/0`, 'CACHE'],
    ['DB_PASSWORD: 123456', 'DB_PASSWORD'],
  ])('flags %s and shows only %s=<redacted>', (line, key) => {
    const finding = findingOf(withEnv(`      ${line}`), 'app', RULE);
    expect([finding.status, finding.current]).toEqual(['fail', `${key}=<redacted>`]);
    expect(finding.reason).toBe(`${key} is written in the file`);
  });

  it('never prints a value anywhere in the finding', () => {
    const finding = findingOf(
      withEnv(`      DB_PASSWORD: ${SECRET}`, `      DSN: mysql://u:${SECRET}@db/x`),
      'app',
      RULE,
    );
    expect(JSON.stringify(finding)).not.toContain(SECRET);
    expect(finding.current).toBe('DB_PASSWORD=<redacted>, DSN=<redacted>');
  });

  it.each([
    'POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}',
    'POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}',
    'POSTGRES_PASSWORD_FILE: /run/secrets/pg',
    'DB_PASSWORD: /run/secrets/db_password',
    'PASSWORD_MIN_LENGTH: 12',
    'TOKEN_TTL: 3600',
    'AUTH_ENABLED: "true"',
    'DATABASE_URL: postgres://app@db:5432/app',
    'DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app',
    'EMPTY_PASSWORD: ""',
    '- API_TOKEN',
  ])('accepts %s', (line) => {
    expect(findingOf(withEnv(`      ${line}`), 'app', RULE).status).toBe('ok');
  });

  it('reads variables merged from an anchor and has no automatic fix', () => {
    const text = yaml(
      'x-env: &env',
      `  REDIS_PASSWORD: ${SECRET}`,
      'services:',
      '  app:',
      '    image: acme/app:1',
      '    environment:',
      '      <<: *env',
      '      LOG_LEVEL: info',
    );
    const finding = findingOf(text, 'app', RULE);
    expect([finding.status, finding.current, finding.edits]).toEqual([
      'fail',
      'REDIS_PASSWORD=<redacted>',
      [],
    ]);
    expect(fixedBy(text, RULE)).toBe(text);
  });
});
