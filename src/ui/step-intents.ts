import type { Intent } from './keymap.js';
import type { Verification } from './state/wizard-state.js';

/** What each step listens to: its input hook and its footer read the same list. */
export const SERVICE_INTENTS: readonly Intent[] = [
  'up',
  'down',
  'toggle',
  'all',
  'none',
  'next',
  'back',
  'skip',
  'shared',
  'help',
  'quit',
];

export const SCROLL_INTENTS: readonly Intent[] = ['up', 'down', 'page-up', 'page-down'];

export const SUMMARY_INTENTS: readonly Intent[] = [...SCROLL_INTENTS, 'next', 'back', 'quit'];

export const DIFF_INTENTS: readonly Intent[] = [...SCROLL_INTENTS, 'write', 'back', 'quit'];

/** The diff step when nothing is chosen: there is nothing to write. */
export const EMPTY_DIFF_INTENTS: readonly Intent[] = ['back', 'quit'];

/** The verify step, by what it shows: the write and the offer, the check, the report, an error. */
export const VERIFY_INTENTS: Readonly<Record<Verification['status'], readonly Intent[]>> = {
  idle: ['verify', 'done'],
  running: ['done'],
  done: [...SCROLL_INTENTS, 'again', 'done'],
  error: ['again', 'done'],
};

/** A step's intents for its footer: no scrolling keys when everything fits on screen. */
export function footerIntents(intents: readonly Intent[], scrollable: boolean): Intent[] {
  return intents.filter((intent) => scrollable || !SCROLL_INTENTS.includes(intent));
}
