import type { Outcome, RuleResult, VerifyReport } from '../../verify/types.js';
import type { Tone } from '../theme.js';
import { printable, textWidth } from './text.js';

/**
 * The verification report as lines, so it can scroll: a row per container (a service with
 * none gets one row of its own), and under it a line per rule that fails or is stale.
 */
export type VerifyLine =
  | { kind: 'container'; id: string; service: string; container: string; outcome: Outcome }
  | { kind: 'rule'; id: string; rule: string; outcome: 'fail' | 'stale'; evidence: string };

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  pass: 'pass',
  fail: 'fail',
  stale: 'stale',
  'not-running': 'not running',
};

export const OUTCOME_TONES: Readonly<Record<Outcome, Tone>> = {
  pass: 'ok',
  fail: 'danger',
  stale: 'warn',
  'not-running': 'muted',
};

function needsAttention(rule: RuleResult): rule is RuleResult & { outcome: 'fail' | 'stale' } {
  return rule.outcome !== 'pass';
}

export function verifyLines(report: VerifyReport): VerifyLine[] {
  return report.services.flatMap((service): VerifyLine[] => {
    const name = service.service;
    if (service.containers.length === 0) {
      return [
        { kind: 'container', id: name, service: name, container: '', outcome: 'not-running' },
      ];
    }
    return service.containers.flatMap((container, index): VerifyLine[] => {
      const id = `${name}/${container.name}`;
      const row: VerifyLine = {
        kind: 'container',
        id,
        // Replicas of a scaled service line up under its name, written once.
        service: index === 0 ? name : '',
        container: container.name,
        outcome: container.outcome,
      };
      const rules = container.rules.filter(needsAttention).map(
        (rule): VerifyLine => ({
          kind: 'rule',
          id: `${id}/${rule.rule}`,
          rule: rule.rule,
          outcome: rule.outcome,
          evidence: printable(rule.evidence.join('; ')),
        }),
      );
      return [row, ...rules];
    });
  });
}

export interface VerifyColumns {
  service: number;
  container: number;
  outcome: number;
}

export const VERIFY_HEADINGS = { service: 'service', container: 'container', outcome: 'outcome' };
export const VERIFY_GAP = 2;
const MAX_SERVICE = 24;

/** Column widths for the container rows: names keep their width while the outcome fits. */
export function verifyColumns(columns: number, lines: readonly VerifyLine[]): VerifyColumns {
  const rows = lines.filter((line) => line.kind === 'container');
  const widest = (values: string[], heading: string) =>
    Math.max(textWidth(heading), ...values.map((value) => textWidth(printable(value))));
  const outcome = widest(Object.values(OUTCOME_LABELS), VERIFY_HEADINGS.outcome);
  const service = Math.min(
    widest(
      rows.map((row) => row.service),
      VERIFY_HEADINGS.service,
    ),
    MAX_SERVICE,
  );
  const room = Math.max(columns - service - outcome - 2 * VERIFY_GAP, 4);
  const container = Math.min(
    widest(
      rows.map((row) => row.container),
      VERIFY_HEADINGS.container,
    ),
    room,
  );
  return { service, container, outcome };
}

/** How many services ended each way, in a fixed order, and the stale ones to recreate. */
export function verifyTotals(report: VerifyReport): {
  counts: { outcome: Outcome; count: number }[];
  stale: string[];
} {
  const order: Outcome[] = ['pass', 'fail', 'stale', 'not-running'];
  const counts = order
    .map((outcome) => ({
      outcome,
      count: report.services.filter((service) => service.outcome === outcome).length,
    }))
    .filter(({ count }) => count > 0);
  const stale = report.services
    .filter((service) => service.containers.some((container) => container.outcome === 'stale'))
    .map((service) => service.service);
  return { counts, stale };
}
