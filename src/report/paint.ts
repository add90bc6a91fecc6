import type { Severity } from '../rules/types.js';

/** Colours by meaning, as in the wizard's theme; `bold` for headings. */
export type Tone = 'danger' | 'warn' | 'accent' | 'muted' | 'bold';

/** Styles a piece of text. Formatters take one, so the CLI alone decides whether to colour. */
export type Paint = (tone: Tone, text: string) => string;

export const plain: Paint = (_tone, text) => text;

const CODES: Record<Tone, [open: number, close: number]> = {
  danger: [31, 39],
  warn: [33, 39],
  accent: [36, 39],
  muted: [90, 39],
  bold: [1, 22],
};

/** ANSI colours, with each style closed on its own so styles can nest. */
export const ansi: Paint = (tone, text) => {
  const [open, close] = CODES[tone];
  return `\u001b[${open}m${text}\u001b[${close}m`;
};

export const SEVERITY_TONE: Record<Severity, Tone> = {
  critical: 'danger',
  high: 'danger',
  medium: 'warn',
  low: 'accent',
  info: 'muted',
};
