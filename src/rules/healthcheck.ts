import type { EditValue } from '../compose/apply.js';
import type { Preset } from '../presets/schema.js';
import type { Rule, RuleContext } from './types.js';
import { describe, fromWhere, isTrue } from './values.js';

type Healthcheck = { test?: unknown; disable?: unknown; [key: string]: unknown };

function isDisabled(check: Healthcheck): boolean {
  const test = Array.isArray(check.test) ? check.test[0] : check.test;
  return isTrue(check.disable) || String(test ?? '').toUpperCase() === 'NONE';
}

/** The preset's check as Compose writes it, with Compose's own key names. */
export function presetHealthcheck(preset: Preset): EditValue | undefined {
  const check = preset.healthcheck;
  if (!check?.test) return undefined;
  return {
    test: check.test,
    ...(check.interval ? { interval: check.interval } : {}),
    ...(check.timeout ? { timeout: check.timeout } : {}),
    ...(check.retries ? { retries: check.retries } : {}),
    ...(check.startPeriod ? { start_period: check.startPeriod } : {}),
  };
}

export const healthcheck: Rule = {
  id: 'healthcheck',
  title: 'Check container health',
  severity: 'low',
  core: false,
  problem:
    'The service has no `healthcheck:` and its image declares none, or the check is turned off ' +
    'with `disable: true` or `test: ["NONE"]`.',
  rationale:
    'Without a health check Docker only knows that the process runs, not that it answers. ' +
    '`depends_on: condition: service_healthy` cannot wait for it, and a hung service looks ' +
    'fine until someone notices.',
  fix:
    "Writes the preset's check, built from a tool the image ships (`pg_isready`, `redis-cli " +
    'ping`, `mysqladmin ping`), replacing a disabled one. A check that may not fit every tag ' +
    '(mongosh ships from MongoDB 6, redis-cli ping answers NOAUTH once a password is set) starts ' +
    'unselected. Images whose preset has no known check get no fix: write one that calls the ' +
    'service the way its clients do.',
  limitations:
    "The rule cannot see an image's own HEALTHCHECK unless the preset records it. Checks " +
    'that set only timings are reported as unknown, since they rely on the image. The ' +
    'command of an existing check is never shown, as it may hold a password.',
  whenNotToUse: 'One-shot jobs and init containers, which exit instead of serving.',
  cis: ['5.26', '4.6'],
  owasp: [],
  check(context: RuleContext) {
    const setting = context.setting('healthcheck');
    const value = setting.value as Healthcheck | undefined | null;
    const proposed = presetHealthcheck(context.preset);
    // The check's command can carry a password (redis-cli -a ...): show only its state.
    const current = !value ? 'not set' : isDisabled(value) ? 'disabled' : 'set';
    const base = { source: setting.source, current: current + fromWhere(setting.source) };
    const recommended = proposed ? describe(proposed) : 'a check that calls the service';
    if (value && typeof value === 'object' && !isDisabled(value)) {
      const known = value.test !== undefined;
      return {
        ...base,
        status: known ? 'ok' : 'unknown',
        recommended: known ? 'as set' : recommended,
        reason: known
          ? 'the service has a health check'
          : "timings only: the image's check applies",
        edits: [],
      };
    }
    if (!value && context.preset.healthcheck?.inImage) {
      return {
        ...base,
        status: 'ok',
        recommended: 'the HEALTHCHECK of the image',
        reason: `${context.preset.title} declares its own HEALTHCHECK`,
        edits: [],
      };
    }
    return {
      ...base,
      status: 'fail',
      recommended,
      reason: value
        ? 'the health check is turned off'
        : 'Docker cannot tell a hung service from a live one',
      edits: proposed
        ? [{ kind: 'set', service: context.service, key: 'healthcheck', value: proposed }]
        : [],
      review: context.preset.healthcheck?.review === true,
    };
  },
};
