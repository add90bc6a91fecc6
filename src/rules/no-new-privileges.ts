import type { Rule, RuleContext } from './types.js';
import { asList, describe, fromWhere } from './values.js';

const ENABLED = /^no-new-privileges(?:[:=]true)?$/i;
const DISABLED = /^no-new-privileges[:=]false$/i;
const WANTED = 'no-new-privileges:true';

export const noNewPrivileges: Rule = {
  id: 'no-new-privileges',
  title: 'Forbid privilege gain (no-new-privileges)',
  severity: 'medium',
  rationale:
    'With no_new_privs set, setuid binaries and file capabilities cannot raise the privileges of ' +
    'a process. Entrypoints that step down from root (gosu, su-exec) keep working.',
  check(context: RuleContext) {
    const setting = context.setting('security_opt');
    const options = asList(setting.value);
    const current = describe(setting.value) + fromWhere(setting.source);
    if (options.some((option) => ENABLED.test(option.trim()))) {
      return {
        status: 'ok',
        current,
        recommended: WANTED,
        reason: 'privilege gain is already blocked',
        source: setting.source,
        edits: [],
      };
    }
    const kept = options.filter((option) => !DISABLED.test(option.trim()));
    return {
      status: 'fail',
      current,
      recommended: WANTED,
      reason: 'blocks setuid binaries and file capabilities from raising privileges',
      source: setting.source,
      edits: [
        { kind: 'set', service: context.service, key: 'security_opt', value: [...kept, WANTED] },
      ],
    };
  },
};
