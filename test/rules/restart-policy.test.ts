// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Compose interpolation, not JS templates
import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'restart-policy';

describe(RULE, () => {
  it('replaces always with unless-stopped in place, selected', () => {
    const text = yaml('services:', '  a:', '    image: a:1', '    restart: always # keep it up');
    expect(findingOf(text, 'a', RULE)).toMatchObject({ status: 'fail', proposed: true });
    expect(fixedBy(text, RULE)).toBe(
      yaml('services:', '  a:', '    image: a:1', '    restart: unless-stopped # keep it up'),
    );
  });

  it('offers a policy when none is set, unselected, since the service may be a one-shot job', () => {
    const text = yaml('services:', '  a:', '    image: a:1', '    user: "1000:1000"');
    expect(findingOf(text, 'a', RULE)).toMatchObject({ status: 'fail', proposed: false });
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  a:',
        '    image: a:1',
        '    restart: unless-stopped',
        '    user: "1000:1000"',
      ),
    );
  });

  it('writes its own restart into a service whose always comes from an anchor others share', () => {
    const text = yaml(
      'x-common: &common',
      '  restart: always',
      'services:',
      '  b:',
      '    <<: *common',
      '    image: b:1',
      '  a:',
      '    <<: *common',
      '    image: a:1',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'x-common: &common',
        '  restart: always',
        'services:',
        '  b:',
        '    <<: *common',
        '    image: b:1',
        '    restart: unless-stopped',
        '  a:',
        '    <<: *common',
        '    image: a:1',
        '    restart: unless-stopped',
      ),
    );
  });

  it.each(['unless-stopped', 'on-failure', 'on-failure:5', '"no"', 'no'])(
    'accepts %s',
    (policy) => {
      const text = yaml('services:', '  a:', '    image: a:1', `    restart: ${policy}`);
      expect(findingOf(text, 'a', RULE).status).toBe('ok');
    },
  );

  it('accepts a deploy restart policy and cannot judge one from a variable', () => {
    const deploy = yaml(
      'services:',
      '  a:',
      '    image: a:1',
      '    deploy: {restart_policy: {condition: on-failure}}',
    );
    const variable = yaml('services:', '  a:', '    image: a:1', '    restart: ${RESTART_POLICY}');
    expect(findingOf(deploy, 'a', RULE).status).toBe('ok');
    expect(findingOf(variable, 'a', RULE).status).toBe('unknown');
  });
});
