import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempStack } from '../helpers/run-cli.js';
import { REAL_FIXTURES, realFixtures } from '../real-fixtures.js';

const SCHEMA = path.join(
  import.meta.dirname,
  '../../node_modules/dclint/schemas/compose.schema.json',
);
const schema = { ...JSON.parse(readFileSync(SCHEMA, 'utf8')), $schema: undefined };
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(
  schema,
);
const fixtures = realFixtures().filter(({ name }) => /\.ya?ml$/.test(name));

function schemaErrors(text: string): string[] {
  const ok = validate(parse(text, { merge: true, maxAliasCount: -1 }));
  return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every YAML file of a folder, by name, as text. */
function yamlFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  );
}

/**
 * A value for each variable the files require with `${NAME:?message}`, as whoever deploys them
 * sets it: without them Compose, and compose-harden, refuse the stack.
 */
function requiredVariables(files: Record<string, string>): Record<string, string> {
  const names = Object.values(files).flatMap((text) =>
    [...text.matchAll(/\$\{(\w+):?\?/g)].map((match) => match[1] ?? ''),
  );
  return Object.fromEntries(names.map((name) => [name, `example-${name.toLowerCase()}`]));
}

describe.skipIf(fixtures.length === 0)(`apply --yes on a copy of ${REAL_FIXTURES}`, () => {
  it.each(fixtures)(
    '$name stays a valid Compose stack, and a second apply finds nothing',
    ({ name }) => {
      // The whole project folder is copied to a temp folder: extends and include read beside it.
      const dir = tempStack({});
      cpSync(path.join(REAL_FIXTURES, path.dirname(name)), dir, { recursive: true });
      const file = path.basename(name);
      const before = yamlFiles(dir);
      const env = requiredVariables(before);

      const apply = runCli(['apply', '--yes', '--no-backup', '-f', file], { cwd: dir, env });
      expect(apply.code, apply.stderr).toBe(0);
      const after = yamlFiles(dir);
      for (const [written, text] of Object.entries(after)) {
        if (text === before[written] || !/services:|include:/.test(text)) continue;
        expect(schemaErrors(text), `${name}: ${written}`).toEqual([]);
      }
      const again = runCli(['apply', '--dry-run', '-f', file], { cwd: dir, env });
      expect(again.stdout).toMatch(/: nothing to change\n$/);
    },
  );
});
