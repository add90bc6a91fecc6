import { Box, Text } from 'ink';
import type { Plan } from '../../plan/types.js';
import { stackLabel } from '../layout/stack-label.js';
import {
  countsText,
  ruleColumnWidth,
  SUMMARY_GAP,
  type SummaryCounts,
  type SummaryLine,
} from '../layout/summary-lines.js';
import { printable } from '../layout/text.js';
import { footerIntents, SUMMARY_INTENTS } from '../step-intents.js';
import { useTheme } from '../theme.js';
import { Cell } from './finding-row.js';
import { Footer } from './footer.js';
import { ScrollWindow } from './scroll-window.js';

interface Props {
  plan: Plan;
  lines: readonly SummaryLine[];
  counts: SummaryCounts;
  nothingToChange: boolean;
  scroll: number;
  height: number;
  columns: number;
}

function Line({ line, ruleWidth }: { line: SummaryLine; ruleWidth: number }) {
  const theme = useTheme();
  if (line.kind === 'service') {
    return (
      <Text wrap="truncate-end">
        <Text bold>{line.name}</Text> <Text color={theme[line.tone]}>{line.note}</Text>
      </Text>
    );
  }
  if (line.kind === 'block') {
    return (
      <Box marginLeft={4}>
        <Text color={theme.warn} wrap="truncate-end">
          {line.text}
        </Text>
      </Box>
    );
  }
  const { finding } = line;
  return (
    <Box marginLeft={2}>
      <Cell width={ruleWidth} gap={SUMMARY_GAP}>
        <Text wrap="truncate-end">{finding.rule}</Text>
      </Cell>
      <Text wrap="truncate-end">
        <Text color={theme.muted}>{printable(finding.current)}</Text> →{' '}
        <Text color={theme.ok}>{printable(finding.recommended)}</Text>
      </Text>
    </Box>
  );
}

/** Every chosen change, grouped by service, before the diff. */
export function SummaryScreen(props: Props) {
  const { plan, lines, counts, nothingToChange, scroll, height, columns } = props;
  const theme = useTheme();
  const ruleWidth = ruleColumnWidth(lines, columns);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-middle">
        <Text bold>Summary</Text> <Text color={theme.muted}>{stackLabel(plan)}</Text>
      </Text>
      {nothingToChange ? (
        <Text color={theme.ok}>Nothing for the wizard to change.</Text>
      ) : (
        <Text>{countsText(counts)}</Text>
      )}
      <Box marginTop={1}>
        <ScrollWindow
          lines={lines.map((line, index) => (
            <Line key={lineKey(line, index)} line={line} ruleWidth={ruleWidth} />
          ))}
          offset={scroll}
          height={height}
        />
      </Box>
      <Footer
        intents={footerIntents(SUMMARY_INTENTS, lines.length > height)}
        labels={{ up: 'scroll', next: nothingToChange ? 'finish' : 'diff' }}
      />
    </Box>
  );
}

function lineKey(line: SummaryLine, index: number): string {
  if (line.kind === 'service') return line.name;
  return line.kind === 'change' ? line.finding.key : `block-${index}`;
}
