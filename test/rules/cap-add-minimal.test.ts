import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'cap-add-minimal';

describe(RULE, () => {
  it('flags capabilities the image does not need, whatever their spelling', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx',
      '    cap_drop: [ALL]',
      '    cap_add: [chown, CAP_SETUID, SETGID, sys_admin]',
    );
    const finding = findingOf(text, 'web', RULE);
    expect([finding.status, finding.reason]).toEqual([
      'fail',
      'not needed by this image: sys_admin',
    ]);
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  web:',
        '    image: nginx',
        '    cap_drop: [ALL]',
        '    cap_add: [chown, CAP_SETUID, SETGID]',
      ),
    );
  });

  it('empties cap_add for a non-root service: the capabilities would never reach it', () => {
    const text = yaml(
      'services:',
      '  cache:',
      '    image: redis',
      '    user: "999:999"',
      '    cap_add:',
      '      - NET_ADMIN',
    );
    const finding = findingOf(text, 'cache', RULE);
    expect(finding.recommended).toBe('none');
    expect(fixedBy(text, RULE)).toBe(
      yaml('services:', '  cache:', '    image: redis', '    user: "999:999"', '    cap_add: []'),
    );
  });

  it('asks for the missing ones once every capability is dropped', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx',
      '    cap_drop: [ALL]',
      '    cap_add: [CHOWN]',
    );
    const finding = findingOf(text, 'web', RULE);
    expect(finding.reason).toBe('with cap_drop ALL the entrypoint needs SETUID, SETGID');
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  web:',
        '    image: nginx',
        '    cap_drop: [ALL]',
        '    cap_add: [CHOWN, SETUID, SETGID]',
      ),
    );
  });

  it('keeps one spelling of a capability written twice, as chown and CAP_CHOWN', () => {
    const text = yaml(
      'services:',
      '  web:',
      '    image: nginx',
      '    cap_drop: [ALL]',
      '    cap_add: [chown, CAP_CHOWN, SETUID, NET_ADMIN]',
    );
    expect(fixedBy(text, RULE)).toBe(
      yaml(
        'services:',
        '  web:',
        '    image: nginx',
        '    cap_drop: [ALL]',
        '    cap_add: [chown, SETUID, SETGID]',
      ),
    );
  });

  it('accepts no cap_add when nothing is needed', () => {
    const text = yaml('services:', '  p:', '    image: prom/prometheus');
    expect(findingOf(text, 'p', RULE).status).toBe('ok');
  });
});

describe(`${RULE} grading`, () => {
  const withCaps = (caps: string) =>
    yaml('services:', '  p:', '    image: prom/prometheus', `    cap_add: [${caps}]`);

  it.each([
    ['ALL', 'critical'],
    ['SYS_ADMIN', 'critical'],
    ['CAP_SYS_MODULE', 'critical'],
    ['NET_ADMIN', 'high'],
    ['sys_ptrace', 'high'],
    ['DAC_READ_SEARCH', 'high'],
    ['NET_RAW', 'medium'],
  ])('rates an unneeded %s as %s', (caps, severity) => {
    const finding = findingOf(withCaps(caps), 'p', RULE);
    expect([finding.status, finding.severity]).toEqual(['fail', severity]);
  });

  it('rates by the worst extra capability', () => {
    expect(findingOf(withCaps('NET_RAW, SYS_ADMIN'), 'p', RULE).severity).toBe('critical');
  });

  it('does not grade DAC_READ_SEARCH when the preset needs it', () => {
    const text = yaml(
      'services:',
      '  db:',
      '    image: postgres',
      '    cap_drop: [ALL]',
      '    cap_add: [CHOWN, SETUID, SETGID, FOWNER, DAC_READ_SEARCH]',
    );
    expect(findingOf(text, 'db', RULE).status).toBe('ok');
  });
});
