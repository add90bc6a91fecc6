import { describe, expect, it } from 'vitest';
import { findingOf, fixedBy, yaml } from './harness.js';

const RULE = 'no-host-devices';

describe(RULE, () => {
  it('lists devices and cgroup rules and changes nothing', () => {
    const text = yaml(
      'services:',
      '  media:',
      '    image: jellyfin/jellyfin:10',
      '    devices:',
      '      - /dev/dri:/dev/dri',
      '    device_cgroup_rules:',
      "      - 'c 189:* rmw'",
    );
    const finding = findingOf(text, 'media', RULE);
    expect([finding.status, finding.current, finding.edits]).toEqual([
      'fail',
      '/dev/dri:/dev/dri, c 189:* rmw',
      [],
    ]);
    expect(fixedBy(text, RULE)).toBe(text);
  });

  it('describes long-syntax devices', () => {
    const text = yaml(
      'services:',
      '  z:',
      '    image: koenkk/zigbee2mqtt:1',
      '    devices:',
      '      - source: /dev/ttyUSB0',
      '        target: /dev/ttyACM0',
      '        permissions: rw',
    );
    expect(findingOf(text, 'z', RULE).current).toBe(
      'source=/dev/ttyUSB0 target=/dev/ttyACM0 permissions=rw',
    );
  });

  it('accepts a service without devices', () => {
    expect(findingOf(yaml('services:', '  a:', '    image: a:1'), 'a', RULE).status).toBe('ok');
  });
});
