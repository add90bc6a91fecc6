import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';
import { planFile } from '../../src/plan/plan.js';
import { allFindings, editsFor, proposedKeys } from '../../src/plan/select.js';
import { loadPresets } from '../../src/presets/load.js';
import { REAL_FIXTURES, realFixtures } from '../real-fixtures.js';

const fixtures = realFixtures();
const presets = loadPresets();

function commentLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim().startsWith('#'))
    .map((l) => l.trim());
}

describe.skipIf(fixtures.length === 0)(`real compose files in ${REAL_FIXTURES}`, () => {
  it.each(fixtures)('$name prints back byte for byte when nothing is chosen', ({ file, text }) => {
    expect(applyEdits(parseCompose(text, file), [])).toBe(text);
  });

  it.each(fixtures)(
    '$name stays valid and keeps every comment when every change is taken',
    ({ file, text }) => {
      const compose = parseCompose(text, file);
      const plan = planFile(compose, presets);
      const written = applyEdits(compose, editsFor(plan, proposedKeys(plan)));
      const again = parseCompose(written, file);
      for (const line of commentLines(text)) expect(commentLines(written)).toContain(line);
      const second = planFile(again, presets);
      const leftover = allFindings(second).filter((f) => f.proposed);
      expect(leftover.map((f) => `${f.key}: ${f.current} -> ${f.recommended}`)).toEqual([]);
      expect(applyEdits(again, editsFor(second, proposedKeys(second)))).toBe(written);
    },
  );
});

if (fixtures.length === 0) {
  describe('real compose files', () => {
    it.skip(`skipped: ${REAL_FIXTURES} is absent`, () => {});
  });
}
