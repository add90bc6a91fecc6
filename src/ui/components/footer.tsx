import { Box, Text } from 'ink';
import { hintsFor, type Intent } from '../keymap.js';
import { useTheme } from '../theme.js';

interface Props {
  intents: readonly Intent[];
  /** Names an intent for this step, e.g. `next` becomes "diff" on the summary. */
  labels?: Partial<Record<Intent, string>>;
}

/** The keys of the active step, built from the keymap; wraps between hints, never inside one. */
export function Footer({ intents, labels }: Props) {
  const theme = useTheme();
  return (
    <Box flexWrap="wrap" columnGap={2} marginTop={1}>
      {hintsFor(intents, labels).map((hint) => (
        <Text key={hint.keys}>
          <Text color={theme.accent}>{hint.keys}</Text> {hint.label}
        </Text>
      ))}
    </Box>
  );
}
