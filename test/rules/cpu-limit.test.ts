import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'cpu-limit';

describe(RULE, () => {
  it('offers the preset figure as a quoted cpus string', () => {
    const text = yaml('services:', '  cache:', '    image: redis:7');
    expect(findingOf(text, 'cache', RULE)).toMatchObject({ status: 'fail', severity: 'low' });
    expect(fixedBy(text, RULE)).toBe(
      yaml('services:', '  cache:', '    image: redis:7', '    cpus: "0.5"'),
    );
  });

  it.each([
    '    cpus: 1.5',
    '    cpu_quota: 50000',
    '    cpuset: "0,1"',
    '    cpu_shares: 512',
    '    deploy: {resources: {limits: {cpus: "0.25"}}}',
  ])('accepts %s', (line) => {
    const text = yaml('services:', '  cache:', '    image: redis:7', line);
    expect(findingOf(text, 'cache', RULE).status).toBe('ok');
  });
});
