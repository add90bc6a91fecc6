import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

/*
 * The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK ships it in @microsoft/jest-sarif
 * (2.1.0-rtm.5, the schema the OASIS standard published). It is a draft-04 schema, so it
 * needs Ajv's draft-04 class; ajv-formats checks the uri and date-time formats it uses.
 */
const require = createRequire(import.meta.url);
const SCHEMA_FILE = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

const Ajv = AjvDraft04.default;
const addFormats = addFormatsModule.default;

/** The schema's errors for a log, as `path: message` lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  // The schema's language pattern is not valid as a `u` regular expression; Ajv's default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`);
}
