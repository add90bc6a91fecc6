import type { CheckReport } from './types.js';

/**
 * `check --format json`: `findings`, each with file, line, service, rule, severity, current,
 * recommended, message and fixable; `suppressed`, the same plus the reason and where the
 * suppression is written; and a `summary` of counts.
 */
export function formatJson(report: CheckReport): string {
  const { findings, suppressed, summary } = report;
  return `${JSON.stringify({ findings, suppressed, summary }, null, 2)}\n`;
}
