import type { Key } from 'ink';

/** What a key press means, whichever key it was. */
export type Intent =
  | 'up'
  | 'down'
  | 'page-up'
  | 'page-down'
  | 'toggle'
  | 'all'
  | 'none'
  | 'next'
  | 'back'
  | 'skip'
  | 'shared'
  | 'help'
  | 'write'
  | 'quit'
  | 'verify'
  | 'again'
  | 'done';

type NamedKey = 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'pageUp' | 'pageDown';
type KeyMatch =
  | { input: string; ctrl?: true }
  | { key: NamedKey | 'return' | 'escape' | 'backspace' | 'delete' };

interface Binding {
  keys: readonly KeyMatch[];
  /** What the intent does, for the help panel. */
  label: string;
  /** The footer's short form; omitted when the intent before it stands for both. */
  hint?: Hint;
}

export interface Hint {
  keys: string;
  label: string;
}

/** The one table of keys: the input hooks read it, and the footer and help are built from it. */
export const KEYMAP: Readonly<Record<Intent, Binding>> = {
  up: {
    keys: [{ key: 'upArrow' }, { input: 'k' }],
    label: 'up',
    hint: { keys: '↑↓', label: 'move' },
  },
  down: { keys: [{ key: 'downArrow' }, { input: 'j' }], label: 'down' },
  'page-up': {
    keys: [{ key: 'pageUp' }],
    label: 'page up',
    hint: { keys: 'PgUp/Dn', label: 'page' },
  },
  'page-down': { keys: [{ key: 'pageDown' }], label: 'page down' },
  toggle: { keys: [{ input: ' ' }], label: 'toggle', hint: { keys: 'space', label: 'toggle' } },
  all: { keys: [{ input: 'a' }], label: 'select all', hint: { keys: 'a', label: 'all' } },
  none: { keys: [{ input: 'n' }], label: 'select none', hint: { keys: 'n', label: 'none' } },
  next: {
    keys: [{ key: 'return' }, { key: 'rightArrow' }, { input: 'l' }],
    label: 'next',
    hint: { keys: '⏎', label: 'next' },
  },
  // Terminals send DEL (0x7f) for Backspace, which Ink reports as `delete`.
  back: {
    keys: [{ key: 'leftArrow' }, { input: 'h' }, { key: 'backspace' }, { key: 'delete' }],
    label: 'back',
    hint: { keys: '←', label: 'back' },
  },
  skip: { keys: [{ input: 's' }], label: 'skip service', hint: { keys: 's', label: 'skip' } },
  // No footer hint: the focused row says when it applies, which is seldom.
  shared: { keys: [{ input: 'b' }], label: 'fix in the shared block, or in the service only' },
  help: { keys: [{ input: '?' }], label: 'help', hint: { keys: '?', label: 'help' } },
  write: {
    keys: [{ input: 'w' }, { input: 'y' }],
    label: 'write',
    hint: { keys: 'w', label: 'write' },
  },
  quit: {
    keys: [{ input: 'q' }, { key: 'escape' }, { input: 'c', ctrl: true }],
    label: 'quit',
    hint: { keys: 'q', label: 'quit' },
  },
  verify: { keys: [{ input: 'v' }], label: 'verify', hint: { keys: 'v', label: 'verify now' } },
  again: { keys: [{ input: 'r' }], label: 'run again', hint: { keys: 'r', label: 'run again' } },
  // After the write there is nothing left to abandon: every way out, Enter included, is done.
  done: {
    keys: [{ input: 'q' }, { key: 'return' }, { key: 'escape' }, { input: 'c', ctrl: true }],
    label: 'done',
    hint: { keys: 'q', label: 'done' },
  },
};

function matches(match: KeyMatch, input: string, key: Key): boolean {
  if ('key' in match) return key[match.key];
  return input === match.input && key.ctrl === (match.ctrl ?? false);
}

/** The first of `allowed` that the key press means, if any. */
export function intentFor(input: string, key: Key, allowed: readonly Intent[]): Intent | undefined {
  return allowed.find((intent) => KEYMAP[intent].keys.some((m) => matches(m, input, key)));
}

/** Footer hints for the intents a step listens to; `labels` renames one for that step. */
export function hintsFor(
  intents: readonly Intent[],
  labels: Partial<Record<Intent, string>> = {},
): Hint[] {
  return intents.flatMap((intent) => {
    const { hint } = KEYMAP[intent];
    return hint === undefined ? [] : [{ keys: hint.keys, label: labels[intent] ?? hint.label }];
  });
}

const KEY_NAMES: Record<string, string> = {
  upArrow: '↑',
  downArrow: '↓',
  leftArrow: '←',
  rightArrow: '→',
  pageUp: 'PgUp',
  pageDown: 'PgDn',
  return: 'enter',
  escape: 'esc',
  delete: 'backspace',
};

function keyName(match: KeyMatch): string {
  if ('key' in match) return KEY_NAMES[match.key] ?? match.key;
  if (match.ctrl) return `ctrl+${match.input}`;
  return match.input === ' ' ? 'space' : match.input;
}

/** Every key of an intent, for the help panel: "↑ k". */
export function keysOf(intent: Intent): string {
  return [...new Set(KEYMAP[intent].keys.map(keyName))].join(' ');
}
