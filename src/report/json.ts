import type { CheckReport } from './types.js';

/**
 * `check --format json`: `findings`, each with file, line, service, rule, severity, current,
 * recommended, message and fixable; `suppressed`, the same plus the reason and where the
 * suppression is written; a `summary` of counts; and the `score` of the stack and each service.
 */
export function formatJson(report: CheckReport): string {
  const { findings, suppressed, summary, score } = report;
  return `${JSON.stringify({ findings, suppressed, summary, score }, null, 2)}\n`;
}
