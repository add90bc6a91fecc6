import { type Dispatch, useEffect, useRef } from 'react';
import { isUserError } from '../../errors.js';
import type { FileText, WriteFile } from '../result.js';
import type { WizardAction } from '../state/wizard-state.js';

/**
 * Writes the texts once the writing step starts, exactly once. A refusal the user can act on
 * (a UserError) becomes a state; anything else is a bug and goes to `onBug`.
 */
export function useWrite(
  active: boolean,
  files: readonly FileText[],
  write: WriteFile,
  dispatch: Dispatch<WizardAction>,
  onBug: (error: unknown) => void,
): void {
  const started = useRef(false);

  useEffect(() => {
    if (!active || started.current) return;
    started.current = true;
    write(files).then(
      ({ backup, file }) => dispatch({ type: 'written', backup, file }),
      (error: unknown) => {
        if (isUserError(error)) dispatch({ type: 'failed', message: error.oneLine() });
        else onBug(error);
      },
    );
  }, [active, files, write, dispatch, onBug]);
}
