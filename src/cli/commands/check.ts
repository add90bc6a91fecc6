import { buildReport } from '../../report/build.js';
import { ruleCatalog } from '../../report/catalog.js';
import { formatJson } from '../../report/json.js';
import { formatSarif } from '../../report/sarif.js';
import { formatText } from '../../report/text.js';
import type { CheckReport } from '../../report/types.js';
import { paintFor } from '../color.js';
import type { Io } from '../io.js';
import { type FileOptions, loadAndPlan } from '../load.js';
import { ruleFilter, severityOption } from '../rule-options.js';
import { VERSION } from '../version.js';

export type CheckFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions extends FileOptions {
  format: CheckFormat;
  rule?: string[];
  severity?: string;
  color?: boolean;
}

/**
 * Reports what is not hardened: exit 1 when a finding is reported, 0 when none is. Info
 * findings (advice, such as pinning a digest) are printed but do not fail the check.
 */
export async function checkCommand(options: CheckOptions, io: Io): Promise<number> {
  const rules = ruleFilter(
    options.rule,
    ruleCatalog().map((rule) => rule.id),
  );
  const severity = severityOption(options.severity);
  const { snapshot, plan, config, suppressions } = await loadAndPlan(options, io);
  const report = buildReport({
    plan,
    file: snapshot.shown,
    suppressions,
    rules,
    threshold: severity ?? config?.config.severity,
  });
  io.stdout.write(render(report, options, io));
  return report.findings.some((f) => f.severity !== 'info') ? 1 : 0;
}

function render(report: CheckReport, options: CheckOptions, io: Io): string {
  if (options.format === 'json') return formatJson(report);
  if (options.format === 'sarif') return formatSarif(report, VERSION);
  return formatText(report, paintFor(io, options.color));
}
