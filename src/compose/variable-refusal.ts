import { UserError } from '../errors.js';

/** An expression Compose refuses the whole file for, where it is written. */
export interface Refusal {
  file: string;
  line: number;
  message: string;
  /** The variables a `${NAME:?message}` requires and does not find. */
  required: readonly string[];
}

const LISTED = 3;

/**
 * The error for the expressions Compose refuses: the first in full, with what to do, and where
 * the others are, so one run names every place to fix.
 */
export function refusalError(refusals: readonly Refusal[], envFile = '.env'): UserError {
  const unique = dedupe(refusals);
  const [first, ...others] = unique as [Refusal, ...Refusal[]];
  const names = first.required.join(' and ');
  const fix =
    first.required.length > 0
      ? `Compose refuses the file without it: set ${names} in the environment or in ${envFile}`
      : first.message.includes('"$$"')
        ? 'Compose refuses the file with it'
        : 'Compose refuses the file with it; write $$ for a literal $';
  const listed = others.slice(0, LISTED).map(where);
  const more = others.length > LISTED ? ` and ${others.length - LISTED} more` : '';
  const also = others.length > 0 ? `; it also stops at ${listed.join(', ')}${more}` : '';
  return new UserError(first.message, { file: first.file, line: first.line, hint: fix + also });
}

/** `compose.yaml:7 (TOKEN)`: where, and what to set there. */
function where(refusal: Refusal): string {
  const names = refusal.required.length > 0 ? ` (${refusal.required.join(', ')})` : '';
  return `${refusal.file}:${refusal.line}${names}`;
}

/** A base several services extend is read once for each: say each place once. */
function dedupe(refusals: readonly Refusal[]): Refusal[] {
  const seen = new Set<string>();
  return refusals.filter((r) => {
    const key = `${r.file}\0${r.line}\0${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
