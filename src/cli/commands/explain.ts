import { unknownMessage } from '../../config/closest.js';
import { UserError } from '../../errors.js';
import { fixAdvice, type RuleInfo, ruleCatalog } from '../../report/catalog.js';
import { type Paint, SEVERITY_TONE } from '../../report/paint.js';
import { RULE_IDS } from '../../rules/types.js';
import { paintFor } from '../color.js';
import type { Io } from '../io.js';
import { formatTable } from '../table.js';

export interface ExplainOptions {
  color?: boolean;
}

const WIDTH = 80;

/** Shown otherwise (the heading, the fix line) or meant for the wizard's layout only. */
const HIDDEN = ['id', 'title', 'fix', 'core'];

const ACRONYMS: Record<string, string> = { cis: 'CIS', owasp: 'OWASP' };

/** Prints what a rule checks and why, from its metadata alone: no file, no network. */
export async function explainCommand(
  id: string | undefined,
  options: ExplainOptions,
  io: Io,
): Promise<number> {
  const paint = paintFor(io, options.color);
  const rules = ruleCatalog();
  if (id === undefined) {
    const rows = rules.map((r) => [r.id, paint(SEVERITY_TONE[r.severity], r.severity), r.title]);
    io.stdout.write(formatTable(['RULE', 'SEVERITY', 'TITLE'], rows, paint));
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    throw new UserError(
      unknownMessage(
        'rule',
        id,
        rules.map((r) => r.id),
      ),
      { hint: '`compose-harden explain` lists the rules' },
    );
  }
  io.stdout.write(describeRule(rule, paint));
  return 0;
}

/**
 * The rule's id and title, then every other field it has, labelled with its name, so fields
 * the rules gain later are shown too; then how to fix it and how to ignore it.
 */
export function describeRule(rule: RuleInfo, paint: Paint): string {
  const fields = Object.entries(rule).filter(
    ([key, value]) => !HIDDEN.includes(key) && value !== undefined,
  );
  const labels = fields.map(
    ([key]) => ACRONYMS[key] ?? key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`),
  );
  const width = Math.max(...labels.map((label) => label.length)) + 2;
  const lines = [paint('bold', `${rule.id}: ${rule.title}`), ''];
  fields.forEach(([key, value], i) => {
    const text =
      key === 'severity' ? paint(SEVERITY_TONE[rule.severity], rule.severity) : show(value);
    const [first = '', ...rest] = wrap(text, WIDTH - width - 2);
    lines.push(`  ${(labels[i] ?? key).padEnd(width)}${first}`);
    for (const more of rest) lines.push(`  ${' '.repeat(width)}${more}`);
  });
  lines.push('', ...wrap(`Fix: ${fixAdvice(rule)}`, WIDTH));
  if ((RULE_IDS as readonly string[]).includes(rule.id)) {
    // A rule whose fix text starts with "None" has no change for apply to show.
    if (!/^none\b/i.test(fixAdvice(rule))) {
      lines.push(`See the change: compose-harden apply --rule ${rule.id} --dry-run`);
    }
    lines.push(`Ignore it for one service: # compose-harden: ignore ${rule.id} -- <reason>`);
  }
  return `${lines.join('\n')}\n`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : 'none';
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Breaks text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
}
