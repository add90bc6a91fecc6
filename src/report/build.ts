import { type Suppression, suppressionFor } from '../config/suppressions.js';
import { scorePlan } from '../plan/score.js';
import { allFindings } from '../plan/select.js';
import type { Finding, Plan } from '../plan/types.js';
import { SEVERITIES, type Severity } from '../rules/types.js';
import { SUPPRESSION_REASON } from './catalog.js';
import type {
  CheckReport,
  ReportFinding,
  ReportScore,
  Summary,
  SuppressedFinding,
} from './types.js';

export interface ReportInput {
  plan: Plan;
  /** The compose file as messages show it. */
  file: string;
  suppressions?: readonly Suppression[];
  /** Only these rule ids; every rule when unset. */
  rules?: ReadonlySet<string>;
  /** Only findings at this severity or above. */
  threshold?: Severity;
}

/**
 * The failing findings of a plan, narrowed by rule and severity, with the suppressed ones set
 * apart. Each ignore without a reason adds a finding of its own.
 */
export function buildReport(input: ReportInput): CheckReport {
  const { plan, file, suppressions = [] } = input;
  const worst = SEVERITIES.indexOf(input.threshold ?? 'info');
  const wanted = (rule: string, severity: Severity) =>
    (!input.rules || input.rules.has(rule)) && SEVERITIES.indexOf(severity) <= worst;
  const findings: ReportFinding[] = [];
  const suppressed: SuppressedFinding[] = [];

  for (const finding of allFindings(plan)) {
    if (finding.status !== 'fail' || !wanted(finding.rule, finding.severity)) continue;
    const row = fromFinding(finding, file);
    const by = suppressionFor(suppressions, finding.service, finding.rule);
    if (!by) findings.push(row);
    else suppressed.push({ ...row, ...suppressedBy(by) });
  }
  if (wanted(SUPPRESSION_REASON.id, SUPPRESSION_REASON.severity)) {
    findings.push(...suppressions.filter((s) => !s.reason).map(missingReason));
  }
  const summary = summarise(findings, suppressed.length, plan.services.length);
  const counts = (f: Finding) =>
    wanted(f.rule, f.severity) && !suppressionFor(suppressions, f.service, f.rule)?.reason;
  return { file, findings, suppressed, summary, score: scoreOf(plan, counts) };
}

/** The score of what was asked (rules, severity), where an ignore with a reason costs nothing. */
function scoreOf(plan: Plan, counts: (finding: Finding) => boolean): ReportScore {
  const { stack, services } = scorePlan(plan, counts);
  return {
    score: stack.score,
    grade: stack.grade,
    services: services.map(({ name, score, grade }) => ({ name, score, grade })),
  };
}

function fromFinding(f: Finding, file: string): ReportFinding {
  return {
    file: f.file ?? file,
    line: f.line,
    service: f.service,
    rule: f.rule,
    severity: f.severity,
    current: f.current,
    recommended: f.recommended,
    message: f.reason,
    fixable: f.edits.length > 0,
  };
}

function missingReason(s: Suppression): ReportFinding {
  return {
    ...where(s),
    service: s.service,
    rule: SUPPRESSION_REASON.id,
    severity: SUPPRESSION_REASON.severity,
    current: s.written,
    recommended: s.source === 'comment' ? `${s.written} -- <reason>` : `${s.written}: <reason>`,
    message: 'an ignore without a reason',
    fixable: false,
  };
}

function suppressedBy(s: Suppression) {
  return { reason: s.reason ?? null, suppressedBy: s.source, suppressedAt: where(s) };
}

function where(s: Suppression) {
  return { file: s.file, line: s.line };
}

function summarise(findings: ReportFinding[], suppressed: number, checked: number): Summary {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return {
    total: findings.length,
    services: new Set(findings.map((f) => f.service)).size,
    servicesChecked: checked,
    critical: count('critical'),
    high: count('high'),
    medium: count('medium'),
    low: count('low'),
    info: count('info'),
    suppressed,
  };
}
