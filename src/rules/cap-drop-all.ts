import { capAddEdit, dropsAll } from './caps.js';
import type { Rule, RuleContext } from './types.js';
import { describe, fromWhere } from './values.js';

export const capDropAll: Rule = {
  id: 'cap-drop-all',
  title: 'Drop all capabilities',
  severity: 'high',
  rationale:
    "Docker's default set keeps 14 capabilities (CHOWN, NET_RAW, SETUID...). Dropping ALL and " +
    'adding back only what the image needs removes the rest of the attack surface.',
  check(context: RuleContext) {
    const setting = context.setting('cap_drop');
    const current = describe(setting.value) + fromWhere(setting.source);
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
