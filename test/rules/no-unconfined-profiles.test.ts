import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'no-unconfined-profiles';
const withOptions = (...lines: string[]) =>
  yaml('services:', '  app:', '    image: acme/app:1', '    security_opt:', ...lines);

describe(RULE, () => {
  it.each([
    'seccomp:unconfined',
    'seccomp=unconfined',
    'apparmor:unconfined',
    'apparmor=unconfined',
    'label:disable',
    'label=disable',
    'label:type:spc_t',
    'systempaths=unconfined',
    'SECCOMP:UNCONFINED',
  ])('removes %s and keeps the other options', (option) => {
    const text = withOptions(`      - ${option}`, '      - no-new-privileges:true');
    expect(findingOf(text, 'app', RULE)).toMatchObject({ status: 'fail', proposed: true });
    expect(fixedBy(text, RULE)).toBe(withOptions('      - no-new-privileges:true'));
  });

  it('writes an empty list when nothing else is left, keeping the comment', () => {
    const text = withOptions('      - seccomp:unconfined # for strace');
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  app:',
        '    image: acme/app:1',
        '    # for strace',
        '    security_opt: []',
      ),
    );
  });

  it('removes from a flow list', () => {
    const text = yaml(
      'services:',
      '  app:',
      '    image: acme/app:1',
      '    security_opt: ["apparmor=unconfined", "label=disable", "no-new-privileges"]',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  app:',
        '    image: acme/app:1',
        '    security_opt: ["no-new-privileges"]',
      ),
    );
  });

  it('gives the service its own list when the options come from an anchor others share', () => {
    const text = yaml(
      'x-sec: &sec',
      '  security_opt: [seccomp:unconfined, label:disable]',
      'services:',
      '  other:',
      '    <<: *sec',
      '    image: acme/other:1',
      '  app:',
      '    <<: *sec',
      '    image: acme/app:1',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'x-sec: &sec',
        '  security_opt: [seccomp:unconfined, label:disable]',
        'services:',
        '  other:',
        '    <<: *sec',
        '    image: acme/other:1',
        '    security_opt: []',
        '  app:',
        '    <<: *sec',
        '    image: acme/app:1',
        '    security_opt: []',
      ),
    );
  });

  it('accepts custom profiles and labels', () => {
    const text = withOptions('      - seccomp:./seccomp.json', '      - label:type:container_t');
    expect(findingOf(text, 'app', RULE).status).toBe('ok');
  });
});
