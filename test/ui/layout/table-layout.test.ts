import { describe, expect, it } from 'vitest';
import { rowWindow, tableLayout } from '../../../src/ui/layout/table-layout.js';
import { tableRows } from '../../../src/ui/state/selectors.js';
import { planFor } from '../plan-for.js';
import { longStack, TWO_SERVICES } from '../stacks.js';

const FIXED = 10;

/** The rows of the first service's table, as the wizard shows them. */
function rowsOf(text: string) {
  const service = planFor(text).services[0];
  return service ? tableRows(service) : [];
}

const widest = (values: string[]) => Math.max(...values.map((v) => v.length));

function total(columns: number, text: string): number {
  const findings = rowsOf(text);
  const layout = tableLayout(columns, findings);
  return FIXED + layout.label + layout.current + layout.recommended;
}

describe('tableLayout', () => {
  it.each([60, 80, 100, 120, 160, 200])('fits long values in %i columns', (columns) => {
    expect(total(columns, longStack())).toBeLessThanOrEqual(columns);
  });

  it('gives values their natural width when they fit', () => {
    const rows = rowsOf(TWO_SERVICES);
    expect(tableLayout(120, rows)).toEqual({
      titles: false,
      label: widest(rows.map((f) => f.rule)),
      current: widest(['current', ...rows.map((f) => f.current)]),
      recommended: widest(rows.map((f) => f.recommended)),
    });
  });

  it('keeps a short recommended value whole and gives the rest to a long current one', () => {
    const rows = rowsOf(longStack()).map((f) => ({ ...f, recommended: 'short' }));
    const label = widest(rows.map((f) => f.rule));
    expect(tableLayout(80, rows)).toEqual({
      titles: false,
      label,
      current: 80 - FIXED - label - 'recommended'.length,
      recommended: 'recommended'.length,
    });
  });

  it('shares the room when both values are long, the recommended one a little more', () => {
    const findings = rowsOf(longStack()).map((f) => ({
      ...f,
      recommended: 'x'.repeat(100),
    }));
    const layout = tableLayout(80, findings);
    expect(layout.current + layout.recommended).toBe(80 - FIXED - layout.label);
    expect(layout.recommended).toBeGreaterThan(layout.current);
  });

  it('shows titles only when the values keep 80 columns beside them', () => {
    const rows = rowsOf(TWO_SERVICES);
    const needed = FIXED + widest(rows.map((f) => f.title)) + 80;
    expect(tableLayout(needed - 1, rows).titles).toBe(false);
    expect(tableLayout(needed, rows).titles).toBe(true);
  });
});

describe('rowWindow', () => {
  it('shows every row when they fit', () => {
    expect(rowWindow(7, 6, 10)).toEqual({ start: 0, end: 7 });
  });

  it('keeps the cursor in the middle, and the window inside the list', () => {
    expect(rowWindow(20, 10, 5)).toEqual({ start: 8, end: 13 });
    expect(rowWindow(20, 1, 5)).toEqual({ start: 0, end: 5 });
    expect(rowWindow(20, 19, 5)).toEqual({ start: 15, end: 20 });
  });
});
