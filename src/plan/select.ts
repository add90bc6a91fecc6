import type { Edit } from '../compose/apply.js';
import type { Finding, Plan } from './types.js';

export function allFindings(plan: Plan): Finding[] {
  return plan.services.flatMap((service) => service.findings);
}

/** The keys of the findings selected by default. */
export function proposedKeys(plan: Plan): Set<string> {
  return new Set(
    allFindings(plan)
      .filter((f) => f.proposed)
      .map((f) => f.key),
  );
}

/**
 * The edits of the chosen findings, in file order. A finding also in `shared` is fixed in the
 * block it merges, which other services share, rather than in the service.
 */
export function editsFor(
  plan: Plan,
  chosen: ReadonlySet<string>,
  shared: ReadonlySet<string> = new Set(),
): Edit[] {
  return allFindings(plan)
    .filter((finding) => chosen.has(finding.key))
    .flatMap((finding) =>
      shared.has(finding.key) && finding.shared ? finding.shared.edits : finding.edits,
    );
}
