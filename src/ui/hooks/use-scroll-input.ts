import type { Dispatch } from 'react';
import type { Intent } from '../keymap.js';
import type { WizardAction } from '../state/wizard-state.js';
import { useIntents } from './use-intents.js';

/** How much there is to scroll: all the lines, and how many fit on screen. */
export interface Extent {
  total: number;
  height: number;
}

const STEPS: Partial<Record<Intent, (height: number) => number>> = {
  up: () => -1,
  down: () => 1,
  'page-up': (height) => -height,
  'page-down': (height) => height,
};

const OTHERS: Partial<Record<Intent, WizardAction>> = {
  next: { type: 'next' },
  back: { type: 'back' },
  write: { type: 'write' },
  quit: { type: 'quit' },
  verify: { type: 'verify' },
  again: { type: 'verify' },
  done: { type: 'finish' },
};

/**
 * Keys on the steps that show a long text (the summary, the diff, the verification report):
 * scroll it, and whatever else the step offers: go on, back, write, verify, quit.
 */
export function useScrollInput(
  intents: readonly Intent[],
  extent: Extent,
  dispatch: Dispatch<WizardAction>,
  isActive: boolean,
): void {
  useIntents(
    intents,
    (intent) => {
      const step = STEPS[intent];
      const max = Math.max(extent.total - extent.height, 0);
      const action = step
        ? { type: 'scroll' as const, by: step(extent.height), max }
        : OTHERS[intent];
      if (action) dispatch(action);
    },
    isActive,
  );
}
