import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { hintsFor, intentFor, KEYMAP } from '../../src/ui/keymap.js';
import { DIFF_INTENTS, SERVICE_INTENTS, VERIFY_INTENTS } from '../../src/ui/step-intents.js';

const NO_KEY = Object.fromEntries(
  [
    'upArrow',
    'downArrow',
    'leftArrow',
    'rightArrow',
    'pageDown',
    'pageUp',
    'return',
    'escape',
    'ctrl',
    'shift',
    'tab',
    'backspace',
    'delete',
    'meta',
  ].map((k) => [k, false]),
) as unknown as Key;

const key = (flags: Partial<Key>): Key => ({ ...NO_KEY, ...flags });

describe('the keymap', () => {
  it('maps Ctrl+C, q and Esc to quit', () => {
    expect(intentFor('c', key({ ctrl: true }), SERVICE_INTENTS)).toBe('quit');
    expect(intentFor('q', NO_KEY, SERVICE_INTENTS)).toBe('quit');
    expect(intentFor('', key({ escape: true }), SERVICE_INTENTS)).toBe('quit');
    expect(intentFor('c', NO_KEY, SERVICE_INTENTS)).toBeUndefined();
  });

  it('treats the Backspace key (DEL, which Ink calls delete) as back', () => {
    expect(intentFor('', key({ delete: true }), SERVICE_INTENTS)).toBe('back');
  });

  it('only answers with the intents a step listens to', () => {
    expect(intentFor('w', NO_KEY, SERVICE_INTENTS)).toBeUndefined();
    expect(intentFor('w', NO_KEY, DIFF_INTENTS)).toBe('write');
  });

  it('ends the verify step with q, Enter, Esc or Ctrl+C, and offers v, then r', () => {
    const { idle, done } = VERIFY_INTENTS;
    expect(intentFor('v', NO_KEY, idle)).toBe('verify');
    expect(intentFor('r', NO_KEY, idle)).toBeUndefined();
    expect(intentFor('r', NO_KEY, done)).toBe('again');
    for (const [input, flags] of [
      ['q', {}],
      ['', { return: true }],
      ['', { escape: true }],
      ['c', { ctrl: true }],
    ] as const) {
      expect(intentFor(input, key(flags), idle)).toBe('done');
      expect(intentFor(input, key(flags), done)).toBe('done');
    }
    expect(intentFor('', key({ return: true }), VERIFY_INTENTS.running)).toBe('done');
  });

  it('builds the footer from the same table, renamed where a step says so', () => {
    expect(hintsFor(['up', 'down', 'next', 'quit'], { next: 'diff' })).toEqual([
      { keys: KEYMAP.up.hint?.keys, label: 'move' },
      { keys: '⏎', label: 'diff' },
      { keys: 'q', label: 'quit' },
    ]);
  });
});
