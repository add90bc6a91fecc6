import { checkLimit } from './limits.js';
import type { Rule, RuleContext } from './types.js';

export const cpuLimit: Rule = {
  id: 'cpu-limit',
  title: 'Limit CPU',
  severity: 'low',
  core: false,
  problem:
    'None of `cpus`, `cpu_quota`, `cpuset`, `cpu_shares` or `deploy.resources.limits.cpus` is ' +
    'set.',
  rationale:
    'A busy loop or a crypto miner in one container can take every core, so the other services ' +
    'and the host answer slowly or not at all.',
  fix:
    "Writes `cpus:` with the preset's figure, unselected, because too low a figure slows the " +
    'service. The service-level key is used for the same reason as in memory-limit.',
  limitations:
    "The preset's figure is a guess; images without one get no fix. A `cpu_shares` weight is " +
    'accepted although it only matters when the host is busy.',
  whenNotToUse: 'A host dedicated to one service.',
  cis: ['5.11'],
  owasp: ['RULE #7'],
  check(context: RuleContext) {
    return checkLimit(context, {
      keys: ['cpus', 'cpu_quota', 'cpuset', 'cpu_shares'],
      deploy: 'cpus',
      proposed: context.preset.limits?.cpus,
      what: 'CPU limit',
    });
  },
};
