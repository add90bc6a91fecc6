import { checkLimit } from './limits.js';
import type { Rule, RuleContext } from './types.js';

export const memoryLimit: Rule = {
  id: 'memory-limit',
  title: 'Limit memory',
  severity: 'medium',
  core: false,
  problem: 'Neither `mem_limit` nor `deploy.resources.limits.memory` is set, or it is 0 or -1.',
  rationale:
    'Without a limit a leak, a heavy query or an attacker can take all the memory of the host, ' +
    'and the kernel then kills processes of other services, or the host itself stalls.',
  fix:
    "Writes `mem_limit:` with the preset's figure, unselected: a limit below what the service " +
    'really uses gets it killed, so check `docker stats` under load first. The service-level key ' +
    'is used rather than `deploy.resources.limits` because it is one flat line that `docker ' +
    'compose up` honours; both are valid, and the rule accepts either.',
  limitations:
    "The preset's figure is a guess for a small deployment; images without one get no fix. " +
    '`docker stack deploy` (Swarm) ignores `mem_limit` and reads only the deploy section.',
  whenNotToUse:
    'Hosts that run a single service, where the kernel may as well give it everything; batch ' +
    'jobs whose peak is unknown.',
  cis: ['5.10'],
  owasp: ['RULE #7'],
  check(context: RuleContext) {
    return checkLimit(context, {
      keys: ['mem_limit'],
      deploy: 'memory',
      proposed: context.preset.limits?.memory,
      what: 'memory limit',
    });
  },
};
