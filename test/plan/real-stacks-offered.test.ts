import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';
import { planFile } from '../../src/plan/plan.js';
import { allFindings, editsFor } from '../../src/plan/select.js';
import { loadPresets } from '../../src/presets/load.js';
import { REAL_FIXTURES, realFixtures } from '../real-fixtures.js';

const fixtures = realFixtures();
const presets = loadPresets();

function commentLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim().startsWith('#'))
    .map((line) => line.trim());
}

/** The plan of a file, and the plan again once every offered change is taken. */
function takeEveryOffer(file: string, text: string) {
  const compose = parseCompose(text, file);
  const plan = planFile(compose, presets);
  const offered = new Set(
    allFindings(plan)
      .filter((f) => f.edits.length)
      .map((f) => f.key),
  );
  const written = applyEdits(compose, editsFor(plan, offered));
  return { plan, written, second: planFile(parseCompose(written, file), presets) };
}

describe.skipIf(fixtures.length === 0)(`every offered change on ${REAL_FIXTURES}`, () => {
  it.each(fixtures)(
    '$name stays valid and keeps every comment with the unselected changes taken too',
    ({ file, text }) => {
      const { written, second } = takeEveryOffer(file, text);
      for (const line of commentLines(text)) expect(commentLines(written)).toContain(line);
      const reopened = allFindings(second).filter((f) => f.proposed);
      expect(reopened.map((f) => `${f.key}: ${f.current}`)).toEqual([]);
    },
  );

  it.each(fixtures)(
    '$name: a change that leaves its finding failing says so in what it recommends',
    ({ file, text }) => {
      const { plan, second } = takeEveryOffer(file, text);
      const after = new Map(allFindings(second).map((f) => [f.key, f.status]));
      const silent = allFindings(plan).filter(
        (f) =>
          f.edits.length &&
          after.get(f.key) === 'fail' &&
          !/\bstill\b|change it there/.test(f.recommended),
      );
      expect(silent.map((f) => `${f.key}: ${f.recommended}`)).toEqual([]);
    },
  );
});
