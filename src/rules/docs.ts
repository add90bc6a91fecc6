import { CIS_BENCHMARK, cisLabel, OWASP_SHEET, owaspLabel } from './references.js';
import { RULES } from './registry.js';
import type { Rule } from './types.js';

/*
 * The rule catalogue as Markdown, generated from the rules' own metadata: one page per rule
 * (docs/rules/<id>.md) and the table in README.md. scripts/gen-rule-docs.js writes them; a
 * test fails when a page or the table no longer matches.
 */

export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';

export function docPath(rule: Rule): string {
  return `docs/rules/${rule.id}.md`;
}

function shown(rule: Rule): string {
  return rule.core ? 'always (core rule)' : 'when the service does not pass';
}

function references(rule: Rule): string[] {
  const cis = rule.cis.length ? rule.cis.map((item) => `${CIS_BENCHMARK}, ${cisLabel(item)}`) : [];
  const owasp = rule.owasp.map((item) => `${OWASP_SHEET}, ${owaspLabel(item)}`);
  const lines = [...cis, ...owasp];
  return lines.length ? lines.map((line) => `- ${line}`) : ['- No CIS or OWASP item maps to it.'];
}

export function ruleDoc(rule: Rule): string {
  return [
    `<!-- Generated from src/rules/${rule.id}.ts by scripts/gen-rule-docs.js. Edit the rule. -->`,
    `# ${rule.id}: ${rule.title}`,
    '',
    `Severity: **${rule.severity}**. Shown in the wizard ${shown(rule)}.`,
    '',
    '## Problem',
    '',
    rule.problem,
    '',
    '## Fix',
    '',
    rule.fix,
    '',
    '## Why',
    '',
    rule.rationale,
    '',
    '## Known limitations',
    '',
    rule.limitations,
    '',
    '## When not to use',
    '',
    rule.whenNotToUse,
    '',
    '## References',
    '',
    ...references(rule),
    '',
  ].join('\n');
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The README's rules table, without the markers. */
export function rulesTable(rules: readonly Rule[] = RULES): string {
  const rows = rules.map((rule) => {
    const cis = rule.cis.join(', ') || '-';
    const owasp = rule.owasp.map((item) => item.replace('RULE ', '')).join(', ') || '-';
    const name = `[\`${rule.id}\`](${docPath(rule)})`;
    return `| ${name} | ${rule.severity} | ${cell(rule.title)} | ${cis} | ${owasp} |`;
  });
  return [
    `| rule | severity | checks | CIS ${CIS_BENCHMARK.split(' v')[1]} | OWASP |`,
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** `text` with the table between the markers replaced; undefined when a marker is missing. */
export function withRulesTable(text: string, table: string = rulesTable()): string | undefined {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start === -1 || end < start) return undefined;
  return `${text.slice(0, start + TABLE_START.length)}\n${table}\n${text.slice(end)}`;
}
