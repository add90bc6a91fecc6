import { exitCodeFor } from '../../verify/run-verify.js';
import type { Verified } from '../result.js';
import type { Verification, WizardAction, WizardState } from './wizard-state.js';

/** What the verification says for the wizard's result; nothing when none finished. */
export function verifiedBy(verification: Verification): Verified | undefined {
  if (verification.status === 'done') {
    return exitCodeFor(verification.report) === 0 ? 'pass' : 'fail';
  }
  return verification.status === 'error' ? 'error' : undefined;
}

/** The run the latest check is, or would be: each press of v or r starts a new one. */
function runOf(verification: Verification): number {
  return verification.status === 'idle' ? 0 : verification.run;
}

/**
 * The step after a write. Checking never changes a container, so it can be started again as
 * often as the user likes, and left at any time: the file is written either way.
 */
export function onVerify(state: WizardState, action: WizardAction): WizardState {
  const { verification } = state;
  switch (action.type) {
    case 'verify':
      if (verification.status === 'running') return state;
      return {
        ...state,
        verification: { status: 'running', run: runOf(verification) + 1 },
        scroll: 0,
      };
    case 'verified':
      if (verification.status !== 'running' || action.run !== verification.run) return state;
      return { ...state, verification: { status: 'done', run: action.run, report: action.report } };
    case 'verify-failed':
      if (verification.status !== 'running' || action.run !== verification.run) return state;
      return {
        ...state,
        verification: { status: 'error', run: action.run, message: action.message },
      };
    case 'scroll':
      if (verification.status !== 'done') return state;
      return { ...state, scroll: Math.min(Math.max(state.scroll + action.by, 0), action.max) };
    case 'finish':
    case 'quit':
      return finish(state);
    default:
      return state;
  }
}

function finish(state: WizardState): WizardState {
  if (!state.written) return state;
  const verified = verifiedBy(state.verification);
  const result = verified ? { ...state.written, verified } : state.written;
  return { ...state, step: 'done', result };
}
