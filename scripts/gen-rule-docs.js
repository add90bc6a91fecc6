// Writes docs/rules/<id>.md for every rule and the rules table in README.md, from the rule
// metadata. Run after a build: `npm run build && node scripts/gen-rule-docs.js`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docPath, ruleDoc, withRulesTable } from '../dist/rules/docs.js';
import { RULES } from '../dist/rules/registry.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const folder = path.join(root, 'docs', 'rules');
mkdirSync(folder, { recursive: true });

const wanted = new Set(RULES.map((rule) => path.basename(docPath(rule))));
for (const name of readdirSync(folder)) {
  if (name.endsWith('.md') && !wanted.has(name)) rmSync(path.join(folder, name));
}
for (const rule of RULES) writeFileSync(path.join(root, docPath(rule)), ruleDoc(rule));

const readme = path.join(root, 'README.md');
const updated = withRulesTable(readFileSync(readme, 'utf8'));
if (updated === undefined) {
  process.stderr.write('README.md has no <!-- rules:start --> / <!-- rules:end --> markers\n');
  process.exitCode = 1;
} else {
  writeFileSync(readme, updated);
}
process.stdout.write(`wrote ${RULES.length} rule pages and the README table\n`);
