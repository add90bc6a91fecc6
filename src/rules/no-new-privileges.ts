import type { Rule, RuleContext } from './types.js';
import { asList, describeWhere, firstItemSource, notAList } from './values.js';

const ENABLED = /^no-new-privileges(?:[:=]true)?$/i;
const DISABLED = /^no-new-privileges[:=]false$/i;
const WANTED = 'no-new-privileges:true';

export const noNewPrivileges: Rule = {
  id: 'no-new-privileges',
  title: 'Forbid privilege gain (no-new-privileges)',
  severity: 'medium',
  core: true,
  problem:
    '`security_opt` has no `no-new-privileges:true`, or turns it off with ' +
    '`no-new-privileges:false`.',
  rationale:
    'With no_new_privs set, setuid binaries and file capabilities cannot raise the privileges of ' +
    'a process. Entrypoints that step down from root (gosu, su-exec) keep working.',
  fix:
    'Adds `no-new-privileges:true` to `security_opt` and drops a `no-new-privileges:false`; every ' +
    'other option stays as written.',
  limitations:
    'It cannot see whether the image calls setuid helpers (sudo, su, fixuid) after start, or ' +
    "relies on a binary's file capabilities, both of which no-new-privileges disables.",
  whenNotToUse:
    'Images that use sudo or su as a non-root user at run time, such as code-server or the ' +
    'postfix relay in pgadmin4.',
  cis: ['5.25'],
  owasp: ['RULE #4'],
  check(context: RuleContext) {
    const setting = context.setting('security_opt');
    const misshapen = notAList(setting, WANTED);
    if (misshapen) return misshapen;
    const options = asList(setting.value);
    const current = describeWhere(setting);
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
    const disabledAt = options.flatMap((option, i) => (DISABLED.test(option.trim()) ? [i] : []));
    const disabled = disabledAt.map((index) => options[index] ?? '');
    return {
      status: 'fail',
      current,
      recommended: WANTED,
      reason: 'blocks setuid binaries and file capabilities from raising privileges',
      source: firstItemSource(setting, disabledAt),
      // A list edit, so that no-unconfined-profiles can change the same list in the same run.
      edits: [
        {
          kind: 'list',
          service: context.service,
          key: 'security_opt',
          remove: disabled,
          add: [WANTED],
        },
      ],
    };
  },
};
