import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'no-shared-propagation';
const withVolume = (...lines: string[]) =>
  yaml('services:', '  mnt:', '    image: rclone/rclone:1', '    volumes:', ...lines);

describe(RULE, () => {
  it.each([
    ['/mnt/data:/data:shared', '/mnt/data:/data:rprivate'],
    ['/mnt/data:/data:rshared', '/mnt/data:/data:rprivate'],
    ['"/mnt/data:/data:ro,rshared"', '"/mnt/data:/data:ro,rprivate"'],
  ])('makes %s private as %s', (before, after) => {
    const text = withVolume(`      - ${before}`);
    expect(findingOf(text, 'mnt', RULE)).toMatchObject({ status: 'fail', proposed: true });
    expect(fixedBy(text, RULE)).toBe(withVolume(`      - ${after}`));
  });

  it('sets bind.propagation in long syntax', () => {
    const text = withVolume(
      '      - type: bind',
      '        source: /mnt/data',
      '        target: /data',
      '        bind:',
      '          propagation: rshared # for the FUSE mount',
    );
    expect(fixedBy(text, RULE)).toBe(
      withVolume(
        '      - type: bind',
        '        source: /mnt/data',
        '        target: /data',
        '        bind:',
        '          propagation: rprivate # for the FUSE mount',
      ),
    );
  });

  it('accepts slave, private and unset propagation', () => {
    const text = withVolume('      - /a:/a:rslave', '      - /b:/b:private', '      - /c:/c');
    expect(findingOf(text, 'mnt', RULE).status).toBe('ok');
  });
});
