import { capAddEdit, capsOf, dropsAll } from './caps.js';
import type { Rule, RuleContext } from './types.js';
import { describe, fromWhere } from './values.js';

export const capAddMinimal: Rule = {
  id: 'cap-add-minimal',
  title: 'Add back only the capabilities the image needs',
  severity: 'medium',
  rationale:
    'Every added capability widens what a compromised process can do. On Docker a non-root ' +
    'process gets none of them anyway, so for non-root services cap_add only misleads.',
  check(context: RuleContext) {
    const setting = context.setting('cap_add');
    const current = describe(setting.value) + fromWhere(setting.source);
    const wanted = context.neededCaps;
    const recommended = wanted.length ? wanted.join(', ') : 'none';
    const written = capsOf(setting.value);
    const extra = written.filter((cap) => !wanted.includes(cap.name)).map((cap) => cap.written);
    const missing = wanted.filter((name) => !written.some((cap) => cap.name === name));
    const compliant = extra.length === 0 && (missing.length === 0 || !dropsAll(context));
    const edit = compliant ? undefined : capAddEdit(context);

    const reason = extra.length
      ? `not needed by this image: ${extra.join(', ')}`
      : missing.length
        ? `with cap_drop ALL the entrypoint needs ${missing.join(', ')}`
        : context.startsAsRoot
          ? wanted.length
            ? `the root entrypoint needs ${wanted.join(', ')} and nothing more`
            : 'the image needs no capability'
          : 'a non-root process gets no capabilities from cap_add on Docker';
    return {
      status: edit ? 'fail' : 'ok',
      current,
      recommended,
      reason,
      source: setting.source,
      edits: edit ? [edit] : [],
    };
  },
};
