import { UserError } from '../errors.js';
import { CIS_BENCHMARK, cisLabel, OWASP_SHEET, owaspLabel } from './references.js';
import { findRule, RULES } from './registry.js';

const WIDTH = 78;

/** Wraps a paragraph at word boundaries, each line indented by two spaces. */
function paragraph(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > WIDTH - 2) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => `  ${l}`).join('\n');
}

/**
 * A rule's documentation as plain text for `compose-harden explain <rule>`: the same metadata
 * as its docs page, offline. An unknown id is a user error listing the known ones.
 */
export function explainRule(id: string): string {
  const rule = findRule(id.trim());
  if (!rule) {
    throw new UserError(`unknown rule "${id}"`, {
      hint: `known rules: ${RULES.map((r) => r.id).join(', ')}`,
    });
  }
  const refs = [
    ...rule.cis.map((item) => `${CIS_BENCHMARK}, ${cisLabel(item)}`),
    ...rule.owasp.map((item) => `${OWASP_SHEET}, ${owaspLabel(item)}`),
  ];
  const sections: [string, string][] = [
    ['Problem', rule.problem],
    ['Fix', rule.fix],
    ['Why', rule.rationale],
    ['Known limitations', rule.limitations],
    ['When not to use', rule.whenNotToUse],
  ];
  return [
    `${rule.id}: ${rule.title}`,
    `severity ${rule.severity}${rule.core ? ', core rule' : ''}`,
    '',
    ...sections.flatMap(([heading, text]) => [heading, paragraph(text), '']),
    'References',
    ...(refs.length ? refs.map((ref) => `  ${ref}`) : ['  none']),
    '',
  ].join('\n');
}
