import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/config/closest.js';
import { parseDirective } from '../../src/config/directive.js';

describe('parseDirective', () => {
  it('reads the rule ids and the reason after --', () => {
    expect(
      parseDirective('compose-harden: ignore ports-loopback -- behind the host firewall'),
    ).toEqual({
      kind: 'ignore',
      rules: ['ports-loopback'],
      reason: 'behind the host firewall',
      written: 'ignore ports-loopback',
    });
  });

  it('takes several ids separated by commas or spaces, and no reason', () => {
    expect(
      parseDirective('compose-harden: ignore user-non-root, cap-drop-all read-only-rootfs'),
    ).toEqual({
      kind: 'ignore',
      rules: ['user-non-root', 'cap-drop-all', 'read-only-rootfs'],
      reason: undefined,
      written: 'ignore user-non-root, cap-drop-all, read-only-rootfs',
    });
  });

  it('turns all into every rule and treats an empty reason as none', () => {
    expect(parseDirective('compose-harden: ignore all --')).toMatchObject({
      rules: 'all',
      reason: undefined,
    });
  });

  it('leaves other comments alone', () => {
    expect(parseDirective('pinned until the next release')).toBeUndefined();
    expect(parseDirective('see compose-harden: ignore all')).toBeUndefined();
  });

  it('names an unknown rule with the closest id', () => {
    expect(parseDirective('compose-harden: ignore cap-drop -- x')).toEqual({
      kind: 'invalid',
      message: 'unknown rule cap-drop; did you mean cap-drop-all?',
    });
  });

  it('names a mistyped directive and an ignore without rules', () => {
    expect(parseDirective('compose-harden: ignroe all')).toEqual({
      kind: 'invalid',
      message: 'unknown compose-harden directive ignroe; did you mean ignore?',
    });
    expect(parseDirective('compose-harden: ignore -- why')).toMatchObject({ kind: 'invalid' });
  });
});

describe('closest', () => {
  it('suggests the nearest candidate and nothing when none is near', () => {
    expect(closest('cap-drop', ['cap-drop-all', 'cap-add-minimal'])).toBe('cap-drop-all');
    expect(closest('hgh', ['critical', 'high', 'medium', 'low', 'info'])).toBe('high');
    expect(closest('banana', ['cap-drop-all', 'user-non-root'])).toBeUndefined();
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
