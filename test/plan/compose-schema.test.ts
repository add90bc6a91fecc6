import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits } from '../../src/compose/apply.js';
import { parseCompose } from '../../src/compose/document.js';
import { planFile } from '../../src/plan/plan.js';
import { allFindings, editsFor, proposedKeys } from '../../src/plan/select.js';
import { loadPresets } from '../../src/presets/load.js';
import { REAL_FIXTURES, realFixtures } from '../real-fixtures.js';

// The Compose Specification's JSON schema, as dclint (a maintained compose linter) ships it.
// dclint's exports do not include the file, so it is read from the installed package.
const SCHEMA = path.join(
  import.meta.dirname,
  '../../node_modules/dclint/schemas/compose.schema.json',
);
// Ajv knows draft-07 by its http id; the file names it with https.
const schema = { ...JSON.parse(readFileSync(SCHEMA, 'utf8')), $schema: undefined };
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(schema);
const presets = loadPresets();
const fixtures = realFixtures();

function schemaErrors(text: string): string[] {
  const ok = validate(parse(text, { merge: true, maxAliasCount: -1 }));
  return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe.skipIf(fixtures.length === 0)(`the Compose schema on ${REAL_FIXTURES}`, () => {
  it.each(fixtures)('$name is valid before and after every change is taken', ({ file, text }) => {
    expect(schemaErrors(text)).toEqual([]);
    const compose = parseCompose(text, file);
    const plan = planFile(compose, presets);
    const proposed = applyEdits(compose, editsFor(plan, proposedKeys(plan)));
    expect(schemaErrors(proposed)).toEqual([]);
    const offered = new Set(
      allFindings(plan)
        .filter((f) => f.edits.length)
        .map((f) => f.key),
    );
    expect(schemaErrors(applyEdits(compose, editsFor(plan, offered)))).toEqual([]);
  });
});

describe('the Compose schema check itself', () => {
  it('rejects a service with an unknown key and ports written as a mapping', () => {
    const errors = schemaErrors(
      'services:\n  web:\n    image: nginx\n    portz: [80]\n    ports: {a: 1}\n',
    );
    expect(errors).toContain('/services/web must NOT have additional properties');
    expect(errors).toContain('/services/web/ports must be array');
  });
});
