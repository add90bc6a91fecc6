import { compareText } from './checks/check.js';
import { VERIFY_CHECKS } from './checks/registry.js';
import type {
  ContainerResult,
  EvidenceSource,
  Outcome,
  RuleResult,
  ServiceResult,
  VerifyReport,
} from './types.js';

const SOURCE_NAMES: Record<EvidenceSource, string> = {
  inspect: 'inspect',
  top: 'top',
  'proc-status': '/proc/1/status',
  'host-proc': "the host's /proc",
};

// Every table lines up the same way, whichever rules a container has.
const RULE_WIDTH = Math.max(...VERIFY_CHECKS.map((check) => check.id.length));

const LABELS: Record<Outcome, string> = {
  pass: 'pass',
  fail: 'FAIL',
  stale: 'STALE',
  'not-running': 'not running',
};

/**
 * The report as JSON with a fixed order (service, then container name, then rule id) and fixed
 * keys, so the same containers always give the same bytes.
 */
export function formatJson(report: VerifyReport): string {
  const services = [...report.services]
    .sort((a, b) => compareText(a.service, b.service))
    .map((service) => ({
      service: service.service,
      outcome: service.outcome,
      replicas: service.replicas,
      containers: [...service.containers]
        .sort((a, b) => compareText(a.name, b.name))
        .map(containerJson),
    }));
  const ordered = {
    project: report.project,
    engine: report.engine,
    outcome: report.outcome,
    services,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function containerJson(container: ContainerResult) {
  return {
    name: container.name,
    state: container.state,
    outcome: container.outcome,
    sources: container.sources,
    notes: container.notes,
    rules: [...container.rules]
      .sort((a, b) => compareText(a.rule, b.rule))
      .map((rule) => ({
        rule: rule.rule,
        outcome: rule.outcome,
        sources: rule.sources,
        evidence: rule.evidence,
        ...(rule.hint ? { hint: rule.hint } : {}),
      })),
  };
}

/** A table per service for the terminal: one line per rule, with its evidence. */
export function formatText(report: VerifyReport): string {
  const lines = [`project ${report.project} on ${report.engine}`, ''];
  for (const service of report.services) lines.push(...serviceLines(service), '');
  lines.push(`result: ${LABELS[report.outcome]}${summary(report)}`);
  return `${lines.join('\n')}\n`;
}

function serviceLines(service: ServiceResult): string[] {
  const { expected, running } = service.replicas;
  const count = expected === null ? `${running} running` : `${running} of ${expected} running`;
  const lines = [`${service.service}: ${LABELS[service.outcome]} (${count})`];
  for (const container of service.containers) {
    const read = container.sources.map((source) => SOURCE_NAMES[source]).join(', ');
    lines.push(`  ${container.name} (${container.state}${read ? `; read ${read}` : ''})`);
    lines.push(...container.notes.map((note) => `    note: ${note}`));
    lines.push(...container.rules.map(ruleLine));
  }
  return lines;
}

function ruleLine(rule: RuleResult): string {
  const hint = rule.hint ? `; ${rule.hint}` : '';
  return `    ${LABELS[rule.outcome].padEnd(5)} ${rule.rule.padEnd(RULE_WIDTH)}  ${rule.evidence.join('; ')}${hint}`;
}

function summary(report: VerifyReport): string {
  const counts = new Map<Outcome, number>();
  for (const service of report.services) {
    counts.set(service.outcome, (counts.get(service.outcome) ?? 0) + 1);
  }
  const parts = (['pass', 'fail', 'stale', 'not-running'] as const)
    .filter((outcome) => counts.has(outcome))
    .map((outcome) => `${counts.get(outcome)} ${LABELS[outcome].toLowerCase()}`);
  return parts.length ? ` (services: ${parts.join(', ')})` : '';
}
