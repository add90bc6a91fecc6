import { describe, expect, it } from 'vitest';
import { isCapability, LINUX_CAPABILITIES, normalizeCap } from '../../src/presets/capabilities.js';

describe('normalizeCap', () => {
  it.each([
    ['CHOWN', 'CHOWN'],
    ['chown', 'CHOWN'],
    ['CAP_NET_BIND_SERVICE', 'NET_BIND_SERVICE'],
    ['cap_sys_admin', 'SYS_ADMIN'],
    [' setuid ', 'SETUID'],
    ['CHECKPOINT_RESTORE', 'CHECKPOINT_RESTORE'],
  ])('turns %j into %j', (written, expected) => {
    expect(normalizeCap(written)).toBe(expected);
  });

  it.each(['ALL', 'CAP_', '', 'NET_BIND', 'CAP_CAP_CHOWN'])(
    'returns undefined for %j, which is not a capability',
    (written) => {
      expect(normalizeCap(written)).toBeUndefined();
    },
  );
});

describe('LINUX_CAPABILITIES', () => {
  it('lists the 41 kernel capabilities once each, without the CAP_ prefix', () => {
    expect(LINUX_CAPABILITIES).toHaveLength(41);
    expect(new Set(LINUX_CAPABILITIES).size).toBe(41);
    expect(LINUX_CAPABILITIES.filter((name) => name.startsWith('CAP_'))).toEqual([]);
  });

  it('accepts only canonical names as capabilities', () => {
    expect(isCapability('DAC_READ_SEARCH')).toBe(true);
    expect(isCapability('dac_read_search')).toBe(false);
    expect(isCapability('CAP_DAC_READ_SEARCH')).toBe(false);
  });
});
