import type { Rule, RuleContext } from './types.js';
import { fromWhere } from './values.js';

export const loggingEnabled: Rule = {
  id: 'logging-enabled',
  title: 'Keep container logs',
  severity: 'medium',
  core: false,
  problem: '`logging: driver: none`.',
  rationale:
    'With the `none` driver nothing the service prints is kept: no `docker logs`, nothing for ' +
    'a log shipper, no trace of an attack or a crash to investigate.',
  fix:
    "Removes the `logging:` block so the daemon's default driver applies; its comments stay as " +
    'comment lines. To keep logs small, use `json-file` or `local` with `max-size` instead.',
  limitations:
    'A `logging:` block merged from an anchor is reported but not changed. The rule does not ' +
    "check that the daemon's default driver keeps logs, or ships them off the host.",
  whenNotToUse: 'Services so chatty that their output is useless and sent elsewhere by the app.',
  cis: ['2.13'],
  owasp: [],
  check(context: RuleContext) {
    const setting = context.setting('logging');
    const driver = (setting.value as { driver?: unknown } | undefined)?.driver;
    const base = { source: setting.source, recommended: "the daemon's default driver" };
    if (String(driver ?? '').trim() !== 'none') {
      const current =
        driver === undefined ? 'default driver' : String(driver) + fromWhere(setting.source);
      return { ...base, status: 'ok', current, reason: 'logs are kept', edits: [] };
    }
    return {
      ...base,
      status: 'fail',
      current: `driver: none${fromWhere(setting.source)}`,
      reason: 'the none driver throws every log line away',
      edits:
        setting.source.kind === 'own'
          ? [{ kind: 'delete', service: context.service, key: 'logging' }]
          : [],
    };
  },
};
