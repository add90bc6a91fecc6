import { describe, expect, it } from 'vitest';
import { tableRows } from '../../../src/ui/state/selectors.js';
import { wizardReducer } from '../../../src/ui/state/wizard-reducer.js';
import {
  initialState,
  type WizardAction,
  type WizardState,
} from '../../../src/ui/state/wizard-state.js';
import { planFor, serviceOf } from '../plan-for.js';
import { BY_HAND, COMPLIANT, TWO_SERVICES } from '../stacks.js';

function run(state: WizardState, ...actions: WizardAction['type'][]): WizardState {
  return actions.reduce((s, type) => wizardReducer(s, { type } as WizardAction), state);
}

const start = () => initialState(planFor(TWO_SERVICES));

describe('wizardReducer', () => {
  it('starts on the first service with the proposed changes chosen and the cursor on a change', () => {
    const state = start();
    expect(state.step).toBe('service');
    expect(state.chosen.has('cache/ports-loopback')).toBe(true);
    expect(state.chosen.has('app/user-non-root')).toBe(false);
    expect(state.row).toBe(0);
  });

  it('keeps the cursor within the table', () => {
    const state = wizardReducer(start(), { type: 'move', by: -1 });
    expect(state.row).toBe(0);
    const rows = tableRows(serviceOf(state.plan));
    expect(wizardReducer(state, { type: 'move', by: 100 }).row).toBe(rows.length - 1);
  });

  it('does not toggle a row that has nothing to change', () => {
    const onOk = wizardReducer(start(), { type: 'move', by: 3 });
    expect(onOk.plan.services[0]?.findings[3]).toMatchObject({
      rule: 'cap-add-minimal',
      status: 'ok',
    });
    expect(wizardReducer(onOk, { type: 'toggle' }).chosen).toBe(onOk.chosen);
  });

  it('reaches the summary after the last service, and logs no choice before the write', () => {
    const state = run(start(), 'skip', 'next', 'back', 'next');
    expect(state.step).toBe('summary');
    expect(state.log).toEqual([]);
  });

  it('logs every service once, with its final choice, when the write starts', () => {
    const state = run(start(), 'skip', 'next', 'back', 'back', 'next', 'next', 'next', 'write');
    expect(state.step).toBe('writing');
    const app = [...state.chosen].filter((key) => key.startsWith('app/')).length;
    expect(app).toBeGreaterThan(0);
    expect(state.log.map((e) => [e.service, e.chosen, e.skipped])).toEqual([
      ['cache', 0, true],
      ['app', app, false],
    ]);
  });

  it('forgets the skip once a change of the skipped service is chosen again', () => {
    const state = run(start(), 'skip', 'back', 'select-all');
    expect(state.service).toBe(0);
    expect(state.skipped.size).toBe(0);
    expect(state.chosen.has('cache/ports-loopback')).toBe(true);
  });

  it('does not go back from the first service', () => {
    expect(run(start(), 'back')).toMatchObject({ step: 'service', service: 0 });
  });

  it('will not write when nothing is chosen', () => {
    const state = run(start(), 'select-none', 'next', 'select-none', 'next', 'next', 'write');
    expect(state.step).toBe('diff');
  });

  it('cannot be quit once writing has started', () => {
    const writing = run(start(), 'next', 'next', 'next', 'write');
    expect(writing.step).toBe('writing');
    expect(run(writing, 'quit')).toBe(writing);
    const done = wizardReducer(writing, { type: 'written', backup: undefined });
    expect(done.result).toEqual({
      outcome: 'written',
      file: 'compose.yaml',
      backup: undefined,
      changes: writing.chosen.size,
    });
  });

  it.each([
    ['a compliant file', COMPLIANT],
    ['a file with only fixes by hand left', BY_HAND],
  ])('ends with nothing to do on %s, even when quit', (_, text) => {
    const state = initialState(planFor(text));
    expect(run(state, 'next', 'next').result).toEqual({ outcome: 'nothing-to-do' });
    expect(run(state, 'quit').result).toEqual({ outcome: 'nothing-to-do' });
  });

  it('moves over the table rows only: core settings, and other rules that need attention', () => {
    const rules = tableRows(serviceOf(planFor(BY_HAND))).map((f) => f.rule);
    expect(rules.slice(0, 7)).toEqual([
      'user-non-root',
      'no-new-privileges',
      'cap-drop-all',
      'cap-add-minimal',
      'read-only-rootfs',
      'ports-loopback',
      'no-privileged',
    ]);
    expect(rules).toContain('memory-limit');
    expect(rules).not.toContain('no-docker-socket');
  });

  it('scrolls the summary within the given bounds', () => {
    const summary = run(start(), 'next', 'next');
    expect(wizardReducer(summary, { type: 'scroll', by: 10, max: 4 }).scroll).toBe(4);
    expect(wizardReducer(summary, { type: 'scroll', by: -3, max: 4 }).scroll).toBe(0);
  });
});
