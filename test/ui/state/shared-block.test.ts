import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/plan/types.js';
import { tableRows } from '../../../src/ui/state/selectors.js';
import { blockRefusal } from '../../../src/ui/state/shared-block.js';
import { wizardReducer } from '../../../src/ui/state/wizard-reducer.js';
import { initialState, type WizardState } from '../../../src/ui/state/wizard-state.js';
import { planFor } from '../plan-for.js';
import { SHARED_BLOCK } from '../stacks.js';

/** The state with the cursor on web's restart-policy row. */
function onWebRestart(plan: Plan): WizardState {
  const web = plan.services[0];
  if (!web) throw new Error('no web');
  const row = tableRows(web).findIndex((f) => f.rule === 'restart-policy');
  return { ...initialState(plan), row };
}

describe('a fix moved into a shared block', () => {
  it('moves every service’s fix of that key with it, and a toggle chooses or drops them all', () => {
    const moved = wizardReducer(onWebRestart(planFor(SHARED_BLOCK)), { type: 'shared' });
    const keys = ['web/restart-policy', 'worker/restart-policy'];
    expect([...moved.shared].sort()).toEqual(keys);
    expect(keys.every((key) => moved.chosen.has(key))).toBe(true);

    const dropped = wizardReducer(moved, { type: 'toggle' });
    expect(keys.some((key) => dropped.chosen.has(key))).toBe(false);
  });

  it('is refused when a service the block reaches ignores that rule', () => {
    const plan = planFor(SHARED_BLOCK);
    const ignoring: Plan = {
      ...plan,
      services: plan.services.map((s) => ({
        ...s,
        findings: s.findings.map((f) =>
          f.key === 'worker/restart-policy' ? { ...f, ignored: true as const } : f,
        ),
      })),
    };
    const state = onWebRestart(ignoring);
    const finding = tableRows(ignoring.services[0] as Plan['services'][number])[state.row];
    expect(finding && blockRefusal(ignoring, finding)).toBe(
      'worker ignores restart-policy, which the block would change',
    );
    expect(wizardReducer(state, { type: 'shared' }).shared.size).toBe(0);
  });
});
