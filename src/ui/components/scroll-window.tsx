import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useTheme } from '../theme.js';

interface Props {
  /** One element per line; each must render on exactly one row. */
  lines: readonly ReactNode[];
  offset: number;
  height: number;
}

/** The lines that fit, and where they are in the whole when not everything does. */
export function ScrollWindow({ lines, offset, height }: Props) {
  const theme = useTheme();
  const visible = lines.slice(offset, offset + height);
  const last = Math.min(offset + height, lines.length);
  return (
    <Box flexDirection="column">
      {visible}
      {lines.length > height && (
        <Text color={theme.muted}>
          lines {offset + 1}-{last} of {lines.length}
        </Text>
      )}
    </Box>
  );
}
