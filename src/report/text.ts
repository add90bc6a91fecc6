import { SEVERITIES } from '../rules/types.js';
import { plural } from '../text/plural.js';
import { type Paint, plain, SEVERITY_TONE } from './paint.js';
import type { CheckReport, ReportFinding, SuppressedFinding } from './types.js';

/**
 * One line per finding, `file:line: severity rule [service] current -> recommended: why`, so
 * editors and terminals can jump to it; then the suppressed ones, then a summary line.
 */
export function formatText(report: CheckReport, paint: Paint = plain): string {
  const lines = [
    ...report.findings.map((f) => findingLine(f, paint)),
    ...report.suppressed.map((s) => suppressedLine(s, paint)),
    summaryLine(report, paint),
  ];
  return `${lines.join('\n')}\n`;
}

function findingLine(f: ReportFinding, paint: Paint): string {
  const severity = paint(SEVERITY_TONE[f.severity], f.severity);
  const where = `${f.file}:${f.line}: ${severity} ${f.rule} [${f.service}]`;
  return `${where} ${f.current} -> ${f.recommended}: ${f.message}`;
}

function suppressedLine(s: SuppressedFinding, paint: Paint): string {
  const why = s.reason ?? `no reason given (${s.suppressedAt.file}:${s.suppressedAt.line})`;
  return paint('muted', `${s.file}:${s.line}: suppressed ${s.rule} [${s.service}]: ${why}`);
}

function summaryLine(report: CheckReport, paint: Paint): string {
  const s = report.summary;
  const suppressed = s.suppressed ? `; ${s.suppressed} suppressed` : '';
  if (s.total === s.info) {
    const info = s.info ? `; ${s.info} info` : '';
    const all =
      s.servicesChecked === 1
        ? 'the only service passes'
        : `all ${s.servicesChecked} services pass`;
    return `${report.file}: ${all}${info}${suppressed}`;
  }
  const counts = SEVERITIES.filter((level) => s[level] > 0)
    .map((level) => `${s[level]} ${level}`)
    .join(', ');
  const checked = plural(s.servicesChecked, 'service');
  const found = `${plural(s.total, 'finding')} in ${s.services} of ${checked}`;
  const score = `score ${report.score.score}/100 (${report.score.grade})`;
  return `${paint('bold', found)} (${counts})${suppressed}; ${score}`;
}
