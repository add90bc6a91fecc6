import type { Rule, RuleContext } from './types.js';
import { describe, fromWhere, isInterpolated } from './values.js';

const DEFAULT = 'unless-stopped';
/** Policies that bring a crashed service back without overriding a manual stop, or `no`. */
function accepted(policy: string): string | undefined {
  if (policy === 'no') return 'never restarts, as a one-shot job should';
  if (policy === 'unless-stopped') return 'restarts after crashes and reboots, not after a stop';
  if (/^on-failure(:\d+)?$/.test(policy)) return 'restarts after a crash';
  return undefined;
}

function deployPolicy(context: RuleContext): unknown {
  const deploy = context.setting('deploy').value as { restart_policy?: unknown } | undefined;
  return deploy?.restart_policy;
}

export const restartPolicy: Rule = {
  id: 'restart-policy',
  title: 'Set a restart policy',
  severity: 'low',
  core: false,
  problem:
    'The service has no `restart:` (and no `deploy.restart_policy`), or uses `restart: always`, ' +
    'which retries forever and even restarts a container you stopped once the daemon restarts.',
  rationale:
    'A service that stops for good after one crash is an outage; one that restarts in a tight ' +
    'loop without end hides the crash and can load the host. `unless-stopped` brings it back ' +
    'after crashes and reboots but respects a manual stop; `on-failure:5` gives up after five.',
  fix:
    "Writes the preset's policy (`unless-stopped` unless the preset says `on-failure:5`). When " +
    'the key is missing the change starts unselected, because a one-shot job must not restart; ' +
    'replacing `always` is selected.',
  limitations:
    'The rule cannot tell a long-running service from a job that should run once. A policy ' +
    'from a variable is judged as the environment and `.env` of the check set it, an unset one ' +
    'as no policy, which is what Compose then applies.',
  whenNotToUse:
    'Init containers and one-shot jobs: give them `restart: "no"`, which the rule accepts.',
  cis: ['5.14'],
  owasp: ['RULE #7'],
  check(context: RuleContext) {
    const setting = context.setting('restart');
    const wanted = context.preset.restart ?? DEFAULT;
    const written = setting.value === undefined ? undefined : String(setting.value).trim();
    // Empty, as an unset `${RESTART}` leaves it, is Docker's default: no policy.
    const value = written === '' ? undefined : written;
    const base = { source: setting.source, recommended: wanted };
    const current =
      written === undefined ? 'not set' : `${describe(written)}${fromWhere(setting.source)}`;
    const edits = [
      { kind: 'set' as const, service: context.service, key: 'restart', value: wanted },
    ];
    const policy = deployPolicy(context);

    if (value === undefined && policy !== undefined) {
      return {
        ...base,
        status: 'ok',
        current: 'deploy.restart_policy',
        recommended: 'as set',
        reason: 'the deploy section sets the policy',
        edits: [],
      };
    }
    if (value === undefined) {
      const reason = 'a crashed service stays down; a one-shot job should say restart: "no"';
      return { ...base, status: 'fail', current, reason, edits, review: true };
    }
    if (isInterpolated(value)) {
      return {
        ...base,
        status: 'unknown',
        current,
        reason: 'the policy comes from a variable; check its value',
        edits: [],
      };
    }
    if (value === 'always') {
      return {
        ...base,
        status: 'fail',
        current,
        reason: 'always retries forever and overrides a manual stop after a daemon restart',
        edits,
      };
    }
    const why = accepted(value);
    if (why) return { ...base, status: 'ok', current, recommended: value, reason: why, edits: [] };
    return {
      ...base,
      status: 'unknown',
      current,
      reason: `${value} is not a policy Compose knows`,
      edits: [],
    };
  },
};
