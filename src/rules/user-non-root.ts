import type { Preset } from '../presets/schema.js';
import type { Rule, RuleContext } from './types.js';
import { describe, fromWhere, isInterpolated } from './values.js';

const ROOT_NAMES = new Set(['0', 'root']);

/** True for `0`, `root`, `0:0`, `root:1000`: the user part decides. */
export function isRootUser(value: unknown): boolean {
  const user = String(value).split(':')[0]?.trim().toLowerCase() ?? '';
  return ROOT_NAMES.has(user);
}

/** The image's own user comes from a build variable (`USER ${APP_UID}` in its Dockerfile). */
export function isVariableUser(imageUser: string): boolean {
  return imageUser.includes('$');
}

/**
 * The preset knows the image's own user is not root: a UID or a name, not "unknown" nor a
 * Dockerfile's build variable.
 */
export function runsAsNonRoot(imageUser: string): boolean {
  return imageUser !== 'unknown' && !isVariableUser(imageUser) && !isRootUser(imageUser);
}

export const userNonRoot: Rule = {
  id: 'user-non-root',
  title: 'Run as a non-root user',
  severity: 'high',
  core: true,
  problem:
    'The service runs as UID 0: `user:` is unset on an image that starts as root, or it is set to ' +
    'root or 0.',
  rationale:
    'A process running as UID 0 owns the files of the container and is one kernel bug away from ' +
    'the host. A fixed non-root UID:GID limits what a compromise can reach.',
  fix:
    'Sets `user:` to the UID:GID of the image preset. Images whose entrypoint starts as root and ' +
    'hands over to a service user keep `user:` unset. For an image no preset knows, the UID is a ' +
    'guess and the change starts unselected.',
  limitations:
    "The tool reads the file and its presets, not the image: an image's own USER is known only " +
    "through its preset or the service's Dockerfile. A user taken from a build variable in the " +
    "Dockerfile's USER is reported as unknown. A `user:` from a variable is judged as the " +
    'environment and `.env` of the check set it; an unset one leaves it empty, which runs the ' +
    "image's own user.",
  whenNotToUse:
    'One-off containers that must chown volumes before the real service starts, and images whose ' +
    'entrypoint needs root to fix ownership on a fresh volume (the presets for postgres, mysql ' +
    'and nginx already account for these).',
  cis: ['4.1'],
  owasp: ['RULE #2'],
  check(context: RuleContext) {
    const setting = context.setting('user');
    // `user: ""`, as an unset `${U}` leaves it, runs the image's own user, as if not set.
    const user = setting.value === '' ? undefined : setting.value;
    const { preset } = context;
    const recommended = preset.user.recommended;
    const base = {
      source: setting.source,
      current: describe(setting.value) + fromWhere(setting.source),
    };
    const empty = user === setting.value ? '' : "an empty user runs as the image's own user; ";
    const stepDown = preset.user.stepsDownTo
      ? `the entrypoint starts as root and steps down to ${preset.user.stepsDownTo}`
      : undefined;

    if (isInterpolated(user)) {
      return {
        ...base,
        status: 'unknown',
        recommended: recommended ?? 'a non-root UID:GID',
        reason: 'the user comes from a variable; check its value',
        edits: [],
      };
    }
    if (user !== undefined && user !== null && !isRootUser(user)) {
      return {
        ...base,
        status: 'ok',
        recommended: describe(user),
        reason: 'runs as a non-root user',
        edits: [],
      };
    }
    if (user === undefined && isVariableUser(preset.user.image)) {
      return {
        ...base,
        status: 'unknown',
        recommended: `${preset.user.image} set to a non-root UID`,
        reason: `the Dockerfile sets USER ${preset.user.image} from a build variable; check its value`,
        edits: [],
      };
    }
    if (user === undefined && runsAsNonRoot(preset.user.image)) {
      return {
        ...base,
        status: 'ok',
        recommended: `not set (image runs as ${preset.user.image})`,
        reason: `the image already runs as ${preset.user.image}`,
        edits: [],
      };
    }
    if (recommended === null) {
      // No UID to offer: fine when the entrypoint drops root itself, a finding otherwise.
      const ok = user === undefined && stepDown !== undefined;
      return {
        ...base,
        status: ok ? 'ok' : 'fail',
        recommended: stepDown ? 'not set (image steps down)' : 'a non-root user (see the notes)',
        reason: ok
          ? (stepDown ?? '')
          : stepDown
            ? `remove user: root; ${stepDown}`
            : `${empty}${preset.title} runs as root and no preset user is known to work`,
        edits: [],
      };
    }
    return {
      ...base,
      status: 'fail',
      recommended,
      reason: preset.user.review
        ? `${empty}${unknownUser(preset)}: pick the UID its files belong to` +
          ` (${recommended} is a guess)`
        : `${empty}${preset.title} runs as ${recommended}`,
      edits: [{ kind: 'set', service: context.service, key: 'user', value: recommended }],
      review: preset.user.review === true,
    };
  },
};

/** Why the preset cannot name the user: no preset knows the image, or it runs your own code. */
function unknownUser(preset: Preset): string {
  return preset.id === 'generic'
    ? 'no preset knows this image'
    : `${preset.title} runs what you put in it`;
}
