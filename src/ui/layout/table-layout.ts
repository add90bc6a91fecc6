import type { Finding } from '../../plan/types.js';
import { textWidth } from './text.js';

/** Cursor, mark and the gaps between columns: `› [x] label  current  recommended`. */
export const CURSOR_WIDTH = 2;
export const MARK_WIDTH = 4;
export const GAP = 2;
const FIXED = CURSOR_WIDTH + MARK_WIDTH + 2 * GAP;

/** Room the two value columns need before the long rule titles are worth showing. */
const ROOM_FOR_TITLES = 80;
const MIN_VALUE = 8;

export interface TableLayout {
  /** Show the rule's title, or only its id when the terminal is narrow. */
  titles: boolean;
  label: number;
  current: number;
  recommended: number;
}

export const HEADINGS = { label: 'setting', current: 'current', recommended: 'recommended' };

function widest(values: readonly string[], heading: string): number {
  return Math.max(textWidth(heading), ...values.map(textWidth));
}

/**
 * Column widths for a service's table at a terminal width. Values keep their natural width
 * when both fit; otherwise they share the room, the recommended one a little more.
 */
export function tableLayout(columns: number, findings: readonly Finding[]): TableLayout {
  const ids = widest(
    findings.map((f) => f.rule),
    HEADINGS.label,
  );
  const titleWidth = widest(
    findings.map((f) => f.title),
    HEADINGS.label,
  );
  const titles = columns - FIXED - titleWidth >= ROOM_FOR_TITLES;
  const label = Math.min(titles ? titleWidth : ids, Math.max(columns - FIXED - 2 * MIN_VALUE, 4));

  const room = Math.max(columns - FIXED - label, 2 * MIN_VALUE);
  const current = widest(
    findings.map((f) => f.current),
    HEADINGS.current,
  );
  const recommended = widest(
    findings.map((f) => f.recommended),
    HEADINGS.recommended,
  );
  if (current + recommended <= room) return { titles, label, current, recommended };

  const fair = Math.floor(room * 0.45);
  const currentWidth = Math.min(current, Math.max(fair, room - recommended));
  return { titles, label, current: currentWidth, recommended: room - currentWidth };
}
/** The slice of a list to show: everything if it fits, else `height` items around the cursor. */
export function rowWindow(
  count: number,
  cursor: number,
  height: number,
): { start: number; end: number } {
  if (count <= height) return { start: 0, end: count };
  const start = Math.min(Math.max(cursor - Math.floor(height / 2), 0), count - height);
  return { start, end: start + height };
}
