import { selectAll, selectNone, skipService, toggleRow } from './selection.js';
import { chosenIn, firstRow, hasAnythingToChange, selectableKeys, tableRows } from './selectors.js';
import { toggleShared } from './shared-block.js';
import { onVerify } from './verification.js';
import type { LogEntry, WizardAction, WizardState } from './wizard-state.js';

/** Decides what every intent means in the current step; the views only draw the result. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  if (state.step === 'done') return state;
  // After the write, quitting no longer means "leave the file as it was".
  if (state.step === 'verify') return onVerify(state, action);
  // Once writing has started, quitting could no longer promise an untouched file.
  if (action.type === 'quit' && state.step !== 'writing') return quit(state);
  if (state.step === 'service') return onService(state, action);
  if (state.step === 'summary') return onSummary(state, action);
  if (state.step === 'diff') return onDiff(state, action);
  return onWriting(state, action);
}

function quit(state: WizardState): WizardState {
  const outcome = hasAnythingToChange(state.plan) ? 'quit' : 'nothing-to-do';
  return { ...state, step: 'done', result: { outcome } };
}

function onService(state: WizardState, action: WizardAction): WizardState {
  const service = state.plan.services[state.service];
  if (!service) return state;
  switch (action.type) {
    case 'move': {
      const last = tableRows(service).length - 1;
      return { ...state, row: Math.min(Math.max(state.row + action.by, 0), last) };
    }
    case 'toggle':
      return { ...state, ...toggleRow(state, service) };
    case 'shared':
      return { ...state, ...toggleShared(state, service) };
    case 'select-all':
      return { ...state, ...selectAll(state, service) };
    case 'select-none':
      return { ...state, ...selectNone(state, service) };
    case 'skip':
      return leaveService({ ...state, ...skipService(state, service) });
    case 'next':
      return leaveService(state);
    case 'back':
      return state.service === 0 ? state : showService(state, state.service - 1);
    case 'help':
      return { ...state, help: !state.help };
    default:
      return state;
  }
}

/** Shows the next service, or the summary after the last. */
function leaveService(state: WizardState): WizardState {
  if (state.service + 1 < state.plan.services.length) return showService(state, state.service + 1);
  return { ...state, step: 'summary', scroll: 0 };
}

/**
 * Each service's choice, as the lines the write leaves in the scrollback. They are logged only
 * once the choices are final: the user can go back to any service until then, and a line in
 * `<Static>` can never be taken back.
 */
function serviceLog(state: WizardState): LogEntry[] {
  return state.plan.services.map((service, id) => ({
    id,
    service: service.name,
    chosen: chosenIn(service, state.chosen).length,
    selectable: selectableKeys(service).length,
    skipped: state.skipped.has(service.name),
  }));
}

function showService(state: WizardState, index: number): WizardState {
  const row = firstRow(state.plan.services[index]);
  return { ...state, step: 'service', service: index, row, scroll: 0 };
}

function scrolled(state: WizardState, action: WizardAction): WizardState {
  if (action.type !== 'scroll') return state;
  return { ...state, scroll: Math.min(Math.max(state.scroll + action.by, 0), action.max) };
}

function onSummary(state: WizardState, action: WizardAction): WizardState {
  if (action.type === 'scroll') return scrolled(state, action);
  if (action.type === 'back' && state.plan.services.length > 0) {
    return showService(state, state.plan.services.length - 1);
  }
  if (action.type !== 'next') return state;
  if (!hasAnythingToChange(state.plan)) {
    return { ...state, step: 'done', result: { outcome: 'nothing-to-do' } };
  }
  return { ...state, step: 'diff', scroll: 0 };
}

function onDiff(state: WizardState, action: WizardAction): WizardState {
  if (action.type === 'scroll') return scrolled(state, action);
  if (action.type === 'back') return { ...state, step: 'summary', scroll: 0 };
  if (action.type === 'write' && state.chosen.size > 0) {
    return { ...state, step: 'writing', log: serviceLog(state) };
  }
  return state;
}

function onWriting(state: WizardState, action: WizardAction): WizardState {
  if (action.type === 'written') {
    const result = {
      outcome: 'written',
      file: action.file ?? state.plan.file,
      ...(state.plan.given.length > 1 ? { composeFiles: state.plan.given } : {}),
      backup: action.backup,
      changes: state.chosen.size,
    } as const;
    if (state.canVerify) return { ...state, step: 'verify', written: result };
    return { ...state, step: 'done', result };
  }
  if (action.type === 'failed') {
    return { ...state, step: 'done', result: { outcome: 'failed', message: action.message } };
  }
  return state;
}
