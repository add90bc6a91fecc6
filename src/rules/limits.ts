import type { EditValue } from '../compose/apply.js';
import type { Check, RuleContext } from './types.js';
import { describe, fromWhere } from './values.js';

export interface LimitSpec {
  /** Service keys that set the limit, the one to write first: `mem_limit`. */
  keys: readonly string[];
  /** The name under `deploy.resources.limits`. */
  deploy: 'memory' | 'cpus' | 'pids';
  /** The preset's value, written under keys[0] by the fix. */
  proposed: EditValue | undefined;
  what: string;
}

/** `0`, `-1` and empty values mean "no limit" for every one of these settings. */
function isUnlimited(value: unknown): boolean {
  return value === null || value === '' || /^(0|-1|0\.0*)$/.test(String(value).trim());
}

function deployLimit(context: RuleContext, name: string): unknown {
  const deploy = context.setting('deploy').value as
    | { resources?: { limits?: Record<string, unknown> } }
    | undefined;
  return deploy?.resources?.limits?.[name];
}

/**
 * Checks a resource limit written either at service level or under deploy.resources.limits.
 * The fix writes the service-level key: one flat line that `docker compose up` honours.
 */
export function checkLimit(context: RuleContext, spec: LimitSpec): Check {
  const [key = ''] = spec.keys;
  const written = spec.keys.map((k) => context.setting(k)).find((s) => s.value !== undefined);
  const deployed = deployLimit(context, spec.deploy);
  const source = written?.source ?? context.setting('deploy').source;
  const recommended = spec.proposed === undefined ? `a ${spec.what}` : `${key}: ${spec.proposed}`;
  if (written && !isUnlimited(written.value)) {
    return {
      status: 'ok',
      current: `${written.key}: ${describe(written.value)}${fromWhere(written.source)}`,
      recommended: describe(written.value),
      reason: `the ${spec.what} is set`,
      source,
      edits: [],
    };
  }
  if (deployed !== undefined && !isUnlimited(deployed)) {
    return {
      status: 'ok',
      current: `deploy.resources.limits.${spec.deploy}: ${describe(deployed)}`,
      recommended: describe(deployed),
      reason: `the ${spec.what} is set under deploy`,
      source,
      edits: [],
    };
  }
  const current = written ? `${written.key}: ${describe(written.value)} (unlimited)` : 'not set';
  const guess = spec.proposed === undefined ? '' : `; ${spec.proposed} is a starting point`;
  return {
    status: 'fail',
    current,
    recommended,
    reason: `without a ${spec.what} one service can starve the host${guess}`,
    source,
    edits:
      spec.proposed === undefined
        ? []
        : [{ kind: 'set', service: context.service, key, value: spec.proposed }],
    review: true,
  };
}
