import { Box, Text } from 'ink';
import { KEYMAP } from '../keymap.js';
import type { VerifyLine } from '../layout/verify-lines.js';
import type { Verification as State } from '../state/wizard-state.js';
import { useTheme } from '../theme.js';
import { Paragraph } from './paragraph.js';
import { VerifyReport } from './verify-report.js';

interface Props {
  verification: State;
  lines: readonly VerifyLine[];
  file: string;
  columns: number;
  scroll: number;
  /** Rows the report's table may show at once. */
  height: number;
}

/**
 * What the check of the running containers has to say so far. An error is one message, wrapped
 * at words rather than cut: its hint is what the user acts on.
 */
export function Verification({ verification, lines, file, columns, scroll, height }: Props) {
  const theme = useTheme();
  switch (verification.status) {
    case 'idle':
      return (
        <Box marginTop={1}>
          <Text color={theme.muted}>
            Once they are recreated (in another terminal), press {KEYMAP.verify.hint?.keys} to check
            them here.
          </Text>
        </Box>
      );
    case 'running':
      return (
        <Box marginTop={1}>
          <Text color={theme.muted}>Checking the running containers…</Text>
        </Box>
      );
    case 'error':
      return (
        <Box marginTop={1}>
          <Paragraph
            text={`✖ Could not check: ${verification.message}`}
            width={columns}
            tone="danger"
          />
        </Box>
      );
    case 'done':
      return (
        <Box marginTop={1}>
          <VerifyReport
            report={verification.report}
            lines={lines}
            file={file}
            columns={columns}
            scroll={scroll}
            height={height}
          />
        </Box>
      );
  }
}
