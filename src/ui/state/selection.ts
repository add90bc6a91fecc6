import type { ServicePlan } from '../../plan/types.js';
import { isSelectable, selectableKeys, tableRows } from './selectors.js';
import { sharedGroup } from './shared-block.js';
import type { WizardState } from './wizard-state.js';

/** Selection changes on the service screen: each returns the new chosen and skipped sets. */
type Selection = Pick<WizardState, 'chosen' | 'skipped'>;

export function without(set: ReadonlySet<string>, keys: readonly string[]): Set<string> {
  const next = new Set(set);
  for (const key of keys) next.delete(key);
  return next;
}

export function toggleRow(state: WizardState, service: ServicePlan): Selection {
  const finding = tableRows(service)[state.row];
  if (!finding || !isSelectable(finding)) return state;
  // A fix moved into a shared block is one change for every service the block reaches.
  const keys = state.shared.has(finding.key)
    ? sharedGroup(state.plan, finding).map((f) => f.key)
    : [finding.key];
  const chosen = state.chosen.has(finding.key)
    ? without(state.chosen, keys)
    : new Set([...state.chosen, ...keys]);
  return { chosen, skipped: without(state.skipped, [service.name]) };
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
