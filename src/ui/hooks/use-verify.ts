import { type Dispatch, useEffect, useRef } from 'react';
import { isUserError } from '../../errors.js';
import type { VerifyStack } from '../result.js';
import type { WizardAction } from '../state/wizard-state.js';

/**
 * Checks the running containers once for each new run the reducer starts. A problem the user
 * can act on (a UserError: no engine, permission denied, timeout) becomes a state; anything
 * else is a bug and goes to `onBug`.
 */
export function useVerify(
  run: number | undefined,
  verify: VerifyStack | undefined,
  dispatch: Dispatch<WizardAction>,
  onBug: (error: unknown) => void,
): void {
  const started = useRef(0);

  useEffect(() => {
    if (run === undefined || !verify || run === started.current) return;
    started.current = run;
    verify().then(
      (report) => dispatch({ type: 'verified', run, report }),
      (error: unknown) => {
        if (isUserError(error)) dispatch({ type: 'verify-failed', run, message: error.oneLine() });
        else onBug(error);
      },
    );
  }, [run, verify, dispatch, onBug]);
}
