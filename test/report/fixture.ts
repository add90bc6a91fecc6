import { parseCompose } from '../../src/compose/document.js';
import { collectSuppressions } from '../../src/config/suppressions.js';
import { planFile } from '../../src/plan/plan.js';
import { loadPresets } from '../../src/presets/load.js';
import { buildReport, type ReportInput } from '../../src/report/build.js';

/** Two services: one ignore with a reason, one without, and one finding left to report. */
export const STACK = [
  'services:',
  '  # compose-harden: ignore ports-loopback -- behind the host firewall',
  '  web:',
  '    image: nginx:1.27',
  '    ports:',
  '      - "8080:80"',
  '  cache: # compose-harden: ignore no-privileged',
  '    image: redis:7',
  '    privileged: true',
  '    ports: ["6379:6379"]',
  '',
].join('\n');

/** The rules the report tests look at, so rules added later do not change their output. */
export const RULES = new Set(['ports-loopback', 'no-privileged', 'suppression-reason']);

export function reportFor(text = STACK, input: Partial<ReportInput> = {}) {
  const compose = parseCompose(text, 'compose.yaml');
  const { suppressions } = collectSuppressions(compose, undefined);
  return buildReport({
    plan: planFile(compose, loadPresets()),
    file: 'compose.yaml',
    suppressions,
    rules: RULES,
    ...input,
  });
}
