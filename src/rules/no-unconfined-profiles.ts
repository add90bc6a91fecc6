import type { Rule, RuleContext } from './types.js';
import { asList, describeWhere, firstItemSource, notAList } from './values.js';

/** Options that switch a Linux security module off; `=` and `:` are both accepted by Docker. */
const UNCONFINED = [
  /^seccomp[:=]unconfined$/i,
  /^apparmor[:=]unconfined$/i,
  /^label[:=]disable$/i,
  /^label[:=]type:spc_t$/i,
  /^systempaths[:=]unconfined$/i,
];

export function isUnconfined(option: string): boolean {
  return UNCONFINED.some((pattern) => pattern.test(option.trim()));
}

export const noUnconfinedProfiles: Rule = {
  id: 'no-unconfined-profiles',
  title: 'Keep seccomp, AppArmor and SELinux on',
  severity: 'high',
  core: false,
  problem:
    'A `security_opt` entry that turns a security module off: `seccomp:unconfined`, ' +
    '`apparmor:unconfined`, `label:disable`, `label:type:spc_t` or `systempaths=unconfined`, ' +
    'written with `:` or `=`.',
  rationale:
    "Docker's default seccomp profile blocks some 44 system calls used in kernel exploits; " +
    'AppArmor and SELinux confine what the container may touch on the host; `systempaths` keeps ' +
    '/proc and /sys partly masked. Turning one off removes a layer that stops container escapes.',
  fix:
    'Removes those entries from `security_opt`, keeping every other option and turning the ' +
    'comments of removed entries into comment lines.',
  limitations:
    'A custom profile (`seccomp:/path/profile.json`) is accepted without reading it. The rule ' +
    'cannot tell whether the daemon has AppArmor or SELinux enabled at all.',
  whenNotToUse:
    'Tools that need a blocked system call and have no narrower profile, such as some debuggers, ' +
    'sandboxes that nest namespaces, or browsers that build their own sandbox; prefer a custom ' +
    'seccomp profile to unconfined.',
  cis: ['5.1', '5.2', '5.21'],
  owasp: ['RULE #6'],
  check(context: RuleContext) {
    const setting = context.setting('security_opt');
    const options = asList(setting.value);
    const offAt = options.flatMap((option, index) => (isUnconfined(option) ? [index] : []));
    const off = offAt.map((index) => options[index] ?? '');
    const recommended = 'the default profiles (no unconfined or disable options)';
    const current = describeWhere(setting);
    const misshapen = notAList(setting, recommended);
    if (misshapen) return misshapen;
    if (off.length === 0) {
      return {
        status: 'ok',
        current,
        recommended,
        reason: 'every security module stays on',
        source: setting.source,
        edits: [],
      };
    }
    return {
      status: 'fail',
      current,
      recommended,
      reason: `${off.join(', ')} removes a layer that stops container escapes`,
      source: firstItemSource(setting, offAt),
      edits: [
        { kind: 'list', service: context.service, key: 'security_opt', remove: off, add: [] },
      ],
    };
  },
};
