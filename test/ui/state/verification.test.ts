import { describe, expect, it } from 'vitest';
import { wizardReducer } from '../../../src/ui/state/wizard-reducer.js';
import {
  initialState,
  type WizardAction,
  type WizardState,
} from '../../../src/ui/state/wizard-state.js';
import { planFor } from '../plan-for.js';
import { TWO_SERVICES } from '../stacks.js';
import { PASS, STALE } from '../verify-reports.js';

function run(state: WizardState, ...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, state);
}

/** The wizard just after writing TWO_SERVICES, able to verify or not. */
function written(canVerify: boolean): WizardState {
  const start = initialState(planFor(TWO_SERVICES), { canVerify });
  const steps: WizardAction[] = [{ type: 'next' }, { type: 'next' }, { type: 'next' }];
  return run(start, ...steps, { type: 'write' }, { type: 'written', backup: undefined });
}

const VERIFY = { type: 'verify' } as const;

describe('the verify step', () => {
  it('follows the write only when the wizard can verify', () => {
    expect(written(false)).toMatchObject({ step: 'done', result: { outcome: 'written' } });
    const state = written(true);
    expect(state).toMatchObject({ step: 'verify', verification: { status: 'idle' } });
    expect(state.result).toBeUndefined();
  });

  it('counts the runs and starts no second one while one is running', () => {
    const running = run(written(true), VERIFY);
    expect(running.verification).toEqual({ status: 'running', run: 1 });
    expect(run(running, VERIFY)).toBe(running);
    const done = run(running, { type: 'verified', run: 1, report: STALE });
    expect(run(done, VERIFY).verification).toEqual({ status: 'running', run: 2 });
  });

  it('takes only the answer to the latest run', () => {
    const first = run(written(true), VERIFY, { type: 'verify-failed', run: 1, message: 'down' });
    const second = run(first, VERIFY);
    expect(run(second, { type: 'verified', run: 1, report: STALE })).toBe(second);
    const answered = run(second, { type: 'verified', run: 2, report: PASS });
    expect(answered.verification).toEqual({ status: 'done', run: 2, report: PASS });
  });

  it('ends written on quit, with the outcome of the last finished check only', () => {
    const idle = written(true);
    const result = { outcome: 'written', file: 'compose.yaml', backup: undefined };
    expect(run(idle, { type: 'quit' }).result).toMatchObject(result);
    expect(run(idle, { type: 'finish' }).result).not.toHaveProperty('verified');
    expect(run(idle, VERIFY, { type: 'finish' }).result).not.toHaveProperty('verified');

    const stale = run(idle, VERIFY, { type: 'verified', run: 1, report: STALE });
    expect(run(stale, { type: 'finish' }).result).toMatchObject({ ...result, verified: 'fail' });
    const failed = run(idle, VERIFY, { type: 'verify-failed', run: 1, message: 'down' });
    expect(run(failed, { type: 'quit' }).result).toMatchObject({ verified: 'error' });
  });

  it('scrolls the report within bounds, and starts each run at the top', () => {
    const done = run(written(true), VERIFY, { type: 'verified', run: 1, report: STALE });
    const scrolled = run(done, { type: 'scroll', by: 5, max: 2 });
    expect(scrolled.scroll).toBe(2);
    expect(run(scrolled, VERIFY).scroll).toBe(0);
  });
});
