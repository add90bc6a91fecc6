import type { Rule, RuleContext } from './types.js';
import { describe, fromWhere, isTrue } from './values.js';

export const noPrivileged: Rule = {
  id: 'no-privileged',
  title: 'Never run privileged',
  severity: 'high',
  core: true,
  problem: '`privileged: true`.',
  rationale:
    'privileged: true gives the container every capability and every host device, and turns ' +
    'off seccomp and AppArmor: root in it is root on the host.',
  fix: 'Sets `privileged: false`, keeping any comment on the line.',
  limitations:
    'It does not work out which narrower grant (a device, a capability) the service really ' +
    'needed; no-host-devices and cap-add-minimal cover those.',
  whenNotToUse:
    'Docker-in-Docker and low-level host agents that cannot work otherwise; isolate them on their ' +
    'own host.',
  cis: ['5.4'],
  owasp: ['RULE #3'],
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
