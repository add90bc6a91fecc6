import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry.js';
import { RULE_IDS, type Rule } from '../../src/rules/types.js';

const root = path.join(import.meta.dirname, '../..');
const ruleFolder = path.join(root, 'src/rules');

function isRule(value: unknown): value is Rule {
  const candidate = value as Partial<Rule> | null;
  return typeof candidate?.id === 'string' && typeof candidate.check === 'function';
}

/** Every object that looks like a rule, exported from any file of src/rules. */
async function exportedRules(): Promise<{ file: string; rule: Rule }[]> {
  const files = readdirSync(ruleFolder).filter((name) => name.endsWith('.ts'));
  const found: { file: string; rule: Rule }[] = [];
  for (const file of files) {
    const module = (await import(path.join(ruleFolder, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) if (isRule(value)) found.push({ file, rule: value });
  }
  return found;
}

describe('the rule registry', () => {
  it('lists every rule in the order of RULE_IDS', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  it('registers every rule exported from src/rules, each in the file named after it', async () => {
    const exported = await exportedRules();
    expect(exported.filter(({ rule }) => !RULES.includes(rule)).map(({ file }) => file)).toEqual(
      [],
    );
    expect(exported.map(({ file, rule }) => `${rule.id}.ts` === file)).not.toContain(false);
  });

  it('gives every rule its own test file and docs page', () => {
    const missing = RULES.flatMap((rule) =>
      [`test/rules/${rule.id}.test.ts`, `docs/rules/${rule.id}.md`].filter(
        (file) => !existsSync(path.join(root, file)),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('fills in every piece of metadata the docs are built from', () => {
    const texts = (rule: Rule) => [
      rule.title,
      rule.problem,
      rule.rationale,
      rule.fix,
      rule.limitations,
      rule.whenNotToUse,
    ];
    const empty = RULES.filter((rule) => texts(rule).some((text) => text.trim() === ''));
    expect(empty.map((rule) => rule.id)).toEqual([]);
    const unmapped = RULES.filter((rule) => rule.cis.length + rule.owasp.length === 0);
    expect(unmapped.map((rule) => rule.id)).toEqual([]);
  });

  it('marks exactly the seven settings of the first wizard as core', () => {
    expect(RULES.filter((rule) => rule.core).map((rule) => rule.id)).toEqual([
      'user-non-root',
      'no-new-privileges',
      'cap-drop-all',
      'cap-add-minimal',
      'read-only-rootfs',
      'ports-loopback',
      'no-privileged',
    ]);
  });
});
