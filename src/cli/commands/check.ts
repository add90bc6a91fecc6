import { allFindings } from '../../plan/select.js';
import type { Finding } from '../../plan/types.js';
import { type Io, writeLine } from '../io.js';
import { type FileOptions, loadAndPlan } from '../load.js';

export interface CheckOptions extends FileOptions {
  format: 'text' | 'json';
  rule?: string[];
}

/** Reports what is not hardened; exit 1 when anything fails, 0 when all is compliant. */
export async function checkCommand(options: CheckOptions, io: Io): Promise<number> {
  const { snapshot, plan } = await loadAndPlan(options, io);
  const wanted = options.rule?.length ? new Set(options.rule) : undefined;
  const findings = allFindings(plan).filter(
    (f) => f.status === 'fail' && (!wanted || wanted.has(f.rule)),
  );
  if (options.format === 'json') {
    const report = {
      findings: findings.map((f) => toJson(f, snapshot.shown)),
      summary: summarise(findings, plan.services.length),
    };
    writeLine(io.stdout, JSON.stringify(report, null, 2));
  } else {
    for (const f of findings) {
      writeLine(
        io.stdout,
        `${snapshot.shown}:${f.line}: ${f.severity} ${f.rule} [${f.service}] ${f.current} -> ${f.recommended}: ${f.reason}`,
      );
    }
    const s = summarise(findings, plan.services.length);
    writeLine(
      io.stdout,
      findings.length
        ? `${s.total} findings in ${s.services} of ${s.servicesChecked} services (${s.high} high, ${s.medium} medium, ${s.low} low)`
        : `${snapshot.shown}: all ${s.servicesChecked} services pass`,
    );
  }
  return findings.length ? 1 : 0;
}

function toJson(f: Finding, file: string) {
  return {
    file,
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

function summarise(findings: Finding[], servicesChecked: number) {
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return {
    total: findings.length,
    services: new Set(findings.map((f) => f.service)).size,
    servicesChecked,
    high: count('high'),
    medium: count('medium'),
    low: count('low'),
  };
}
