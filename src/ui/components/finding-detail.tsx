import { Box } from 'ink';
import type { Finding, Plan } from '../../plan/types.js';
import { KEYMAP } from '../keymap.js';
import { CURSOR_WIDTH, MARK_WIDTH, type TableLayout } from '../layout/table-layout.js';
import { textWidth } from '../layout/text.js';
import { writtenTo } from '../layout/written-to.js';
import { isSelectable, needsReview } from '../state/selectors.js';
import { Paragraph } from './paragraph.js';

interface Props {
  finding: Finding;
  /** The stack's files, to name the ones the change is written to when there are several. */
  plan: Pick<Plan, 'file' | 'files' | 'paths'>;
  /** The fix goes into the block the service merges, which other services share. */
  inShared: boolean;
  /** Why the fix may not go into that block, when it may not. */
  refusal?: string | undefined;
  layout: TableLayout;
  columns: number;
}

const INDENT = CURSOR_WIDTH + MARK_WIDTH;

/** What the table could not say about the focused row: why, and the values it had to cut. */
export function FindingDetail({ finding, plan, inShared, refusal, layout, columns }: Props) {
  const width = columns - INDENT;
  const cut = (value: string, room: number) => textWidth(value) > room;
  const { source } = finding;
  return (
    <Box flexDirection="column" marginLeft={INDENT}>
      <Paragraph
        lead={layout.titles ? '' : `${finding.title}: `}
        text={finding.reason}
        width={width}
      />
      {cut(finding.current, layout.current) && (
        <Paragraph text={`current: ${finding.current}`} width={width} tone="muted" />
      )}
      {cut(finding.recommended, layout.recommended) && (
        <Paragraph text={`recommended: ${finding.recommended}`} width={width} tone="muted" />
      )}
      {source.kind === 'merged' && isSelectable(finding) && (
        <Paragraph
          text={whereWritten(finding, inShared, refusal)}
          width={width}
          tone={inShared ? 'warn' : 'muted'}
        />
      )}
      {plan.files.length > 1 && isSelectable(finding) && (
        <Paragraph
          text={writtenTo(plan, inShared && finding.shared ? finding.shared.edits : finding.edits)}
          width={width}
          tone="muted"
        />
      )}
      {needsReview(finding) && (
        <Paragraph
          text={`A guess, not chosen by default: check it, then press ${KEYMAP.toggle.hint?.keys}.`}
          width={width}
          tone="warn"
        />
      )}
      {finding.held && isSelectable(finding) && (
        <Paragraph
          text={`Not chosen by default, for the reason above: ${KEYMAP.toggle.hint?.keys} takes it.`}
          width={width}
          tone="warn"
        />
      )}
      {finding.status === 'fail' && !isSelectable(finding) && (
        <Paragraph
          text={`No fix to write here; compose-harden explain ${finding.rule} says what to do.`}
          width={width}
          tone="warn"
        />
      )}
    </Box>
  );
}

/** Where the fix of a value merged from a block goes, and the key that moves it. */
function whereWritten(finding: Finding, inShared: boolean, refusal: string | undefined): string {
  const { source, shared } = finding;
  if (source.kind !== 'merged') return '';
  const block = `&${source.anchor} (line ${source.line})`;
  const key = KEYMAP.shared.keys.map((k) => ('input' in k ? k.input : '')).join('');
  if (!shared) {
    return finding.edits.some((edit) => edit.anchor)
      ? `Set in ${block}, which no other service merges: the change is written there.`
      : `Set in ${block}: the change is written in this service only.`;
  }
  const others = shared.services.join(', ');
  const one = shared.services.length === 1;
  if (inShared) {
    const reach = `so ${others} ${one ? 'changes' : 'change'} too`;
    return `The change is written in ${block}, ${reach}. Press ${key} to write it in this service only.`;
  }
  const merge = `which ${others} also ${one ? 'merges' : 'merge'}`;
  const where = `Set in ${block}, ${merge}: the change is written in this service only.`;
  return refusal
    ? `${where} It cannot go into the block: ${refusal}.`
    : `${where} Press ${key} to change the shared block instead.`;
}
