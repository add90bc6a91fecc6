import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  docPath,
  ruleDoc,
  rulesTable,
  TABLE_END,
  TABLE_START,
  withRulesTable,
} from '../../src/rules/docs.js';
import { RULES } from '../../src/rules/registry.js';

const root = path.join(import.meta.dirname, '../..');
const REGENERATE = 'stale: run `npm run build && node scripts/gen-rule-docs.js`';

describe('the rule docs', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    'docs/rules/%s.md matches the rule metadata',
    (_, rule) => {
      const page = readFileSync(path.join(root, docPath(rule)), 'utf8');
      expect(page, REGENERATE).toBe(ruleDoc(rule));
    },
  );

  it('has no page for a rule that does not exist', () => {
    const pages = readdirSync(path.join(root, 'docs/rules')).filter((name) => name.endsWith('.md'));
    expect(pages.sort()).toEqual(RULES.map((rule) => `${rule.id}.md`).sort());
  });

  it("keeps the README's rules table in step with the metadata", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(TABLE_START);
    expect(withRulesTable(readme), REGENERATE).toBe(readme);
  });

  it('gives each rule one row that links to its page', () => {
    const rows = rulesTable().split('\n').slice(2);
    expect(rows).toHaveLength(RULES.length);
    expect(rows[0]).toBe(
      '| [`user-non-root`](docs/rules/user-non-root.md) | high | Run as a non-root user | 4.1 | #2 |',
    );
  });

  it('replaces only the text between the markers', () => {
    const text = `intro\n${TABLE_START}\nold\n${TABLE_END}\noutro\n`;
    expect(withRulesTable(text, 'new')).toBe(`intro\n${TABLE_START}\nnew\n${TABLE_END}\noutro\n`);
    expect(withRulesTable('no markers here', 'new')).toBeUndefined();
  });
});
