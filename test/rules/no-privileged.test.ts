import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'no-privileged';

describe(RULE, () => {
  it('turns privileged off in place and keeps the comment', () => {
    const text = yaml(
      'services:',
      '  c:',
      '    image: gcr.io/cadvisor/cadvisor',
      '    privileged: true # for /dev/kmsg',
    );
    expect(findingOf(text, 'c', RULE).status).toBe('fail');
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  c:',
        '    image: gcr.io/cadvisor/cadvisor',
        '    privileged: false # for /dev/kmsg',
      ),
    );
  });

  it('accepts privileged: false or no key', () => {
    expect(
      findingOf(yaml('services:', '  c:', '    image: a', '    privileged: false'), 'c', RULE)
        .status,
    ).toBe('ok');
    expect(findingOf(yaml('services:', '  c:', '    image: a'), 'c', RULE).status).toBe('ok');
  });
});
