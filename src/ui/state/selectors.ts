import type { Finding, Plan, ServicePlan } from '../../plan/types.js';
import { ruleById } from '../../rules/registry.js';

/** A row the user can toggle: it fails and the plan knows how to fix it. */
export function isSelectable(finding: Finding): boolean {
  return finding.status === 'fail' && finding.edits.length > 0;
}

/** A fix the plan offers but does not select by default: a guess to check first. */
export function needsReview(finding: Finding): boolean {
  return isSelectable(finding) && !finding.proposed && !finding.held && !finding.ignored;
}

/**
 * The rows of a service's table: the core settings always, any other rule only when it needs
 * attention (it fails, or cannot be judged). The cursor moves over these rows.
 */
export function tableRows(service: ServicePlan): Finding[] {
  return service.findings.filter(
    (f) => ruleById(f.rule).core || f.status === 'fail' || f.status === 'unknown',
  );
}

/** Rows that fail with no fix the wizard can write: limits, health checks, pinned digests. */
export function byHand(service: ServicePlan): Finding[] {
  return service.findings.filter((f) => f.status === 'fail' && f.edits.length === 0);
}

export function selectableKeys(service: ServicePlan): string[] {
  return service.findings.filter(isSelectable).map((f) => f.key);
}

export function chosenIn(service: ServicePlan, chosen: ReadonlySet<string>): Finding[] {
  return service.findings.filter((f) => chosen.has(f.key));
}

/** Whether any service has anything the wizard could change. */
export function hasAnythingToChange(plan: Plan): boolean {
  return plan.services.some((service) => selectableKeys(service).length > 0);
}

/** The row the cursor starts on: the first change to decide on, else the top. */
export function firstRow(service: ServicePlan | undefined): number {
  const index = service ? tableRows(service).findIndex(isSelectable) : -1;
  return Math.max(index, 0);
}
