import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'pids-limit';

describe(RULE, () => {
  it('offers the preset figure as pids_limit, unselected', () => {
    const text = yaml('services:', '  mq:', '    image: rabbitmq:4-management');
    expect(findingOf(text, 'mq', RULE)).toMatchObject({ status: 'fail', proposed: false });
    expect(fixedBy(text, RULE)).toBe(
      yaml('services:', '  mq:', '    image: rabbitmq:4-management', '    pids_limit: 512'),
    );
  });

  it.each(['-1', '0'])('treats pids_limit: %s as unlimited and replaces it', (value) => {
    const text = yaml('services:', '  mq:', '    image: rabbitmq:4', `    pids_limit: ${value}`);
    expect(findingOf(text, 'mq', RULE).current).toBe(`pids_limit: ${value} (unlimited)`);
    expect(fixedBy(text, RULE)).toBe(
      yaml('services:', '  mq:', '    image: rabbitmq:4', '    pids_limit: 512'),
    );
  });

  it('accepts pids_limit or deploy.resources.limits.pids', () => {
    const own = yaml('services:', '  mq:', '    image: rabbitmq:4', '    pids_limit: 100');
    const deploy = yaml(
      'services:',
      '  mq:',
      '    image: rabbitmq:4',
      '    deploy:',
      '      resources:',
      '        limits: {pids: 100}',
    );
    expect(findingOf(own, 'mq', RULE).status).toBe('ok');
    expect(findingOf(deploy, 'mq', RULE).status).toBe('ok');
  });
});
