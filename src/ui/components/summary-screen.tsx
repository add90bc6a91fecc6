import { Box, Text } from 'ink';
import type { Plan } from '../../plan/types.js';
import { countsText, type SummaryCounts, type SummaryLine } from '../layout/summary-lines.js';
import { printable } from '../layout/text.js';
import { footerIntents, SUMMARY_INTENTS } from '../step-intents.js';
import { useTheme } from '../theme.js';
import { Footer } from './footer.js';
import { ScrollWindow } from './scroll-window.js';

interface Props {
  plan: Plan;
  lines: readonly SummaryLine[];
  counts: SummaryCounts;
  nothingToChange: boolean;
  scroll: number;
  height: number;
}

const RULE_WIDTH = 19;

function Line({ line }: { line: SummaryLine }) {
  const theme = useTheme();
  if (line.kind === 'service') {
    return (
      <Text wrap="truncate-end">
        <Text bold>{line.name}</Text> <Text color={theme[line.tone]}>{line.note}</Text>
      </Text>
    );
  }
  const { finding } = line;
  return (
    <Box marginLeft={2}>
      <Box width={RULE_WIDTH} flexShrink={0}>
        <Text wrap="truncate-end">{finding.rule}</Text>
      </Box>
      <Text wrap="truncate-end">
        <Text color={theme.muted}>{printable(finding.current)}</Text> →{' '}
        <Text color={theme.ok}>{printable(finding.recommended)}</Text>
      </Text>
    </Box>
  );
}

/** Every chosen change, grouped by service, before the diff. */
export function SummaryScreen({ plan, lines, counts, nothingToChange, scroll, height }: Props) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-middle">
        <Text bold>Summary</Text> <Text color={theme.muted}>{plan.file}</Text>
      </Text>
      {nothingToChange ? (
        <Text color={theme.ok}>Nothing for the wizard to change.</Text>
      ) : (
        <Text>{countsText(counts)}</Text>
      )}
      <Box marginTop={1}>
        <ScrollWindow
          lines={lines.map((line) => (
            <Line key={line.kind === 'service' ? line.name : line.finding.key} line={line} />
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
