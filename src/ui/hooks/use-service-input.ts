import type { Dispatch } from 'react';
import type { Intent } from '../keymap.js';
import type { WizardAction } from '../state/wizard-state.js';
import { SERVICE_INTENTS } from '../step-intents.js';
import { useIntents } from './use-intents.js';

const ACTIONS: Partial<Record<Intent, WizardAction>> = {
  up: { type: 'move', by: -1 },
  down: { type: 'move', by: 1 },
  toggle: { type: 'toggle' },
  all: { type: 'select-all' },
  none: { type: 'select-none' },
  next: { type: 'next' },
  back: { type: 'back' },
  skip: { type: 'skip' },
  shared: { type: 'shared' },
  help: { type: 'help' },
  quit: { type: 'quit' },
};

/** Keys on a service screen: move between rows, choose changes, go between services. */
export function useServiceInput(dispatch: Dispatch<WizardAction>, isActive: boolean): void {
  useIntents(
    SERVICE_INTENTS,
    (intent) => {
      const action = ACTIONS[intent];
      if (action) dispatch(action);
    },
    isActive,
  );
}
