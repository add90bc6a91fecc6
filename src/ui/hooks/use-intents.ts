import { useInput } from 'ink';
import { type Intent, intentFor } from '../keymap.js';

/** Turns key presses into the intents a step listens to; silent while the step is inactive. */
export function useIntents(
  intents: readonly Intent[],
  onIntent: (intent: Intent) => void,
  isActive: boolean,
): void {
  useInput(
    (input, key) => {
      const intent = intentFor(input, key, intents);
      if (intent) onIntent(intent);
    },
    { isActive },
  );
}
