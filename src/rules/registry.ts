import { capAddMinimal } from './cap-add-minimal.js';
import { capDropAll } from './cap-drop-all.js';
import { noNewPrivileges } from './no-new-privileges.js';
import { noPrivileged } from './no-privileged.js';
import { portsLoopback } from './ports-loopback.js';
import { readOnlyRootfs } from './read-only-rootfs.js';
import type { Rule, RuleId } from './types.js';
import { userNonRoot } from './user-non-root.js';

/** Every rule, in the order the wizard shows them. */
export const RULES: readonly Rule[] = [
  userNonRoot,
  noNewPrivileges,
  capDropAll,
  capAddMinimal,
  readOnlyRootfs,
  portsLoopback,
  noPrivileged,
];

export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}
