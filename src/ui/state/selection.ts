import type { ServicePlan } from '../../plan/types.js';
import { isSelectable, selectableKeys, tableRows } from './selectors.js';
import type { WizardState } from './wizard-state.js';

/** Selection changes on the service screen: each returns the new chosen and skipped sets. */
type Selection = Pick<WizardState, 'chosen' | 'skipped'>;

function without(set: ReadonlySet<string>, keys: readonly string[]): Set<string> {
  const next = new Set(set);
  for (const key of keys) next.delete(key);
  return next;
}

export function toggleRow(state: WizardState, service: ServicePlan): Selection {
  const finding = tableRows(service)[state.row];
  if (!finding || !isSelectable(finding)) return state;
  const chosen = new Set(state.chosen);
  if (chosen.has(finding.key)) chosen.delete(finding.key);
  else chosen.add(finding.key);
  return { chosen, skipped: without(state.skipped, [service.name]) };
}

/**
 * Moves the focused fix between the service and the block it merges, which other services
 * share; choosing the block chooses the fix too.
 */
export function toggleShared(
  state: WizardState,
  service: ServicePlan,
): Pick<WizardState, 'chosen' | 'shared' | 'skipped'> {
  const finding = tableRows(service)[state.row];
  if (!finding?.shared || !isSelectable(finding)) return state;
  const shared = new Set(state.shared);
  if (shared.has(finding.key)) {
    shared.delete(finding.key);
    return { chosen: state.chosen, shared, skipped: state.skipped };
  }
  shared.add(finding.key);
  const chosen = new Set([...state.chosen, finding.key]);
  return { chosen, shared, skipped: without(state.skipped, [service.name]) };
}

export function selectAll(state: WizardState, service: ServicePlan): Selection {
  return {
    chosen: new Set([...state.chosen, ...selectableKeys(service)]),
    skipped: without(state.skipped, [service.name]),
  };
}

export function selectNone(state: WizardState, service: ServicePlan): Selection {
  return { chosen: without(state.chosen, selectableKeys(service)), skipped: state.skipped };
}

export function skipService(state: WizardState, service: ServicePlan): Selection {
  return {
    chosen: without(state.chosen, selectableKeys(service)),
    skipped: new Set([...state.skipped, service.name]),
  };
}
