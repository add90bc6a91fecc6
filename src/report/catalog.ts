import { RULES } from '../rules/registry.js';
import type { Rule, Severity } from '../rules/types.js';

/**
 * What reports and `explain` know of a rule: every field of its metadata, without the code.
 * Fields added to the rules later show up in `explain` with no change here.
 */
export type RuleInfo = {
  id: string;
  title: string;
  severity: Severity;
  rationale: string;
} & Record<string, unknown>;

/** Not a check of the compose file: raised by an ignore that gives no reason. */
export const SUPPRESSION_REASON: RuleInfo = {
  id: 'suppression-reason',
  title: 'Say why a finding is ignored',
  severity: 'low',
  rationale:
    'An ignore without a reason cannot be reviewed: nobody can tell later whether it still ' +
    'holds, or whether it was a shortcut.',
  fix:
    'write the reason after -- in the comment (# compose-harden: ignore RULE -- why), or as ' +
    'the value in .compose-harden.yaml (ignore: { SERVICE: { RULE: why } })',
};

/** Every rule a report may name, in registry order, then the suppression check. */
export function ruleCatalog(): RuleInfo[] {
  return [...RULES.map(metadata), SUPPRESSION_REASON];
}

export function findRule(id: string): RuleInfo | undefined {
  return ruleCatalog().find((rule) => rule.id === id);
}

function metadata(rule: Rule): RuleInfo {
  const fields = Object.entries(rule).filter(([, value]) => typeof value !== 'function');
  return Object.fromEntries(fields) as RuleInfo;
}

/** What the fix does, as a sentence: the rule's own words when it has them. */
export function fixAdvice(rule: RuleInfo): string {
  const text =
    typeof rule.fix === 'string'
      ? rule.fix
      : `compose-harden apply --rule ${rule.id} makes the change (--dry-run shows it first)`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
