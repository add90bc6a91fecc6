import type { Tone } from '../theme.js';
import { printable } from './text.js';

export interface DiffLine {
  /** Its position in the diff: lines repeat, so the text cannot identify one. */
  id: number;
  text: string;
  tone: Tone | undefined;
  bold: boolean;
}

function toneOf(line: string): Tone | undefined {
  if (line.startsWith('+++') || line.startsWith('---')) return undefined;
  if (line.startsWith('+')) return 'ok';
  if (line.startsWith('-')) return 'danger';
  if (line.startsWith('@@')) return 'accent';
  if (line.startsWith('\\')) return 'muted';
  return undefined;
}

/**
 * A unified diff as coloured lines, without the `====` rule the diff package puts first (git
 * does not show it). Empty lines become a space so that each one still takes a row.
 */
export function diffLines(patch: string): DiffLine[] {
  const lines = patch.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines
    .filter((line) => !/^=+$/.test(line))
    .map((line, id) => ({
      id,
      text: printable(line) || ' ',
      tone: toneOf(line),
      bold: line.startsWith('+++') || line.startsWith('---'),
    }));
}
