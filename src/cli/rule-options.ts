import { unknownMessage } from '../config/closest.js';
import { UserError } from '../errors.js';
import { SEVERITIES, type Severity } from '../rules/types.js';

/** `--rule` values checked against the rules a command knows; unset means every rule. */
export function ruleFilter(
  ids: readonly string[] | undefined,
  known: readonly string[],
): Set<string> | undefined {
  if (!ids?.length) return undefined;
  for (const id of ids) {
    if (!known.includes(id)) {
      throw new UserError(unknownMessage('rule', id, known), {
        hint: '`compose-harden explain` lists the rules',
      });
    }
  }
  return new Set(ids);
}

/** `--severity` checked against the severities, critical to info. */
export function severityOption(level: string | undefined): Severity | undefined {
  if (level === undefined) return undefined;
  const found = SEVERITIES.find((s) => s === level.toLowerCase());
  if (found) return found;
  throw new UserError(unknownMessage('severity', level, SEVERITIES), {
    hint: `choose one of ${SEVERITIES.join(', ')}`,
  });
}
