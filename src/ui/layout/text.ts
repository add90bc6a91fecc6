/**
 * Columns a string takes, counting code points. Compose values are almost always ASCII; a
 * wide character can only make a cell look wider than measured, and Ink still cuts the cell
 * at its box, so a row never breaks.
 */
export function textWidth(text: string): number {
  return [...text].length;
}

/** One line of text with no tabs: a tab has no fixed width, a newline would break the row. */
export function printable(text: string): string {
  return text.replaceAll('\t', '  ').replaceAll(/\r?\n/g, ' ');
}

function chunks(word: string, width: number): string[] {
  const chars = [...word];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += width) parts.push(chars.slice(i, i + width).join(''));
  return parts;
}

/**
 * Breaks prose into lines of at most `width` columns at spaces, cutting only words that are
 * longer than a line. Ink's own wrapping keeps the space it breaks at, which then starts the
 * next line; this does not.
 */
export function wrapWords(text: string, width: number): string[] {
  const size = Math.max(width, 1);
  const lines: string[] = [];
  let line = '';
  for (const word of text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => chunks(w, size))) {
    if (line === '') line = word;
    else if (textWidth(line) + 1 + textWidth(word) <= size) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export { shellWord } from '../../text/shell-word.js';
