import { Box, Text } from 'ink';
import { plural } from '../../text/plural.js';
import type { DiffLine } from '../layout/diff-lines.js';
import { DIFF_INTENTS, EMPTY_DIFF_INTENTS, footerIntents } from '../step-intents.js';
import { useTheme } from '../theme.js';
import { Footer } from './footer.js';
import { ScrollWindow } from './scroll-window.js';

interface Props {
  file: string;
  lines: readonly DiffLine[];
  stats: { added: number; removed: number };
  changes: number;
  scroll: number;
  height: number;
}

/** The whole file's diff for the chosen changes; writing is one key away. */
export function DiffScreen({ file, lines, stats, changes, scroll, height }: Props) {
  const theme = useTheme();
  if (changes === 0) {
    return (
      <Box flexDirection="column">
        <Text>
          No change chosen: <Text bold>{file}</Text> stays as it is.
        </Text>
        <Footer intents={EMPTY_DIFF_INTENTS} />
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-middle">
        <Text bold>Diff</Text> <Text color={theme.muted}>{file}</Text>
      </Text>
      <Box marginTop={1}>
        <ScrollWindow
          lines={lines.map((line) => (
            <Text
              key={line.id}
              color={line.tone && theme[line.tone]}
              bold={line.bold}
              wrap="truncate-end"
            >
              {line.text}
            </Text>
          ))}
          offset={scroll}
          height={height}
        />
      </Box>
      <Text>
        {plural(stats.added, 'line')} added, {stats.removed} removed
        <Text color={theme.muted}> ({plural(changes, 'change')})</Text>
      </Text>
      <Footer
        intents={footerIntents(DIFF_INTENTS, lines.length > height)}
        labels={{ up: 'scroll' }}
      />
    </Box>
  );
}
