import { settingOf } from '../../compose/apply.js';
import { allFindings } from '../../plan/select.js';
import type { Finding, Plan, ServicePlan } from '../../plan/types.js';
import { without } from './selection.js';
import { isSelectable, tableRows } from './selectors.js';
import type { WizardState } from './wizard-state.js';

/**
 * The fixes that go into a shared block together: every fix, in any service that merges it,
 * of a key this one changes there. Moving only one would leave another service's own copy of
 * the key shadowing the block, or the block changing a service whose fix stays unchosen.
 */
export function sharedGroup(plan: Plan, finding: Finding): Finding[] {
  const block = finding.shared;
  if (!block) return [];
  const keys = new Set(block.edits.map(settingOf));
  return allFindings(plan).filter(
    (f) =>
      f.shared?.anchor === block.anchor &&
      f.shared.file === block.file &&
      f.shared.edits.some((edit) => keys.has(settingOf(edit))),
  );
}

/** Why the fix may not move into its block: a service it reaches ignores that change. */
export function blockRefusal(plan: Plan, finding: Finding): string | undefined {
  const block = finding.shared;
  if (!block) return undefined;
  const keys = new Set(block.edits.map(settingOf));
  const reached = new Set([finding.service, ...block.services]);
  const ignored = allFindings(plan).find(
    (f) =>
      f.ignored &&
      reached.has(f.service) &&
      [...f.edits, ...(f.shared?.edits ?? [])].some((edit) => keys.has(settingOf(edit))),
  );
  return ignored && `${ignored.service} ignores ${ignored.rule}, which the block would change`;
}

/**
 * Moves the focused fix, with its group, between the service and the block it merges; the
 * block reaches every service of the group, so all of them are chosen.
 */
export function toggleShared(
  state: WizardState,
  service: ServicePlan,
): Pick<WizardState, 'chosen' | 'shared' | 'skipped'> {
  const finding = tableRows(service)[state.row];
  if (!finding?.shared || !isSelectable(finding) || blockRefusal(state.plan, finding)) return state;
  const group = sharedGroup(state.plan, finding).map((f) => f.key);
  if (state.shared.has(finding.key)) {
    return { chosen: state.chosen, shared: without(state.shared, group), skipped: state.skipped };
  }
  return {
    chosen: new Set([...state.chosen, ...group]),
    shared: new Set([...state.shared, ...group]),
    skipped: without(state.skipped, [service.name]),
  };
}
