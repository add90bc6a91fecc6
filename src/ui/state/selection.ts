import type { Edit } from '../../compose/apply.js';
import { allFindings } from '../../plan/select.js';
import type { Finding, Plan, ServicePlan } from '../../plan/types.js';
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
  const group = sharedGroup(state.plan, finding).map((f) => f.key);
  if (state.shared.has(finding.key)) {
    return { chosen: state.chosen, shared: without(state.shared, group), skipped: state.skipped };
  }
  const shared = new Set([...state.shared, ...group]);
  const chosen = new Set([...state.chosen, finding.key]);
  for (const key of group) if (state.chosen.has(key)) chosen.add(key);
  return { chosen, shared, skipped: without(state.skipped, [service.name]) };
}

/**
 * The fixes that move into a shared block together: the same rule in every service that
 * merges the block (the block fixes them all at once), and this service's other fixes to the
 * same keys from the same block, which would otherwise shadow the block with a copy.
 */
function sharedGroup(plan: Plan, finding: Finding): Finding[] {
  const block = finding.shared;
  if (!block) return [];
  const keys = new Set(finding.edits.map(editKey));
  return allFindings(plan).filter((f) => {
    if (f.shared?.anchor !== block.anchor || f.shared.file !== block.file) return false;
    if (f.rule === finding.rule)
      return f.service === finding.service || block.services.includes(f.service);
    return f.service === finding.service && f.edits.some((e) => keys.has(editKey(e)));
  });
}

function editKey(edit: Edit): string {
  if (edit.kind === 'port') return 'ports';
  if (edit.kind === 'volume') return 'volumes';
  return edit.key;
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
