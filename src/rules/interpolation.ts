/**
 * Compose interpolation, read the way a reviewer reads it: `${VAR:-default}` and
 * `${VAR-default}` stand for their default, `$$` for a literal `$`; anything else (`${VAR}`,
 * `$VAR`, `${VAR:?error}`) is unknown until run time.
 */

/** What to make of a variable with no default: give up, or read it as empty. */
type Missing = 'unknown' | 'empty';

function resolve(text: string, missing: Missing): string | undefined {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('$', i);
    if (at === -1) return out + text.slice(i);
    out += text.slice(i, at);
    const next = text[at + 1];
    if (next === '$') {
      out += '$';
      i = at + 2;
      continue;
    }
    if (next !== '{') {
      const name = /^\w+/.exec(text.slice(at + 1))?.[0] ?? '';
      if (missing === 'unknown') return undefined;
      i = at + 1 + name.length;
      continue;
    }
    const end = closingBrace(text, at + 2);
    if (end === -1) return undefined;
    const fallback = /^\w+:?-([\s\S]*)$/.exec(text.slice(at + 2, end));
    const value = fallback ? resolve(fallback[1] ?? '', missing) : undefined;
    if (value === undefined && (fallback || missing === 'unknown')) return undefined;
    out += value ?? '';
    i = end + 1;
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The text with every variable at its default; undefined when one has no default. */
export function withDefaults(text: string): string | undefined {
  return resolve(text, 'unknown');
}

/** The parts of a value written in the file: literal text and defaults, variables removed. */
export function writtenText(text: string): string {
  return resolve(text, 'empty') ?? text;
}
