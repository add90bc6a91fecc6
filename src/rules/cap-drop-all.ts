import { capAddEdit, dropsAll } from './caps.js';
import type { Rule, RuleContext } from './types.js';
import { describe, fromWhere, notAList } from './values.js';

export const capDropAll: Rule = {
  id: 'cap-drop-all',
  title: 'Drop all capabilities',
  severity: 'high',
  core: true,
  problem:
    "`cap_drop` does not contain ALL, so the container keeps Docker's default capability set.",
  rationale:
    "Docker's default set keeps 14 capabilities (CHOWN, NET_RAW, SETUID...). Dropping ALL and " +
    'adding back only what the image needs removes the rest of the attack surface.',
  fix:
    'Sets `cap_drop: [ALL]` and puts back in `cap_add` the capabilities the preset says the ' +
    'entrypoint needs.',
  limitations:
    'The set to put back comes from the preset. For an image no preset knows nothing is put back, ' +
    'which can stop an entrypoint that switches users.',
  whenNotToUse:
    "Containers that exist to manage the host's network or hardware; grant their capabilities " +
    'explicitly and suppress this rule for them.',
  cis: ['5.3'],
  owasp: ['RULE #3'],
  check(context: RuleContext) {
    const setting = context.setting('cap_drop');
    const current = describe(setting.value) + fromWhere(setting.source);
    // The fix writes cap_add too, so a cap_add it cannot read stops it as well.
    const misshapen = notAList(setting, 'ALL') ?? notAList(context.setting('cap_add'), 'ALL');
    if (misshapen) return misshapen;
    if (dropsAll(context)) {
      return {
        status: 'ok',
        current,
        recommended: 'ALL',
        reason: 'every capability is dropped',
        source: setting.source,
        edits: [],
      };
    }
    // Dropping ALL without adding back what a root entrypoint needs would stop it starting.
    const addBack = capAddEdit(context);
    const needs = context.neededCaps.length
      ? `; the image gets back ${context.neededCaps.join(', ')}`
      : '';
    return {
      status: 'fail',
      current,
      recommended: 'ALL',
      reason: `start from no capabilities${needs}`,
      source: setting.source,
      edits: [
        { kind: 'set', service: context.service, key: 'cap_drop', value: ['ALL'] },
        ...(addBack ? [addBack] : []),
      ],
    };
  },
};
