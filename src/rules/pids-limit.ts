import { checkLimit } from './limits.js';
import type { Rule, RuleContext } from './types.js';

export const pidsLimit: Rule = {
  id: 'pids-limit',
  title: 'Limit the number of processes',
  severity: 'medium',
  core: false,
  problem: 'Neither `pids_limit` nor `deploy.resources.limits.pids` is set, or it is 0 or -1.',
  rationale:
    'A fork bomb, or a bug that spawns threads in a loop, exhausts the process table of the ' +
    'whole host: nothing else can start, not even a shell to stop it. Threads count as ' +
    'processes here.',
  fix:
    "Writes `pids_limit:` with the preset's figure, unselected: thread-heavy programs (JVMs, " +
    'databases with many connections) need room, so check `docker stats` (the PIDS column) ' +
    'first.',
  limitations: "The preset's figure is a guess; images without one get no fix.",
  whenNotToUse: 'Build containers and CI runners whose process count is unbounded by design.',
  cis: ['5.28'],
  owasp: ['RULE #7'],
  check(context: RuleContext) {
    return checkLimit(context, {
      keys: ['pids_limit'],
      deploy: 'pids',
      proposed: context.preset.limits?.pids,
      what: 'process limit',
    });
  },
};
