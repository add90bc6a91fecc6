import type { Finding, Plan } from '../../plan/types.js';
import { andList } from '../../text/and-list.js';
import { plural } from '../../text/plural.js';
import { byHand, chosenIn, selectableKeys } from '../state/selectors.js';
import type { Tone } from '../theme.js';
import { textWidth } from './text.js';
import { filesChanged } from './written-to.js';

/** The summary as lines, so it can scroll like the diff. */
export type SummaryLine =
  | { kind: 'service'; name: string; note: string; tone: Tone }
  | { kind: 'change'; finding: Finding }
  /** Under a change that goes into a block other services merge: where, and who else. */
  | { kind: 'block'; text: string };

export interface SummaryCounts {
  changes: number;
  services: number;
  skipped: number;
}

export function summaryLines(
  plan: Plan,
  chosen: ReadonlySet<string>,
  skipped: ReadonlySet<string>,
  shared: ReadonlySet<string> = new Set(),
): SummaryLine[] {
  return plan.services.flatMap((service): SummaryLine[] => {
    const taken = chosenIn(service, chosen);
    const { name } = service;
    if (taken.length > 0) {
      // Several files: say which of them this service's changes go to.
      const edits = taken.flatMap((f) =>
        shared.has(f.key) && f.shared ? f.shared.edits : f.edits,
      );
      const where = plan.files.length > 1 ? `, in ${andList(filesChanged(plan, edits))}` : '';
      const head: SummaryLine = {
        kind: 'service',
        name,
        note: `${plural(taken.length, 'change')}${where}`,
        tone: 'accent',
      };
      const change = (finding: Finding): SummaryLine[] =>
        shared.has(finding.key) && finding.shared
          ? [
              { kind: 'change', finding },
              { kind: 'block', text: sharedNote(finding.shared) },
            ]
          : [{ kind: 'change', finding }];
      return [head, ...taken.flatMap(change)];
    }
    if (skipped.has(name)) return [{ kind: 'service', name, note: 'skipped', tone: 'warn' }];
    if (selectableKeys(service).length > 0) {
      return [{ kind: 'service', name, note: 'no change chosen', tone: 'muted' }];
    }
    const manual = byHand(service).length;
    if (manual > 0)
      return [{ kind: 'service', name, note: `${manual} to fix by hand`, tone: 'warn' }];
    return [{ kind: 'service', name, note: 'already compliant', tone: 'ok' }];
  });
}

export function summaryCounts(
  plan: Plan,
  chosen: ReadonlySet<string>,
  skipped: ReadonlySet<string>,
): SummaryCounts {
  const services = plan.services.filter((s) => chosenIn(s, chosen).length > 0).length;
  return { changes: chosen.size, services, skipped: skipped.size };
}

export function countsText({ changes, services, skipped }: SummaryCounts): string {
  const parts = [`${plural(changes, 'change')} in ${plural(services, 'service')}`];
  if (skipped > 0) parts.push(`${skipped} skipped`);
  return parts.join(', ');
}

/** Columns between the rule id and the change on a summary row. */
export const SUMMARY_GAP = 2;

/**
 * Width of the rule column: the widest id among the changes, so the column does not move as
 * the summary scrolls, but no more than a third of the terminal; a longer id is cut.
 */
export function ruleColumnWidth(lines: readonly SummaryLine[], columns: number): number {
  const ids = lines.flatMap((line) =>
    line.kind === 'change' ? [textWidth(line.finding.rule)] : [],
  );
  return Math.min(Math.max(0, ...ids), Math.max(Math.floor(columns / 3), 8));
}

/** "in &base, also worker, db": where a shared-block fix goes and whom else it reaches. */
export function sharedNote(block: { anchor: string; services: readonly string[] }): string {
  return `↳ in &${block.anchor}, also ${block.services.join(', ')}`;
}
