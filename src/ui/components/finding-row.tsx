import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Finding } from '../../plan/types.js';
import { CURSOR_WIDTH, GAP, MARK_WIDTH, type TableLayout } from '../layout/table-layout.js';
import { printable } from '../layout/text.js';
import { isSelectable, needsReview } from '../state/selectors.js';
import { type Tone, useTheme } from '../theme.js';

interface Props {
  finding: Finding;
  chosen: boolean;
  focused: boolean;
  layout: TableLayout;
}

/** The selection box for a change, or what a row without one is: ok, n/a, unknown, by hand. */
function rowMark(finding: Finding, chosen: boolean): { text: string; tone?: Tone } {
  if (isSelectable(finding)) {
    if (chosen) return { text: '[x]', tone: 'accent' };
    return needsReview(finding) ? { text: '[ ]', tone: 'warn' } : { text: '[ ]' };
  }
  if (finding.status === 'ok') return { text: 'ok', tone: 'ok' };
  if (finding.status === 'not-applicable') return { text: 'n/a', tone: 'muted' };
  if (finding.status === 'unknown') return { text: '?', tone: 'warn' };
  return { text: '!', tone: 'warn' };
}

/** One fixed-width column: its text is cut with an ellipsis, so the row never wraps. */
export function Cell({
  width,
  gap = 0,
  children,
}: {
  width: number;
  gap?: number;
  children: ReactNode;
}) {
  return (
    <Box width={width} flexShrink={0} marginRight={gap}>
      {children}
    </Box>
  );
}

export function FindingRow({ finding, chosen, focused, layout }: Props) {
  const theme = useTheme();
  const mark = rowMark(finding, chosen);
  const settled = !isSelectable(finding);
  const unset = finding.current === 'not set';
  const target: Tone | undefined = chosen ? 'ok' : settled ? 'muted' : undefined;
  return (
    <Box>
      <Cell width={CURSOR_WIDTH}>
        <Text color={theme.accent}>{focused ? '›' : ' '}</Text>
      </Cell>
      <Cell width={MARK_WIDTH}>
        <Text color={mark.tone && theme[mark.tone]}>{mark.text}</Text>
      </Cell>
      <Cell width={layout.label} gap={GAP}>
        <Text bold={focused} wrap="truncate-end">
          {printable(layout.titles ? finding.title : finding.rule)}
        </Text>
      </Cell>
      <Cell width={layout.current} gap={GAP}>
        <Text color={unset || settled ? theme.muted : undefined} wrap="truncate-end">
          {printable(finding.current)}
        </Text>
      </Cell>
      <Cell width={layout.recommended}>
        <Text color={target && theme[target]} wrap="truncate-end">
          {printable(finding.recommended)}
        </Text>
      </Cell>
    </Box>
  );
}
