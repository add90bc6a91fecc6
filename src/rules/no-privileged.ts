import type { Rule, RuleContext } from './types.js';
import { describe, fromWhere, isTrue } from './values.js';

export const noPrivileged: Rule = {
  id: 'no-privileged',
  title: 'Never run privileged',
  severity: 'high',
  rationale:
    'privileged: true gives the container every capability and every host device, and turns ' +
    'off seccomp and AppArmor: root in it is root on the host.',
  check(context: RuleContext) {
    const setting = context.setting('privileged');
    const current = describe(setting.value) + fromWhere(setting.source);
    if (!isTrue(setting.value)) {
      return {
        status: 'ok',
        current,
        recommended: 'false or not set',
        reason: 'not privileged',
        source: setting.source,
        edits: [],
      };
    }
    return {
      status: 'fail',
      current,
      recommended: 'false',
      reason: 'privileged grants every capability and host device',
      source: setting.source,
      edits: [{ kind: 'set', service: context.service, key: 'privileged', value: false }],
    };
  },
};
