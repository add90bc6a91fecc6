import type { Paint } from '../report/paint.js';

/**
 * Columns padded to their widest cell, two spaces apart, with a bold header row. The last
 * column is not padded, so long values do not leave trailing spaces.
 */
export function formatTable(header: readonly string[], rows: string[][], paint: Paint): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[paint('bold', line(header)), ...rows.map(line)].join('\n')}\n`;
}
