import { applyEdits } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';
import { planFile } from '../../src/plan/plan.js';
import type { BuildUser, Finding } from '../../src/plan/types.js';
import { loadPresets } from '../../src/presets/load.js';

const presets = loadPresets();

/** The finding of one rule on one service of an inline compose file (and Dockerfile users). */
export function findingOf(
  text: string,
  service: string,
  rule: string,
  buildUsers: ReadonlyMap<string, BuildUser> = new Map(),
): Finding {
  const plan = planFile(parseCompose(text, 'compose.yaml'), presets, buildUsers);
  const finding = plan.services
    .find((s) => s.name === service)
    ?.findings.find((f) => f.rule === rule);
  if (!finding) throw new Error(`no ${rule} finding for ${service}`);
  return finding;
}

/** The file after taking one rule's fix for every service. */
export function fixedBy(text: string, rule: string): string {
  const compose = parseCompose(text, 'compose.yaml');
  const plan = planFile(compose, presets);
  const edits = plan.services.flatMap((s) =>
    s.findings.filter((f) => f.rule === rule && f.status === 'fail').flatMap((f) => f.edits),
  );
  return applyEdits(compose, edits);
}

export const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
